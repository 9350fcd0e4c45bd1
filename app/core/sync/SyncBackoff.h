#pragma once
// When to try again after a failed sync: 5 s doubling to 15 min, each delay jittered by +-20 % so a
// district's stations do not all return at once after an outage; Retry-After wins when longer.

#include <QByteArray>
#include <QDateTime>

namespace zt::sync {

class SyncBackoff
{
public:
    // The delay before the next attempt, in milliseconds; counts the failure.
    qint64 nextDelayMsecs(qint64 retryAfterMsecs = 0);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`, capped at an hour so
    // a wrong header cannot stop a station's sync for days; 0 when it cannot be read.
    static qint64 parseRetryAfter(const QByteArray &header, const QDateTime &now);
    static constexpr qint64 kMaxRetryAfterMsecs = 60 * 60'000;

    static constexpr qint64 kMinMsecs = 5'000;
    static constexpr qint64 kMaxMsecs = 15 * 60'000;

private:
    int m_failures = 0;
};

} // namespace zt::sync
