#pragma once
// The server's SQL for attachments' bytes: which blobs are complete, and which stations have an
// attachment row naming a hash (the scope of a blob: a device may read or upload a blob only if it
// could pull an attachment row that names it).

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <optional>

namespace zt::server {

class ServerDatabase;

class BlobRepository
{
public:
    explicit BlobRepository(ServerDatabase &db) : m_db(db) {}

    // Stations whose live (not deleted) attachment rows name this hash.
    Result<QSet<QString>> referencingStations(const QString &sha256);
    // The size of a complete blob; nullopt when the server does not have it (yet).
    Result<std::optional<qint64>> storedSize(const QString &sha256);
    Status recordStored(const QString &sha256, qint64 size);

    struct StoredBlob
    {
        QString sha256;
        qint64 size = 0;
        QString storedAt;
    };
    // Complete blobs stored before `storedBefore` that no live attachment row names (garbage).
    Result<QList<StoredBlob>> unreferenced(const QDateTime &storedBefore);
    // Every complete blob the database knows.
    Result<QSet<QString>> allStored();
    // Forgets a blob if (still) no live attachment row names it; true when it was forgotten.
    // Inside a write transaction, so a push naming the hash cannot slip in between.
    Result<bool> forgetIfUnreferenced(const QString &sha256);

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
