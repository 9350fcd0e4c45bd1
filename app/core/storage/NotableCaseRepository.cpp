#include "storage/NotableCaseRepository.h"

#include "security/AccessPolicy.h"
#include "storage/CaseNumberEnd.h"
#include "storage/CaseRenumbering.h"
#include "storage/RecordReader.h"
#include "storage/ReportSectionQueries.h"

namespace zt {

QVariantMap NotableCaseRepository::toFields(const NotableCase &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("case_id"), row.caseId},
            {QStringLiteral("period"), row.period}};
}

NotableCase NotableCaseRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    NotableCase n;
    n.id = r.text("id");
    n.stationId = r.text("station_id");
    n.caseId = r.text("case_id");
    n.period = r.text("period");
    n.meta = r.meta();
    return n;
}

Status NotableCaseRepository::mark(const QString &caseId, const QString &period) const
{
    // Which cases stand for the station's month is the station's own record, as its activities are
    // (ActivityRepository): staff and head (RecordVisits), not a district officer or the administrator.
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s;
    if (!QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).isValid())
        return Error{QStringLiteral("notable.bad_period"), tr("Choose the month of the report.")};
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT station_id FROM cases WHERE id = ? AND deleted = 0"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("notable.no_case"), tr("There is no such case.")};
    const QString stationId = q.value(0).toString();
    if (!select(QStringLiteral("WHERE case_id = ? AND period = ? AND deleted = 0"), {caseId, period}).isEmpty())
        return {};
    NotableCase row;
    row.stationId = stationId;
    row.caseId = caseId;
    row.period = period;
    WriteTransaction tx(m_store);
    if (Status s = insert(tx, row); !s)
        return s;
    return tx.commit();
}

Status NotableCaseRepository::markByNumber(const QString &caseNo, const QString &period) const
{
    const QString typed = caseNo.trimmed().toUpper();
    const auto notFound = [&] {
        return Error{QStringLiteral("notable.no_case"), tr("No case has the number %1.").arg(typed)};
    };
    if (typed.contains(QLatin1Char('%')) || typed.contains(QLatin1Char('_')))
        return notFound();
    // The whole number, or its end as people say it ("A0012"): this year's first, then the latest.
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE station_id = ? AND deleted = 0 AND (case_no = ? OR case_no LIKE ?) "
                             "ORDER BY case_no = ? DESC, substr(case_no, 11, 4) = ? DESC, registered_on DESC LIMIT 1"));
    q.addBindValue(m_store.stationId());
    q.addBindValue(typed);
    q.addBindValue(QStringLiteral("%-") + typed);
    q.addBindValue(typed);
    q.addBindValue(period.left(4));
    if (!q.exec())
        return notFound();
    if (!q.next()) {
        // A number the case had before it was renumbered (decision 25), whole or its end.
        QString id = CaseRenumbering(m_store).caseIdByOldNumber(typed);
        if (const QString end = CaseNumberEnd::parse(typed); id.isEmpty() && !end.isEmpty()) {
            QSqlQuery old(m_store.db());
            old.prepare(CaseNumberEnd::caseIdsSql() + QStringLiteral(" LIMIT 1"));
            for (const QVariant &v : CaseNumberEnd::binds(end, period.left(4).toInt()))
                old.addBindValue(v);
            if (old.exec() && old.next())
                id = old.value(0).toString();
        }
        return id.isEmpty() ? notFound() : mark(id, period);
    }
    return mark(q.value(0).toString(), period);
}

Status NotableCaseRepository::unmark(const QString &caseId, const QString &period) const
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s;
    const QList<NotableCase> rows =
        period.isEmpty() ? select(QStringLiteral("WHERE case_id = ? AND deleted = 0"), {caseId})
                         : select(QStringLiteral("WHERE case_id = ? AND period = ? AND deleted = 0"), {caseId, period});
    if (rows.isEmpty())
        return {};
    WriteTransaction tx(m_store);
    for (const NotableCase &row : rows)
        if (Status s = tx.markDeleted(table(), row.id); !s)
            return s;
    return tx.commit();
}

QStringList NotableCaseRepository::periodsOf(const QString &caseId) const
{
    QStringList out;
    for (const NotableCase &row : select(QStringLiteral("WHERE case_id = ? AND deleted = 0 ORDER BY period"), {caseId}))
        if (!out.contains(row.period))
            out << row.period;
    return out;
}

QList<NotableCaseLine> NotableCaseRepository::lines(const QString &fromPeriod, const QString &toPeriod) const
{
    return ReportSectionQueries(m_store.db(), StatsScope::station(m_store.stationId())).notableCases(fromPeriod, toPeriod);
}

} // namespace zt
