#include "storage/SupervisionQueries.h"

#include "domain/Codes.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

namespace zt {

namespace {

// The board's rows: assigned, not deleted, with a deadline, in this station; optional department and
// deputy conditions. Fixed fragments only; values are bound.
void appendBoardWhere(QString &sql, QVariantList &binds, const QString &stationId, const SupervisionFilter &filter)
{
    sql += QStringLiteral(" WHERE c.station_id = ? AND c.status = ? AND c.deleted = 0 AND c.deadline IS NOT NULL");
    binds << stationId << CaseStatus::Assigned;
    if (!filter.departmentId.isEmpty()) {
        sql += QStringLiteral(" AND c.department_id = ?");
        binds << filter.departmentId;
    }
    if (!filter.deputyId.isEmpty()) {
        sql += QStringLiteral(" AND c.deputy_id = ?");
        binds << filter.deputyId;
    }
}

} // namespace

QList<SupervisionItem> SupervisionQueries::page(const SupervisionFilter &filter, QDate afterDeadline,
                                                const QString &afterCaseNo, int limit) const
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.case_no, c.title, c.department_id, dep.name, dp.name, c.assigned_on, c.deadline, "
        " (SELECT count(*) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'reminded' AND e.deleted = 0), "
        " (SELECT max(e.occurred_at) FROM case_event e "
        "   WHERE e.case_id = c.id AND e.kind = 'reminded' AND e.deleted = 0) "
        "FROM cases c LEFT JOIN department dep ON dep.id = c.department_id "
        "LEFT JOIN deputy dp ON dp.id = c.deputy_id");
    QVariantList binds;
    appendBoardWhere(sql, binds, m_store.stationId(), filter);
    if (afterDeadline.isValid()) {
        sql += QStringLiteral(" AND (c.deadline, c.case_no) > (?, ?)");
        binds << afterDeadline.toString(Qt::ISODate) << afterCaseNo;
    }
    sql += QStringLiteral(" ORDER BY c.deadline, c.case_no LIMIT ?");
    binds << limit;

    QList<SupervisionItem> out;
    QSqlQuery &q = m_store.cachedQuery(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        SupervisionItem item;
        item.caseId = q.value(0).toString();
        item.caseNo = q.value(1).toString();
        item.title = q.value(2).toString();
        item.departmentId = q.value(3).toString();
        item.departmentName = q.value(4).toString();
        item.deputyName = q.value(5).toString();
        item.assignedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        item.deadline = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        item.reminders = q.value(8).toInt();
        // Stored in UTC; the station reads its own calendar day.
        item.lastReminded = QDateTime::fromString(q.value(9).toString(), Qt::ISODate).toLocalTime().date();
        out.append(item);
    }
    q.finish();
    return out;
}

SupervisionCounts SupervisionQueries::counts(const SupervisionFilter &filter, QDate overdueBefore,
                                             QDate dueSoonThrough) const
{
    QString sql = QStringLiteral("SELECT sum(c.deadline < ?), sum(c.deadline >= ? AND c.deadline <= ?), "
                                 "sum(c.deadline > ?) FROM cases c");
    const QString before = overdueBefore.toString(Qt::ISODate);
    const QString through = dueSoonThrough.toString(Qt::ISODate);
    QVariantList binds{before, before, through, through};
    appendBoardWhere(sql, binds, m_store.stationId(), filter);

    SupervisionCounts counts;
    QSqlQuery &q = m_store.cachedQuery(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (q.exec() && q.next()) {
        counts.overdue = q.value(0).toLongLong();
        counts.dueSoon = q.value(1).toLongLong();
        counts.onTime = q.value(2).toLongLong();
    }
    q.finish();
    return counts;
}

} // namespace zt
