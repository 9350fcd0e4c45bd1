#pragma once
// Garbage collection of attachments' bytes (`admin gc-blobs`): the protocol keeps the bytes of a
// deleted attachment "until garbage collection". Collected, when older than the grace period (so
// nothing an upload or a push under way still needs is taken):
// - complete blobs no live attachment row names (deleted attachments, rows purged or never pushed);
// - files under a hash the database does not know (left by a crash between forgetting and removing);
// - partial uploads not continued within the grace period (the PC starts that upload again).

#include "common/Result.h"

#include <QDateTime>
#include <QStringList>

namespace zt::server {

class ServerDatabase;

struct BlobCollection
{
    int blobs = 0; // unreferenced complete blobs
    int strayFiles = 0;
    int partials = 0;
    qint64 bytes = 0; // all of it
    QStringList lines; // one per file: kind, hash, bytes
};

class BlobCollector
{
public:
    BlobCollector(ServerDatabase &db, QString blobDir) : m_db(db), m_blobDir(std::move(blobDir)) {}

    // dryRun: says what it would free and changes nothing.
    Result<BlobCollection> run(int graceHours, bool dryRun, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    ServerDatabase &m_db;
    QString m_blobDir;
};

} // namespace zt::server
