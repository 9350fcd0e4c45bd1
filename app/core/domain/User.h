#pragma once
// A member of staff who signs in, with a role that decides what they may do and see.

#include "domain/SyncMeta.h"

namespace zt {

struct User
{
    QString id;
    QString stationId;
    QString username;
    QString displayName;
    QString role = QStringLiteral("station_staff");
    QString passwordHash;  // argon2id, never the password
    bool active = true;
    // Set by an administrator's password reset: the temporary password must be replaced at sign-in.
    bool mustChangePassword = false;
    SyncMeta meta;
};

} // namespace zt
