#pragma once
// Signs staff in and out against the password hashes cached in the local store, so it works offline;
// every attempt is audited and wrong passwords are throttled.

#include "common/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <optional>

namespace zt {

class Store;

class SignInService
{
    Q_DECLARE_TR_FUNCTIONS(SignInService)
public:
    explicit SignInService(Store &store) : m_store(store) {}

    // On success the user becomes the store's current user (and the author of every change after it).
    // Errors: "signin.wrong_password" (also for an unknown username, so names cannot be probed),
    // "signin.locked", "signin.inactive", or the code of a store error.
    Result<User> signIn(const QString &username, const QString &password);
    void signOut();
    // Read afresh from the store: a role changed by sync applies at once. Empty when nobody is
    // signed in or the account is gone.
    std::optional<User> currentUser() const;

private:
    Error refuse(const QString &username, const QString &rowId, const QString &reason, Error error);

    Store &m_store;
};

} // namespace zt
