#include "storage/ReportSectionQueries.h"

#include "storage/ActivityRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace zt {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

QString ReportSectionQueries::scopeWhere(const QString &stationColumn, const QString &pointColumn,
                                         QVariantList &binds) const
{
    switch (m_scope.kind) {
    case StatsScope::Kind::Point:
        if (pointColumn.isEmpty())
            return QStringLiteral("0");
        binds << m_scope.id;
        return pointColumn + QStringLiteral(" = ?");
    case StatsScope::Kind::Station:
        binds << m_scope.id;
        return stationColumn + QStringLiteral(" = ?");
    case StatsScope::Kind::District:
        binds << m_scope.id.left(6) + QLatin1Char('%');
        return stationColumn + QStringLiteral(" IN (SELECT id FROM station WHERE code LIKE ? AND deleted = 0)");
    }
    return QStringLiteral("0");
}

QList<NotableCaseLine> ReportSectionQueries::notableLines(const QString &from, const QString &where,
                                                          const QVariantList &binds, const QString &order) const
{
    QList<NotableCaseLine> out;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT c.id, c.case_no, c.title, coalesce(dv.name, ''), coalesce(dep.name, ''), c.status, "
                            "c.satisfaction, c.registered_on, c.deadline, c.replied_on, c.closed_on, %1 FROM %2 "
                            "LEFT JOIN division dv ON dv.code = c.community_code "
                            "LEFT JOIN department dep ON dep.id = c.department_id WHERE %3 ORDER BY %4")
                 .arg(from.startsWith(QLatin1String("notable_case")) ? QStringLiteral("min(n.period)") : QStringLiteral("''"),
                      from, where, order),
             binds))
        return out;
    const auto date = [&](int i) { return QDate::fromString(q.value(i).toString(), Qt::ISODate); };
    while (q.next()) {
        NotableCaseLine l;
        l.caseId = q.value(0).toString();
        l.caseNo = q.value(1).toString();
        l.title = q.value(2).toString();
        l.community = q.value(3).toString();
        l.department = q.value(4).toString();
        l.status = q.value(5).toString();
        l.satisfaction = q.value(6).toString();
        l.registeredOn = date(7);
        l.deadline = date(8);
        l.repliedOn = date(9);
        l.closedOn = date(10);
        l.period = q.value(11).toString();
        out.append(l);
    }
    return out;
}

QList<NotableCaseLine> ReportSectionQueries::notableCases(const QString &fromPeriod, const QString &toPeriod) const
{
    QVariantList binds;
    const QString scope = scopeWhere(QStringLiteral("n.station_id"), QStringLiteral("c.point_id"), binds);
    binds << fromPeriod << toPeriod;
    return notableLines(QStringLiteral("notable_case n JOIN cases c ON c.id = n.case_id AND c.deleted = 0"),
                        scope + QStringLiteral(" AND n.deleted = 0 AND n.period BETWEEN ? AND ? GROUP BY c.id"), binds,
                        QStringLiteral("12, c.case_no"));
}

QList<NotableCaseLine> ReportSectionQueries::casesAsNotable(const QStringList &caseIds) const
{
    if (caseIds.isEmpty())
        return {};
    QVariantList binds;
    const QString scope = scopeWhere(QStringLiteral("c.station_id"), QStringLiteral("c.point_id"), binds);
    for (const QString &id : caseIds)
        binds << id;
    const QList<NotableCaseLine> found =
        notableLines(QStringLiteral("cases c"),
                     scope + QStringLiteral(" AND c.deleted = 0 AND c.id IN (%1)").arg(marks(caseIds.size())), binds,
                     QStringLiteral("c.case_no"));
    QList<NotableCaseLine> out;
    for (const QString &id : caseIds)
        for (const NotableCaseLine &l : found)
            if (l.caseId == id)
                out.append(l);
    return out;
}

QList<Activity> ReportSectionQueries::activities(QDate from, QDate to) const
{
    QVariantList binds;
    // Activities belong to the station: a point's report lists none of them.
    const QString scope = scopeWhere(QStringLiteral("station_id"), {}, binds);
    binds << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    QList<Activity> out;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT * FROM station_activity WHERE %1 AND deleted = 0 AND held_on BETWEEN ? AND ? "
                            "ORDER BY held_on, title, id")
                 .arg(scope),
             binds))
        return out;
    while (q.next())
        out.append(ActivityRepository::fromRecord(q.record()));
    fillDeputies(m_db, out);
    return out;
}

void ReportSectionQueries::fillDeputies(const QSqlDatabase &db, QList<Activity> &activities)
{
    if (activities.isEmpty())
        return;
    QHash<QString, int> index;
    QVariantList binds;
    for (int i = 0; i < activities.size(); ++i) {
        index.insert(activities.at(i).id, i);
        binds << activities.at(i).id;
    }
    QSqlQuery q(db);
    // By name, so the report lists them the same way every time.
    if (!run(q,
             QStringLiteral("SELECT ad.activity_id, ad.deputy_id, coalesce(d.name, '') FROM station_activity_deputy ad "
                            "LEFT JOIN deputy d ON d.id = ad.deputy_id WHERE ad.deleted = 0 AND ad.activity_id IN (%1) "
                            "ORDER BY 3, 2")
                 .arg(marks(binds.size())),
             binds))
        return;
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        activities[i].deputyIds << q.value(1).toString();
        activities[i].deputyNames << q.value(2).toString();
    }
}

} // namespace zt
