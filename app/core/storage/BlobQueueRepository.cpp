#include "storage/BlobQueueRepository.h"

#include "storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

QList<BlobNeed> readNeeds(QSqlQuery &q)
{
    QList<BlobNeed> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

} // namespace

QList<BlobNeed> BlobQueueRepository::toUpload() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT a.sha256, MAX(a.size_bytes) FROM attachment a WHERE a.deleted = 0 AND a.sv > 0 "
                          "AND NOT EXISTS (SELECT 1 FROM blob_queue b WHERE b.sha256 = a.sha256 AND b.state = 'done') "
                          "GROUP BY a.sha256 ORDER BY MIN(a.created_at)"));
    return readNeeds(q);
}

QList<BlobNeed> BlobQueueRepository::referenced() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT sha256, MAX(size_bytes) FROM attachment WHERE deleted = 0 GROUP BY sha256 "
                          "ORDER BY MIN(created_at)"));
    return readNeeds(q);
}

Status BlobQueueRepository::markOnServer(const QString &sha256, const QString &localPath, qint64 size)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO blob_queue (sha256, local_path, size_bytes, offset, state, last_error) "
                             "VALUES (?, ?, ?, ?, 'done', '') ON CONFLICT(sha256) DO UPDATE SET state = 'done', "
                             "offset = excluded.offset, last_error = ''"));
    q.addBindValue(sha256);
    q.addBindValue(localPath);
    q.addBindValue(size);
    q.addBindValue(size);
    if (!q.exec())
        return Error{QStringLiteral("sync.store_failed"), q.lastError().text()};
    return {};
}

Status BlobQueueRepository::recordProgress(const QString &sha256, const QString &localPath, qint64 size, qint64 offset,
                                           const QString &error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO blob_queue (sha256, local_path, size_bytes, offset, state, last_error) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET offset = excluded.offset, "
                             "state = excluded.state, last_error = excluded.last_error"));
    q.addBindValue(sha256);
    q.addBindValue(localPath);
    q.addBindValue(size);
    q.addBindValue(offset);
    q.addBindValue(error.isEmpty() ? QStringLiteral("uploading") : QStringLiteral("failed"));
    q.addBindValue(error);
    if (!q.exec())
        return Error{QStringLiteral("sync.store_failed"), q.lastError().text()};
    return {};
}

} // namespace zt
