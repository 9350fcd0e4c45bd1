#include "storage/OutboxSummaryQuery.h"

#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

QList<OutboxEntry> entries(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    while (q.next())
        out.append(OutboxEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
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
    q.prepare(QStringLiteral("SELECT device_seq, tbl, row_id, op, hlc, last_error FROM sync_outbox "
                             "WHERE state IN ('pending', 'sent') AND tbl = ? ORDER BY device_seq DESC LIMIT ? OFFSET ?"));
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
    q.prepare(QStringLiteral("SELECT device_seq, tbl, row_id, op, hlc, last_error FROM sync_outbox "
                             "WHERE state = 'rejected' ORDER BY device_seq DESC LIMIT ?"));
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
