#include "sync/SyncBackoff.h"

#include <QRandomGenerator>

namespace zt::sync {

qint64 SyncBackoff::nextDelayMsecs(qint64 retryAfterMsecs)
{
    const int exponent = std::min(m_failures, 20);
    ++m_failures;
    const qint64 base = std::min(kMaxMsecs, kMinMsecs << exponent);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const qint64 delay = std::clamp(qint64(double(base) * jitter), kMinMsecs, kMaxMsecs);
    return std::max(delay, retryAfterMsecs);
}

} // namespace zt::sync
