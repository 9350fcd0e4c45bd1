#include "security/SignInService.h"

#include "security/PasswordHasher.h"
#include "security/SignInThrottle.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"

namespace zt {

namespace {

const QString kUserTable = QStringLiteral("app_user");

// Verified against when the username is unknown, so that a wrong name takes as long as a wrong
// password and the time of the answer does not tell which names exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy password, never valid"));
    return hash;
}

} // namespace

Result<User> SignInService::signIn(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    SignInThrottle throttle(m_store);
    // Checked before the password, so a locked name gets no answer about its password at all; tries
    // while locked are not counted, or anyone could keep a colleague locked out.
    if (const qint64 wait = throttle.remainingMs(name); wait > 0)
        return refuse(name, {}, QStringLiteral("locked"), SignInThrottle::lockedError(wait));

    const std::optional<User> user = UserRepository(m_store).findByUsername(name);
    bool passwordOk = false;
    if (user)
        passwordOk = PasswordHasher::verify(password, user->passwordHash);
    else
        (void)PasswordHasher::verify(password, decoyHash());
    if (!passwordOk) {
        const Result<qint64> wait = throttle.recordFailure(name);
        if (!wait)
            return refuse(name, user ? user->id : QString(), QStringLiteral("wrong_password"), wait.error());
        // The try that reaches the limit already says how long to wait, so nobody types a sixth
        // password only to learn it.
        Error error = wait.value() > 0 ? SignInThrottle::lockedError(wait.value())
                                       : Error{QStringLiteral("signin.wrong_password"),
                                               tr("The username or the password is wrong.")};
        return refuse(name, user ? user->id : QString(), QStringLiteral("wrong_password"), std::move(error));
    }
    // After the password, so that a disabled account is only revealed to someone who knows it.
    if (!user->active)
        return refuse(name, user->id, QStringLiteral("inactive"),
                      Error{QStringLiteral("signin.inactive"),
                            tr("The account %1 is disabled. Ask the administrator to enable it.").arg(name)});

    if (Status s = throttle.reset(name); !s)
        return s.error();
    const QString previous = m_store.currentUserId();
    m_store.setCurrentUserId(user->id);
    // An unaudited sign-in is refused: the trail must show who was at the PC when a change was made.
    if (Status s = AuditLog(m_store).append(QStringLiteral("sign_in"), kUserTable, user->id); !s) {
        m_store.setCurrentUserId(previous);
        return s.error();
    }
    return *user;
}

void SignInService::signOut()
{
    if (m_store.currentUserId().isEmpty())
        return;
    // Best effort: signing out must always work, even when the audit log cannot be written.
    (void)AuditLog(m_store).append(QStringLiteral("sign_out"), kUserTable, m_store.currentUserId());
    m_store.setCurrentUserId({});
}

std::optional<User> SignInService::currentUser() const
{
    if (m_store.currentUserId().isEmpty())
        return std::nullopt;
    std::optional<User> user = UserRepository(m_store).find(m_store.currentUserId());
    if (user && user->meta.deleted)
        return std::nullopt;
    return user;
}

Error SignInService::refuse(const QString &username, const QString &rowId, const QString &reason, Error error)
{
    // The name as typed and why, never the password: the log is read by station heads.
    (void)AuditLog(m_store).append(QStringLiteral("sign_in_failed"), kUserTable, rowId,
                                   QStringLiteral("username=%1; reason=%2").arg(username, reason));
    return error;
}

} // namespace zt
