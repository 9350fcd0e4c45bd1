#include "storage/SyncConflictRepository.h"

#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

// SyncStateRepository stores each value as a one-element JSON array, so null and "" stay apart.
QVariant decode(const QVariant &text)
{
    if (text.isNull())
        return {};
    const QJsonArray array = QJsonDocument::fromJson(text.toString().toUtf8()).array();
    return array.isEmpty() ? QVariant() : array.at(0).toVariant();
}

SyncConflict fromQuery(const QSqlQuery &q)
{
    return SyncConflict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        decode(q.value(4)), decode(q.value(5)), decode(q.value(6)), q.value(7).toString(),
                        q.value(8).toString()};
}

const char *const kColumns = "id, tbl, row_id, field, base_value, server_value, local_value, kind, created_at";

} // namespace

QList<SyncConflict> SyncConflictRepository::open(int limit) const
{
    QList<SyncConflict> list;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflict WHERE status = 'open' ORDER BY created_at, id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

std::optional<SyncConflict> SyncConflictRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

Status SyncConflictRepository::markResolved(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_conflict SET status = 'resolved' WHERE id = ? AND status = 'open'"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{QStringLiteral("sync.conflict_failed"),
                     tr("Saving the decision on a conflict failed: %1").arg(q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("sync.conflict_gone"), tr("This conflict has already been resolved.")};
    return {};
}

} // namespace zt
