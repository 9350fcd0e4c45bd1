#pragma once
// Wrong-password counts per username (local table sign_in_attempts, not synced), for SignInThrottle.

#include <QDateTime>
#include <QString>

namespace zt {

class Store;

struct SignInAttempts
{
    int failures = 0;
    QDateTime lockedUntil; // invalid: not locked
};

class SignInAttemptRepository
{
public:
    explicit SignInAttemptRepository(Store &store) : m_store(store) {}

    SignInAttempts load(const QString &username) const;
    // Empty on success, else the database's error text.
    QString save(const QString &username, const SignInAttempts &attempts);
    QString clear(const QString &username);

private:
    Store &m_store;
};

} // namespace zt
