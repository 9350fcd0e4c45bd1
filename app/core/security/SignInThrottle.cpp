#include "security/SignInThrottle.h"

#include "common/Clock.h"
#include "storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace zt {

namespace {

struct Attempts
{
    int failures = 0;
    QDateTime lockedUntil;
};

Attempts load(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT failures, locked_until FROM sign_in_attempts WHERE username = ?"));
    q.addBindValue(username);
    Attempts a;
    if (q.exec() && q.next()) {
        a.failures = q.value(0).toInt();
        if (!q.value(1).isNull())
            a.lockedUntil = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return a;
}

} // namespace

int SignInThrottle::failures(const QString &username) const
{
    return load(m_store.db(), username).failures;
}

qint64 SignInThrottle::remainingMs(const QString &username) const
{
    const Attempts a = load(m_store.db(), username);
    if (!a.lockedUntil.isValid())
        return 0;
    const qint64 left = a.lockedUntil.toMSecsSinceEpoch() - Clock::currentMSecsSinceEpoch();
    // Capped by the delay itself: a PC clock set back by hours must not lock someone out for hours.
    return std::clamp<qint64>(left, 0, delayAfter(a.failures));
}

Result<qint64> SignInThrottle::recordFailure(const QString &username)
{
    const int failures = load(m_store.db(), username).failures + 1;
    const qint64 delay = delayAfter(failures);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO sign_in_attempts (username, failures, locked_until) VALUES (?, ?, ?) "
                             "ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                             "locked_until = excluded.locked_until"));
    q.addBindValue(username);
    q.addBindValue(failures);
    q.addBindValue(delay > 0 ? QVariant(Clock::nowUtc().addMSecs(delay).toString(Qt::ISODateWithMs)) : QVariant());
    if (!q.exec())
        return Error{QStringLiteral("signin.throttle_failed"),
                     tr("The wrong password could not be counted: %1").arg(q.lastError().text())};
    return delay;
}

Status SignInThrottle::reset(const QString &username)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM sign_in_attempts WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return Error{QStringLiteral("signin.throttle_failed"),
                     tr("The count of wrong passwords could not be cleared: %1").arg(q.lastError().text())};
    return {};
}

qint64 SignInThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 10); // 30 s << 5 is already past the cap
    return std::min(FirstDelayMs << doublings, MaxDelayMs);
}

Error SignInThrottle::lockedError(qint64 remainingMs)
{
    // Rounded up: "try again in 0 seconds" would be refused once more.
    const int seconds = int((remainingMs + 999) / 1000);
    const QString message =
        seconds <= 90 ? tr("Too many wrong passwords. Try again in %n second(s).", nullptr, seconds)
                      : tr("Too many wrong passwords. Try again in %n minute(s).", nullptr, (seconds + 59) / 60);
    return Error{QStringLiteral("signin.locked"), message};
}

} // namespace zt
