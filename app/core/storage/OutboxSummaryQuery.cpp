#include "storage/OutboxSummaryQuery.h"

#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

// The outbox's columns and the record's name (OutboxEntry::recordName): a primary-key lookup a row, for a
// page of at most a few hundred.
const QString kEntryColumns = QStringLiteral(
    "SELECT o.device_seq, o.tbl, o.row_id, o.op, o.hlc, o.last_error, "
    "CASE o.tbl WHEN 'cases' THEN (SELECT c.case_no || ' ' || c.title FROM cases c WHERE c.id = o.row_id) "
    "WHEN 'case_event' THEN (SELECT c.case_no FROM case_event e JOIN cases c ON c.id = e.case_id WHERE e.id = o.row_id) "
    "WHEN 'department' THEN (SELECT name FROM department WHERE id = o.row_id) "
    "WHEN 'category' THEN (SELECT name FROM category WHERE id = o.row_id) "
    "WHEN 'deputy' THEN (SELECT name FROM deputy WHERE id = o.row_id) "
    "WHEN 'point' THEN (SELECT name FROM point WHERE id = o.row_id) "
    "WHEN 'visit' THEN (SELECT visit_date FROM visit WHERE id = o.row_id) "
    "WHEN 'reception_rule' THEN (SELECT title FROM reception_rule WHERE id = o.row_id) "
    "WHEN 'station_activity' THEN (SELECT held_on || ' ' || title FROM station_activity WHERE id = o.row_id) "
    "END FROM sync_outbox o ");

QList<OutboxEntry> entries(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    while (q.next())
        out.append(OutboxEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString()});
    return out;
}

} // namespace

QList<OutboxKind> OutboxSummaryQuery::waitingByKind() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    QList<OutboxKind> kinds;
    if (!q.exec(QStringLiteral("SELECT tbl, count(*), max(hlc) FROM sync_outbox WHERE state IN ('pending', 'sent') "
                               "GROUP BY tbl ORDER BY count(*) DESC, tbl")))
        return kinds;
    while (q.next())
        kinds.append(OutboxKind{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return kinds;
}

QList<OutboxEntry> OutboxSummaryQuery::waitingOf(const QString &table, int limit, int offset) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kEntryColumns
              + QStringLiteral("WHERE o.state IN ('pending', 'sent') AND o.tbl = ? ORDER BY o.device_seq DESC LIMIT ? OFFSET ?"));
    q.addBindValue(table);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return {};
    return entries(q);
}

QList<OutboxEntry> OutboxSummaryQuery::refused(int limit) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kEntryColumns + QStringLiteral("WHERE o.state = 'rejected' ORDER BY o.device_seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return {};
    return entries(q);
}

qint64 OutboxSummaryQuery::refusedCount() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected'")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace zt
