#include "storage/SnapshotSweep.h"

#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/SyncedTables.h"
#include "sync/PullPage.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

Result<int> SnapshotSweep::hideMissing(Store &store, const QHash<QString, QSet<QString>> &seen, qint64 snapshotSeq)
{
    QSet<QString> waiting;
    {
        QSqlQuery q(store.db());
        if (!q.exec(QStringLiteral("SELECT tbl, row_id FROM sync_outbox WHERE state IN ('pending', 'sent')")))
            return Error{QStringLiteral("sync.apply_failed"), q.lastError().text()};
        while (q.next())
            waiting.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    }
    sync::PullPage hidden;
    const SyncedTables &tables = store.syncedTables();
    for (const QString &table : SyncedTables::names()) {
        if (!tables.contains(table))
            continue;
        const QSet<QString> inSnapshot = seen.value(table);
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        // The table name comes from the store's own list, never from the server.
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE sv > 0 AND sv <= ? AND deleted = 0").arg(table));
        q.addBindValue(snapshotSeq);
        if (!q.exec())
            return Error{QStringLiteral("sync.apply_failed"), q.lastError().text()};
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!inSnapshot.contains(id) && !waiting.contains(table + QLatin1Char('/') + id))
                hidden.rows.append(sync::PulledRow{0, table, QStringLiteral("revoke"), QJsonObject{{QStringLiteral("id"), id}}});
        }
    }
    if (hidden.rows.isEmpty())
        return 0;
    // Through the pull's own apply (one transaction, the window told what changed); the cursor stays.
    if (Status s = SyncStateRepository(store).applyRepairPage(hidden); !s)
        return s.error();
    return int(hidden.rows.size());
}

} // namespace zt
