#include "security/UserAdmin.h"

#include "domain/Codes.h"
#include "security/AccessPolicy.h"
#include "security/PasswordHasher.h"
#include "security/SignInThrottle.h"
#include "storage/AuditLog.h"
#include "storage/StationRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace zt {

namespace {

const QString kUserTable = QStringLiteral("app_user");

Error invalid(const QString &message)
{
    return Error{QStringLiteral("user.invalid"), message};
}

bool hasSpaceOrControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

} // namespace

QString UserAdmin::passwordProblem(const QString &username, const QString &password)
{
    // Counted in characters as people see them, so a password of Chinese characters is not penalised
    // and one of emoji is not favoured.
    if (password.toUcs4().size() < MinPasswordLength)
        return tr("The password needs at least %n character(s).", nullptr, MinPasswordLength);
    if (password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password may not be the username.");
    return {};
}

Result<User> UserAdmin::createUser(const QString &username, const QString &displayName, const QString &role,
                                   const QString &password)
{
    User user;
    user.username = username.trimmed();
    user.displayName = displayName.trimmed();
    user.role = role;
    user.stationId = m_store.stationId();
    if (user.username.isEmpty())
        return invalid(tr("Enter a username."));
    if (hasSpaceOrControl(user.username))
        return invalid(tr("A username may not contain spaces."));
    if (user.username.size() > MaxUsernameLength)
        return invalid(tr("A username may have at most %n character(s).", nullptr, MaxUsernameLength));
    if (user.displayName.isEmpty())
        return invalid(tr("Enter the user's name."));
    // The name shows in every list and in the audit trail: one printable line.
    if (std::any_of(user.displayName.cbegin(), user.displayName.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control || c == QChar::LineSeparator
                                         || c == QChar::ParagraphSeparator; }))
        return invalid(tr("A name may not contain line breaks or control characters."));
    if (user.displayName.size() > MaxDisplayNameLength)
        return invalid(tr("A name may have at most %n character(s).", nullptr, MaxDisplayNameLength));
    if (!Role::all().contains(role))
        return invalid(tr("There is no role called \"%1\".").arg(role));
    if (const QString problem = passwordProblem(user.username, password); !problem.isEmpty())
        return Error{QStringLiteral("user.weak_password"), problem};
    if (!m_store.isSetUp())
        return Error{QStringLiteral("user.no_station"), tr("This PC is not set up for a station yet.")};

    // Checked before hashing (which takes a moment), and again inside the transaction below, where no
    // other writer can add the first user in between.
    const auto allowed = [&]() -> Status {
        if (hasUsers())
            return requireCurrentUser(Permission::ManageUsers);
        if (role != Role::Administrator)
            return Error{QStringLiteral("access.denied"), tr("The first user of this PC must be an administrator.")};
        return {};
    };
    if (Status s = allowed(); !s)
        return s.error();

    user.passwordHash = PasswordHasher::hash(password);
    if (user.passwordHash.isEmpty())
        return Error{QStringLiteral("user.hash_failed"), tr("The password could not be stored: not enough memory.")};

    WriteTransaction tx(m_store);
    if (Status s = allowed(); !s)
        return s.error();
    // Also deleted accounts: their names stay taken (the column is unique), and reusing one would mix
    // two people in the audit trail.
    const UserRepository users(m_store);
    if (!users.select(QStringLiteral("WHERE username = ? COLLATE NOCASE"), {user.username}).isEmpty())
        return Error{QStringLiteral("user.duplicate"), tr("The username %1 is taken.").arg(user.username)};
    if (Status s = users.insert(tx, user); !s)
        return s.error();
    if (Status s = AuditLog(m_store).append(QStringLiteral("create_user"), kUserTable, user.id,
                                            QStringLiteral("username=%1; role=%2").arg(user.username, user.role));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Status UserAdmin::changePassword(const QString &userId, const QString &oldPassword, const QString &newPassword)
{
    if (m_store.currentUserId().isEmpty() || userId != m_store.currentUserId())
        return Error{QStringLiteral("access.denied"), tr("You can only change your own password.")};
    std::optional<User> user = liveUser(userId);
    if (!user)
        return Error{QStringLiteral("user.unknown"), tr("This account no longer exists.")};

    SignInThrottle throttle(m_store);
    if (const qint64 wait = throttle.remainingMs(user->username); wait > 0)
        return SignInThrottle::lockedError(wait);
    if (!PasswordHasher::verify(oldPassword, user->passwordHash)) {
        (void)AuditLog(m_store).append(QStringLiteral("change_password_failed"), kUserTable, userId);
        const Result<qint64> wait = throttle.recordFailure(user->username);
        if (!wait)
            return wait.error();
        if (wait.value() > 0)
            return SignInThrottle::lockedError(wait.value());
        return Error{QStringLiteral("user.wrong_password"), tr("The current password is wrong.")};
    }
    if (const QString problem = passwordProblem(user->username, newPassword); !problem.isEmpty())
        return Error{QStringLiteral("user.weak_password"), problem};
    if (newPassword == oldPassword)
        return Error{QStringLiteral("user.weak_password"), tr("The new password must differ from the current one.")};

    user->passwordHash = PasswordHasher::hash(newPassword);
    if (user->passwordHash.isEmpty())
        return Error{QStringLiteral("user.hash_failed"), tr("The password could not be stored: not enough memory.")};
    user->mustChangePassword = false;
    WriteTransaction tx(m_store);
    if (Status s = UserRepository(m_store).update(tx, *user); !s)
        return s;
    if (Status s = AuditLog(m_store).append(QStringLiteral("change_password"), kUserTable, userId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return throttle.reset(user->username);
}

Status UserAdmin::setActive(const QString &userId, bool active)
{
    if (Status s = requireCurrentUser(Permission::ManageUsers); !s)
        return s;
    std::optional<User> user = liveUser(userId);
    if (!user)
        return Error{QStringLiteral("user.unknown"), tr("This account no longer exists.")};
    if (!active && userId == m_store.currentUserId())
        return Error{QStringLiteral("user.self"), tr("You cannot disable your own account.")};
    if (user->active == active)
        return {};
    user->active = active;
    WriteTransaction tx(m_store);
    if (Status s = UserRepository(m_store).update(tx, *user); !s)
        return s;
    if (Status s = AuditLog(m_store).append(active ? QStringLiteral("enable_user") : QStringLiteral("disable_user"),
                                            kUserTable, userId, QStringLiteral("username=%1").arg(user->username));
        !s)
        return s;
    return tx.commit();
}

Status UserAdmin::changeRole(const QString &userId, const QString &role)
{
    if (Status s = requireCurrentUser(Permission::ManageUsers); !s)
        return s;
    if (!Role::all().contains(role))
        return invalid(tr("There is no role called \"%1\".").arg(role));
    std::optional<User> user = liveUser(userId);
    if (!user)
        return Error{QStringLiteral("user.unknown"), tr("This account no longer exists.")};
    if (userId == m_store.currentUserId())
        return Error{QStringLiteral("user.self"), tr("You cannot change your own role.")};
    if (user->role == role)
        return {};
    const QString before = user->role;
    user->role = role;
    WriteTransaction tx(m_store);
    if (Status s = UserRepository(m_store).update(tx, *user); !s)
        return s;
    if (Status s = AuditLog(m_store).append(QStringLiteral("change_role"), kUserTable, userId,
                                            QStringLiteral("username=%1; role=%2 -> %3").arg(user->username, before, role));
        !s)
        return s;
    return tx.commit();
}

Status UserAdmin::resetPassword(const QString &userId, const QString &temporaryPassword)
{
    if (Status s = requireCurrentUser(Permission::ManageUsers); !s)
        return s;
    std::optional<User> user = liveUser(userId);
    if (!user)
        return Error{QStringLiteral("user.unknown"), tr("This account no longer exists.")};
    if (userId == m_store.currentUserId())
        return Error{QStringLiteral("user.self"),
                     tr("Change your own password with \"Change my password\": it asks for the current one.")};
    if (const QString problem = passwordProblem(user->username, temporaryPassword); !problem.isEmpty())
        return Error{QStringLiteral("user.weak_password"), problem};
    user->passwordHash = PasswordHasher::hash(temporaryPassword);
    if (user->passwordHash.isEmpty())
        return Error{QStringLiteral("user.hash_failed"), tr("The password could not be stored: not enough memory.")};
    user->mustChangePassword = true;
    WriteTransaction tx(m_store);
    if (Status s = UserRepository(m_store).update(tx, *user); !s)
        return s;
    // Never the password, only that it was reset.
    if (Status s = AuditLog(m_store).append(QStringLiteral("reset_password"), kUserTable, userId,
                                            QStringLiteral("username=%1").arg(user->username));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return SignInThrottle(m_store).reset(user->username);
}

Result<QList<StaffAccount>> UserAdmin::listUsers() const
{
    if (Status s = requireCurrentUser(Permission::ManageUsers); !s)
        return s.error();
    const QHash<QString, QDateTime> lastSignIns = AuditLog(m_store).latestPerRow(QStringLiteral("sign_in"));
    QHash<QString, QString> stationNames;
    for (const Station &station : StationRepository(m_store).select(QStringLiteral("WHERE deleted = 0")))
        stationNames.insert(station.id, station.name);
    QList<StaffAccount> out;
    for (const User &user : UserRepository(m_store).select(QStringLiteral("WHERE deleted = 0 ORDER BY username COLLATE NOCASE")))
        out.append({user, stationNames.value(user.stationId), lastSignIns.value(user.id)});
    return out;
}

Status UserAdmin::requireCurrentUser(Permission permission) const
{
    const std::optional<User> current = liveUser(m_store.currentUserId());
    return AccessPolicy::require(current.value_or(User{}), permission);
}

bool UserAdmin::hasUsers() const
{
    return !UserRepository(m_store).select(QStringLiteral("WHERE deleted = 0 LIMIT 1")).isEmpty();
}

std::optional<User> UserAdmin::liveUser(const QString &userId) const
{
    if (userId.isEmpty())
        return std::nullopt;
    std::optional<User> user = UserRepository(m_store).find(userId);
    if (user && user->meta.deleted)
        return std::nullopt;
    return user;
}

} // namespace zt
