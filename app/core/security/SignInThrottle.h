#pragma once
// Slows down password guessing: after five wrong passwords in a row for a username, the next try waits
// 30 s, doubling with every further wrong one up to 15 min. Kept in the store, so a restart does not
// reset it.

#include "common/Result.h"

#include <QCoreApplication>

namespace zt {

class Store;

class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(SignInThrottle)
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 FirstDelayMs = 30 * 1000;
    static constexpr qint64 MaxDelayMs = 15 * 60 * 1000;

    explicit SignInThrottle(Store &store) : m_store(store) {}

    // Wrong passwords in a row for the username since its last success.
    int failures(const QString &username) const;
    // How long the username must still wait before its next try; 0 when it may try now.
    qint64 remainingMs(const QString &username) const;
    // Counts a wrong password; returns the wait now in force (0 while under the limit).
    Result<qint64> recordFailure(const QString &username);
    // After a right password.
    Status reset(const QString &username);

    // The wait after this many wrong passwords in a row.
    static qint64 delayAfter(int failures);
    // "signin.locked", saying in words how long to wait.
    static Error lockedError(qint64 remainingMs);

private:
    Store &m_store;
};

} // namespace zt
