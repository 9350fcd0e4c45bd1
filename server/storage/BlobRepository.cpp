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

namespace {

// "No live attachment row names b.sha256", in the form of migration 0002's partial index.
QString unreferencedCondition(bool postgres)
{
    return postgres ? QStringLiteral("NOT EXISTS (SELECT 1 FROM row_store r WHERE r.tbl = 'attachment' AND r.deleted = 0 "
                                     "AND ((r.data::jsonb) ->> 'sha256') = b.sha256)")
                    : QStringLiteral("NOT EXISTS (SELECT 1 FROM row_store r WHERE r.tbl = 'attachment' AND r.deleted = 0 "
                                     "AND json_extract(r.data, '$.sha256') = b.sha256)");
}

} // namespace

Result<QList<BlobRepository::StoredBlob>> BlobRepository::unreferenced(const QDateTime &storedBefore)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.sha256, b.size_bytes, b.stored_at FROM blob b WHERE b.stored_at < ? AND %1 "
                             "ORDER BY b.sha256")
                  .arg(unreferencedCondition(m_db.isPostgres())));
    q.addBindValue(storedBefore.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    QList<StoredBlob> blobs;
    while (q.next())
        blobs.append(StoredBlob{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return blobs;
}

Result<QSet<QString>> BlobRepository::allStored()
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM blob")))
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    QSet<QString> shas;
    while (q.next())
        shas.insert(q.value(0).toString());
    return shas;
}

Result<bool> BlobRepository::forgetIfUnreferenced(const QString &sha256)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM blob AS b WHERE b.sha256 = ? AND %1").arg(unreferencedCondition(m_db.isPostgres())));
    q.addBindValue(sha256);
    if (!q.exec())
        return Error{QStringLiteral("db.error"), q.lastError().text()};
    return q.numRowsAffected() > 0;
}

} // namespace zt::server
