#pragma once
// The sync metadata every synced row carries; read from the store, written only by the write path.

#include <QString>

namespace zt {

struct SyncMeta
{
    qint64 sv = 0;       // server version last seen; 0 = never synced
    QString hlc;         // hybrid logical clock stamp of the last local change
    bool deleted = false;
    QString updatedBy;   // staff user id
};

} // namespace zt
