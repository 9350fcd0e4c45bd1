#pragma once
// Creates staff accounts, changes passwords and disables accounts; writes go through WriteTransaction,
// so they sync, and each one is audited.

#include "common/Result.h"
#include "domain/User.h"
#include "security/Permission.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace zt {

class Store;

// One row of the administrator's user list.
struct StaffAccount
{
    User user;
    QString stationName;
    QDateTime lastSignIn; // on this PC (the audit trail is local); invalid when never
};

class UserAdmin
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)
public:
    static constexpr int MinPasswordLength = 8;
    static constexpr int MaxUsernameLength = 64;
    static constexpr int MaxDisplayNameLength = 40;

    explicit UserAdmin(Store &store) : m_store(store) {}

    // Needs a signed-in user with ManageUsers. The one exception is a store without any user: then
    // anyone may create the first account, and it must be an administrator, because only an
    // administrator can create the others (a first station head could never add their staff).
    // The username is trimmed and unique, ignoring the case of Latin letters.
    Result<User> createUser(const QString &username, const QString &displayName, const QString &role,
                            const QString &password);
    // Only for the signed-in user's own account, with the current password; wrong current passwords
    // count towards the sign-in throttle, so an unlocked PC is no place to guess them.
    Status changePassword(const QString &userId, const QString &oldPassword, const QString &newPassword);
    // Needs ManageUsers; nobody can disable their own account (it could be the last administrator).
    Status setActive(const QString &userId, bool active);
    // Needs ManageUsers; not for one's own account, for the same reason.
    Status changeRole(const QString &userId, const QString &role);
    // Needs ManageUsers; for someone else's account (one's own goes through changePassword, which asks
    // for the current password). The temporary password must be replaced at the next sign-in, and any
    // sign-in delay from wrong passwords is lifted.
    Status resetPassword(const QString &userId, const QString &temporaryPassword);
    // Needs ManageUsers. Every account that is not deleted, by username.
    Result<QList<StaffAccount>> listUsers() const;

    // Whether the store has any account; without one, the first start creates the administrator.
    bool hasUsers() const;

    // Why this password may not be used for this username; empty when it may.
    static QString passwordProblem(const QString &username, const QString &password);

private:
    Status requireCurrentUser(Permission permission) const;
    std::optional<User> liveUser(const QString &userId) const;

    Store &m_store;
};

} // namespace zt
