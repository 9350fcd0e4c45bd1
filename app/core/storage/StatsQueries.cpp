#include "storage/StatsQueries.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

// A case counts from registration unless it was cancelled or merged into another (a duplicate).
const QString kLiveCase = QStringLiteral("c.deleted = 0 AND c.status NOT IN ('cancelled', 'merged')");
const QString kLiveVisit = QStringLiteral("v.deleted = 0 AND v.status = 'active'");
const QString kSatisfied = QStringLiteral("c.satisfaction IN ('satisfied', 'basically_satisfied')");

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

struct DimensionSql
{
    QString column;     // on cases c
    QString labelTable; // joined on its key for the name; empty: no name in the store
    QString labelKey;
};

DimensionSql dimensionSql(StatsQueries::Dimension d)
{
    using D = StatsQueries::Dimension;
    switch (d) {
    case D::Category:
        return {QStringLiteral("c.category_id"), QStringLiteral("category"), QStringLiteral("id")};
    case D::Community:
        return {QStringLiteral("c.community_code"), QStringLiteral("division"), QStringLiteral("code")};
    case D::Point:
        return {QStringLiteral("c.point_id"), QStringLiteral("point"), QStringLiteral("id")};
    case D::Station:
        return {QStringLiteral("c.station_id"), QStringLiteral("station"), QStringLiteral("id")};
    case D::Department:
        return {QStringLiteral("c.department_id"), QStringLiteral("department"), QStringLiteral("id")};
    case D::Status:
        return {QStringLiteral("c.status"), {}, {}};
    case D::Deputy:
        return {QStringLiteral("c.deputy_id"), QStringLiteral("deputy"), QStringLiteral("id")};
    }
    return {};
}

} // namespace

QString StatsQueries::scopeWhere(const QString &alias, QVariantList &binds, bool pointColumn) const
{
    switch (m_scope.kind) {
    case StatsScope::Kind::Point:
        binds << m_scope.id;
        return pointColumn ? alias + QStringLiteral(".point_id = ?") : alias + QStringLiteral(".station_id = ?");
    case StatsScope::Kind::Station:
        binds << m_scope.id;
        return alias + QStringLiteral(".station_id = ?");
    case StatsScope::Kind::District:
        binds << m_scope.id + QLatin1Char('%');
        return alias + QStringLiteral(".station_id IN (SELECT id FROM station WHERE code LIKE ? AND deleted = 0)");
    }
    return QStringLiteral("0");
}

StatsQueries::VisitTotals StatsQueries::visitTotals(QDate from, QDate to) const
{
    VisitTotals t;
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("v"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT count(*), coalesce(sum(v.visitor_count), 0) FROM visit v WHERE %1 "
                           "AND v.visit_date BETWEEN ? AND ? AND %2")
                .arg(where, kLiveVisit),
            binds) &&
        q.next()) {
        t.visits = q.value(0).toLongLong();
        t.visitors = q.value(1).toLongLong();
    }
    return t;
}

StatsQueries::CaseTotals StatsQueries::caseTotals(QDate from, QDate to, QDate cutOff) const
{
    CaseTotals t;
    QVariantList binds{iso(cutOff)};
    const QString where = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT count(*), coalesce(sum(c.status = 'closed' AND c.closed_on <= ?), 0), "
                           "coalesce(sum(c.satisfaction = 'satisfied'), 0), "
                           "coalesce(sum(c.satisfaction = 'basically_satisfied'), 0), "
                           "coalesce(sum(c.satisfaction = 'unsatisfied'), 0) "
                           "FROM cases c WHERE %1 AND c.registered_on BETWEEN ? AND ? AND %2")
                .arg(where, kLiveCase),
            binds) &&
        q.next()) {
        t.raised = q.value(0).toLongLong();
        t.solved = q.value(1).toLongLong();
        t.fullySatisfied = q.value(2).toLongLong();
        t.basicallySatisfied = q.value(3).toLongLong();
        t.unsatisfied = q.value(4).toLongLong();
    }
    return t;
}

StatsQueries::DueTotals StatsQueries::dueTotals(QDate from, QDate to) const
{
    DueTotals t;
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT count(*), coalesce(sum(c.replied_on IS NOT NULL AND c.replied_on <= c.deadline), 0) "
                           "FROM cases c WHERE %1 AND c.deadline BETWEEN ? AND ? AND %2")
                .arg(where, kLiveCase),
            binds) &&
        q.next()) {
        t.due = q.value(0).toLongLong();
        t.onTime = q.value(1).toLongLong();
    }
    return t;
}

QList<StatsQueries::ReplyDays> StatsQueries::replyDays(QDate from, QDate to) const
{
    QList<ReplyDays> out;
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT c.assigned_on, c.replied_on, count(*) FROM cases c WHERE %1 "
                            "AND c.replied_on BETWEEN ? AND ? AND c.assigned_on IS NOT NULL AND %2 GROUP BY 1, 2")
                 .arg(where, kLiveCase),
             binds))
        return out;
    while (q.next())
        out.append({date(q.value(0)), date(q.value(1)), q.value(2).toLongLong()});
    return out;
}

qint64 StatsQueries::inLargestGroups(Dimension dimension, QDate from, QDate to, int limit) const
{
    const DimensionSql d = dimensionSql(dimension);
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to) << limit;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM cases c WHERE %1 "
                           "AND c.registered_on BETWEEN ? AND ? AND %2 AND coalesce(%3, '') <> '' "
                           "GROUP BY %3 ORDER BY n DESC LIMIT ?)")
                .arg(where, kLiveCase, d.column),
            binds) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<GroupFigures> StatsQueries::groups(Dimension dimension, QDate from, QDate to, QDate cutOff) const
{
    const DimensionSql d = dimensionSql(dimension);
    QVariantList binds{iso(cutOff)};
    const QString where = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to);
    const QString inner =
        QStringLiteral("SELECT coalesce(%1, '') AS k, count(*) AS n, "
                       "coalesce(sum(c.status = 'closed' AND c.closed_on <= ?), 0) AS s, "
                       "coalesce(sum(c.satisfaction <> ''), 0) AS r, coalesce(sum(%2), 0) AS sat "
                       "FROM cases c WHERE %3 AND c.registered_on BETWEEN ? AND ? AND %4 GROUP BY 1")
            .arg(d.column, kSatisfied, where, kLiveCase);
    const QString sql =
        d.labelTable.isEmpty()
            ? QStringLiteral("SELECT g.k, '', g.n, g.s, g.r, g.sat FROM (%1) g ORDER BY g.n DESC, g.k").arg(inner)
            : QStringLiteral("SELECT g.k, coalesce(l.name, ''), g.n, g.s, g.r, g.sat FROM (%1) g "
                             "LEFT JOIN %2 l ON l.%3 = g.k ORDER BY g.n DESC, 2, g.k")
                  .arg(inner, d.labelTable, d.labelKey);
    QList<GroupFigures> out;
    QSqlQuery q(m_db);
    if (!run(q, sql, binds))
        return out;
    while (q.next()) {
        GroupFigures g;
        g.key = q.value(0).toString();
        g.label = q.value(1).toString();
        g.raised = q.value(2).toLongLong();
        g.solved = q.value(3).toLongLong();
        g.rated = q.value(4).toLongLong();
        g.satisfied = q.value(5).toLongLong();
        out.append(g);
    }
    return out;
}

QList<GroupFigures> StatsQueries::visitGroups(Dimension dimension, QDate from, QDate to) const
{
    const bool byPoint = dimension == Dimension::Point;
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("v"), binds);
    binds << iso(from) << iso(to);
    const QString sql =
        QStringLiteral("SELECT g.k, coalesce(l.name, ''), g.n, g.p FROM (SELECT coalesce(%1, '') AS k, count(*) AS n, "
                       "sum(v.visitor_count) AS p FROM visit v WHERE %2 AND v.visit_date BETWEEN ? AND ? AND %3 "
                       "GROUP BY 1) g LEFT JOIN %4 l ON l.id = g.k ORDER BY g.n DESC, 2, g.k")
            .arg(byPoint ? QStringLiteral("v.point_id") : QStringLiteral("v.station_id"), where, kLiveVisit,
                 byPoint ? QStringLiteral("point") : QStringLiteral("station"));
    QList<GroupFigures> out;
    QSqlQuery q(m_db);
    if (!run(q, sql, binds))
        return out;
    while (q.next()) {
        GroupFigures g;
        g.key = q.value(0).toString();
        g.label = q.value(1).toString();
        g.visits = q.value(2).toLongLong();
        g.visitors = q.value(3).toLongLong();
        out.append(g);
    }
    return out;
}

QList<TrendPoint> StatsQueries::monthly(QDate from, QDate to) const
{
    QList<TrendPoint> out;
    QHash<QString, int> index;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        index.insert(m.toString(QStringLiteral("yyyy-MM")), int(out.size()));
        TrendPoint p;
        p.month = m;
        out.append(p);
    }
    {
        QVariantList binds;
        const QString where = scopeWhere(QStringLiteral("c"), binds);
        binds << iso(from) << iso(to);
        QSqlQuery q(m_db);
        // Closed by the end of the month it was registered in (closing dates never lie in the future).
        // Grouped by day, not by month: the day is the index's order, so SQLite counts as it walks the
        // index instead of sorting every case of the period by a computed month; days add up to months here.
        if (run(q,
                QStringLiteral("SELECT c.registered_on, count(*), "
                               "coalesce(sum(c.status = 'closed' AND substr(c.closed_on, 1, 7) <= "
                               "substr(c.registered_on, 1, 7)), 0) FROM cases c WHERE %1 "
                               "AND c.registered_on BETWEEN ? AND ? AND %2 GROUP BY c.registered_on")
                    .arg(where, kLiveCase),
                binds)) {
            while (q.next()) {
                const int i = index.value(q.value(0).toString().left(7), -1);
                if (i < 0)
                    continue;
                out[i].raised += q.value(1).toLongLong();
                out[i].solved += q.value(2).toLongLong();
            }
        }
    }
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("v"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT v.visit_date, count(*), coalesce(sum(v.visitor_count), 0) FROM visit v "
                           "WHERE %1 AND v.visit_date BETWEEN ? AND ? AND %2 GROUP BY v.visit_date")
                .arg(where, kLiveVisit),
            binds)) {
        while (q.next()) {
            const int i = index.value(q.value(0).toString().left(7), -1);
            if (i < 0)
                continue;
            out[i].visits += q.value(1).toLongLong();
            out[i].visitors += q.value(2).toLongLong();
        }
    }
    return out;
}

QList<DeputyFigures> StatsQueries::deputyAttendance(QDate from, QDate to) const
{
    QList<DeputyFigures> out;
    QHash<QString, int> index;
    {
        QVariantList binds;
        const QString where = scopeWhere(QStringLiteral("d"), binds);
        QSqlQuery q(m_db);
        if (run(q,
                QStringLiteral("SELECT d.id, d.name, d.level FROM deputy d WHERE %1 AND d.deleted = 0 AND d.active = 1")
                    .arg(where),
                binds)) {
            while (q.next()) {
                DeputyFigures f;
                f.deputyId = q.value(0).toString();
                f.name = q.value(1).toString();
                f.level = q.value(2).toString();
                index.insert(f.deputyId, int(out.size()));
                out.append(f);
            }
        }
    }
    QVariantList binds;
    const QString where = scopeWhere(QStringLiteral("v"), binds);
    binds << iso(from) << iso(to);
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT vd.deputy_id, coalesce(d.name, ''), coalesce(d.level, ''), "
                           "count(DISTINCT v.visit_date), count(DISTINCT v.id) FROM visit v "
                           "JOIN visit_deputy vd ON vd.visit_id = v.id AND vd.deleted = 0 "
                           "LEFT JOIN deputy d ON d.id = vd.deputy_id "
                           "WHERE %1 AND v.visit_date BETWEEN ? AND ? AND %2 GROUP BY vd.deputy_id")
                .arg(where, kLiveVisit),
            binds)) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            int i = index.value(id, -1);
            if (i < 0) { // left the station or became inactive, but received visits in the period
                DeputyFigures f;
                f.deputyId = id;
                f.name = q.value(1).toString();
                f.level = q.value(2).toString();
                i = int(out.size());
                index.insert(id, i);
                out.append(f);
            }
            out[i].receptionDays = q.value(3).toLongLong();
            out[i].visits = q.value(4).toLongLong();
        }
    }
    return out;
}

QList<CaseLine> StatsQueries::caseLines(const QString &where, const QVariantList &binds, const QString &order,
                                        int limit, const QString &source) const
{
    QList<CaseLine> out;
    QSqlQuery q(m_db);
    QVariantList all = binds;
    all << limit;
    if (!run(q,
             QStringLiteral("SELECT c.id, c.case_no, c.title, coalesce(cat.name, ''), coalesce(dep.name, ''), c.status, "
                            "c.satisfaction, c.registered_on, c.deadline, c.replied_on FROM %3 "
                            "LEFT JOIN category cat ON cat.id = c.category_id "
                            "LEFT JOIN department dep ON dep.id = c.department_id WHERE %1 ORDER BY %2 LIMIT ?")
                 .arg(where, order, source.isEmpty() ? QStringLiteral("cases c") : source),
             all))
        return out;
    while (q.next()) {
        CaseLine l;
        l.id = q.value(0).toString();
        l.caseNo = q.value(1).toString();
        l.title = q.value(2).toString();
        l.category = q.value(3).toString();
        l.department = q.value(4).toString();
        l.status = q.value(5).toString();
        l.satisfaction = q.value(6).toString();
        l.registeredOn = date(q.value(7));
        l.deadline = date(q.value(8));
        l.repliedOn = date(q.value(9));
        out.append(l);
    }
    return out;
}

QList<CaseLine> StatsQueries::overdueCases(QDate cutOff, int limit) const
{
    // Only cases without a reply by the cut-off can be overdue, and they are few: read them first from the
    // reply-date index (no reply yet, or a reply after the cut-off), then their rows, instead of walking
    // every deadline of the station's history and reading each case's row for its closing date.
    QVariantList binds;
    const QString unrepliedScope = scopeWhere(QStringLiteral("r"), binds);
    scopeWhere(QStringLiteral("r"), binds);
    const QString cut = iso(cutOff);
    binds << cut;
    const QString source = QStringLiteral("(SELECT r.rowid AS rid FROM cases r WHERE %1 AND r.replied_on IS NULL "
                                          "UNION ALL SELECT r.rowid FROM cases r WHERE %1 AND r.replied_on > ?) u "
                                          "CROSS JOIN cases c ON c.rowid = u.rid")
                               .arg(unrepliedScope);
    const QString scope = scopeWhere(QStringLiteral("c"), binds);
    binds << cut << cut << cut << cut;
    return caseLines(scope + QStringLiteral(" AND ") + kLiveCase +
                         QStringLiteral(" AND c.status NOT IN ('not_accepted', 'transferred') AND c.deadline < ? "
                                        "AND c.registered_on <= ? AND (c.replied_on IS NULL OR c.replied_on > ?) "
                                        "AND (c.closed_on IS NULL OR c.closed_on > ?)"),
                     binds, QStringLiteral("c.deadline, c.case_no"), limit, source);
}

QList<CaseLine> StatsQueries::unsatisfiedCases(QDate from, QDate to, int limit) const
{
    QVariantList binds;
    const QString scope = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to);
    return caseLines(scope + QStringLiteral(" AND ") + kLiveCase +
                         QStringLiteral(" AND c.registered_on BETWEEN ? AND ? AND c.satisfaction = 'unsatisfied'"),
                     binds, QStringLiteral("c.registered_on, c.case_no"), limit);
}

QList<CaseLine> StatsQueries::casesById(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    QVariantList binds;
    const QString scope = scopeWhere(QStringLiteral("c"), binds);
    QStringList marks;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    const QList<CaseLine> found = caseLines(
        scope + QStringLiteral(" AND c.deleted = 0 AND c.id IN (%1)").arg(marks.join(QLatin1Char(','))), binds,
        QStringLiteral("c.case_no"), int(ids.size()));
    QList<CaseLine> out;
    for (const QString &id : ids)
        for (const CaseLine &l : found)
            if (l.id == id)
                out.append(l);
    return out;
}

QList<QString> StatsQueries::escalatedCaseIds(QDate from, QDate to, int limit) const
{
    QVariantList binds;
    const QString scope = scopeWhere(QStringLiteral("c"), binds);
    binds << iso(from) << iso(to) << limit;
    QList<QString> out;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT c.id FROM cases c WHERE %1 AND %2 AND c.registered_on BETWEEN ? AND ? AND EXISTS "
                           "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'escalated' "
                           "AND e.deleted = 0) ORDER BY c.case_no LIMIT ?")
                .arg(scope, kLiveCase),
            binds))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QString StatsQueries::scopeName() const
{
    QSqlQuery q(m_db);
    switch (m_scope.kind) {
    case StatsScope::Kind::Point:
        run(q, QStringLiteral("SELECT name FROM point WHERE id = ?"), {m_scope.id});
        break;
    case StatsScope::Kind::Station:
        run(q, QStringLiteral("SELECT name FROM station WHERE id = ?"), {m_scope.id});
        break;
    case StatsScope::Kind::District:
        run(q, QStringLiteral("SELECT name FROM division WHERE code = ?"), {m_scope.id});
        break;
    }
    return q.isActive() && q.next() ? q.value(0).toString() : m_scope.id;
}

} // namespace zt
