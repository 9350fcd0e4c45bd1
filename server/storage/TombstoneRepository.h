#pragma once
// Tombstones (deleted rows kept so that every PC learns of the delete, and revokes) and the purge
// horizon (server/README.md decision 18): tombstones older than a number of days are removed, and a
// pull from below the highest seq removed gets 410, so that PC bootstraps again instead of missing
// a delete.

#include "common/Result.h"

#include <QDateTime>

namespace zt::server {

class ServerDatabase;

struct PurgeOutcome
{
    qint64 rows = 0;          // deleted rows removed
    qint64 revokes = 0;       // revokes removed
    qint64 horizonBefore = 0;
    qint64 horizon = 0;       // pulls from below this seq get 410
    qint64 upTo = 0;          // tombstones with seq <= this were old enough (0: none yet)
};

class TombstoneRepository
{
public:
    explicit TombstoneRepository(ServerDatabase &db) : m_db(db) {}

    // The seq below which a pull may have missed a purged tombstone (0: nothing purged yet).
    Result<qint64> horizon();
    // Records how far the sequence is now, then removes the tombstones of seq at most the sequence
    // as it was `olderThanDays` ago (as recorded by earlier runs: the first run with days > 0 only
    // records) and raises the horizon to the highest seq removed. One write transaction.
    Result<PurgeOutcome> purge(int olderThanDays, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
