#pragma once
// The server's SQL for attachments' bytes: which blobs are complete, and which stations have an
// attachment row naming a hash (the scope of a blob: a device may read or upload a blob only if it
// could pull an attachment row that names it).

#include "common/Result.h"

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

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
