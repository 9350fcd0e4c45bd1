#include "storage/BlobRepository.h"

#include "storage/ServerDatabase.h"

#include <QDateTime>
#include <QSqlError>

namespace zt::server {

Result<QSet<QString>> BlobRepository::referencingStations(const QString &sha256)
{
    // The same expression as the partial index of migration 0002, so the lookup uses it.
    QSqlQuery &q = m_db.cached(m_db.isPostgres()
                                   ? QStringLiteral("SELECT DISTINCT station_id FROM row_store WHERE tbl = 'attachment' "
                                                    "AND ((data::jsonb) ->> 'sha256') = ? AND deleted = 0")
                                   : QStringLiteral("SELECT DISTINCT station_id FROM row_store WHERE tbl = 'attachment' "
                                                    "AND json_extract(data, '$.sha256') = ? AND deleted = 0"));
    q.bindValue(0, sha256);
    if (!q.exec())
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    QSet<QString> stations;
    while (q.next())
        stations.insert(q.value(0).toString());
    q.finish();
    return stations;
}

Result<std::optional<qint64>> BlobRepository::storedSize(const QString &sha256)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT size_bytes FROM blob WHERE sha256 = ?"));
    q.bindValue(0, sha256);
    if (!q.exec())
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    std::optional<qint64> size;
    if (q.next())
        size = q.value(0).toLongLong();
    q.finish();
    return size;
}

Status BlobRepository::recordStored(const QString &sha256, qint64 size)
{
    // Two devices finishing the same blob at once both verified the same bytes: the second insert is a no-op.
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO blob (sha256, size_bytes, stored_at) VALUES (?, ?, ?) "
                                              "ON CONFLICT (sha256) DO NOTHING"));
    q.bindValue(0, sha256);
    q.bindValue(1, size);
    q.bindValue(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    return {};
}

} // namespace zt::server
