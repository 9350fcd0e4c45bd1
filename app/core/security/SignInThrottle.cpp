#include "security/SignInThrottle.h"

#include "common/Clock.h"
#include "storage/SignInAttemptRepository.h"

#include <algorithm>

namespace zt {

int SignInThrottle::failures(const QString &username) const
{
    return SignInAttemptRepository(m_store).load(username).failures;
}

qint64 SignInThrottle::remainingMs(const QString &username) const
{
    const SignInAttempts a = SignInAttemptRepository(m_store).load(username);
    if (!a.lockedUntil.isValid())
        return 0;
    const qint64 left = a.lockedUntil.toMSecsSinceEpoch() - Clock::currentMSecsSinceEpoch();
    // Capped by the delay itself: a PC clock set back by hours must not lock someone out for hours.
    return std::clamp<qint64>(left, 0, delayAfter(a.failures));
}

Result<qint64> SignInThrottle::recordFailure(const QString &username)
{
    SignInAttemptRepository attempts(m_store);
    SignInAttempts a;
    a.failures = attempts.load(username).failures + 1;
    const qint64 delay = delayAfter(a.failures);
    if (delay > 0)
        a.lockedUntil = Clock::nowUtc().addMSecs(delay);
    if (const QString error = attempts.save(username, a); !error.isEmpty())
        return Error{QStringLiteral("signin.throttle_failed"), tr("The wrong password could not be counted: %1").arg(error)};
    return delay;
}

Status SignInThrottle::reset(const QString &username)
{
    if (const QString error = SignInAttemptRepository(m_store).clear(username); !error.isEmpty())
        return Error{QStringLiteral("signin.throttle_failed"),
                     tr("The count of wrong passwords could not be cleared: %1").arg(error)};
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
