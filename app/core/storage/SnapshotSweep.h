#pragma once
// After a PC re-bootstrapped because its cursor fell below the server's purge horizon (410 on pull,
// server/README.md decision 18): the deletes it missed are no longer on the server as tombstones, so
// the rows it still holds from the server that the full snapshot no longer contains are exactly
// those deleted (or moved out of its scope) meanwhile. They are hidden the way a revoke hides a row.

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace zt {

class Store;

class SnapshotSweep
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSweep)
public:
    // seen: table -> ids of every row of the snapshot (complete, read in one run). Rows held from the
    // server (0 < sv <= snapshotSeq) and not seen are hidden (deleted = 1, sv = 0); rows with local
    // changes still waiting are left for the server to judge. Returns how many were hidden.
    static Result<int> hideMissing(Store &store, const QHash<QString, QSet<QString>> &seen, qint64 snapshotSeq);
};

} // namespace zt
