#include "sync/ClockOffset.h"

#include "sync/SyncLimits.h"

namespace zt {

bool ClockOffset::isOff(qint64 offsetSeconds)
{
    return qAbs(offsetSeconds) * 1000 > sync::kClockWarningMsecs;
}

QString ClockOffset::warning(qint64 offsetSeconds, Length length)
{
    if (!isOff(offsetSeconds))
        return {};
    const qint64 off = qAbs(offsetSeconds);
    const QString amount = off >= 2 * 86400 ? tr("%n day(s)", nullptr, int(off / 86400))
                           : off >= 2 * 3600 ? tr("%n hour(s)", nullptr, int(off / 3600))
                                             : tr("%n minute(s)", nullptr, int(off / 60));
    // Positive: the server is ahead, so this PC's clock is behind.
    const bool behind = offsetSeconds > 0;
    if (length == Length::Brief)
        return behind ? tr("clock %1 slow").arg(amount) : tr("clock %1 fast").arg(amount);
    return behind ? tr("This PC's clock is %1 behind the server's: please set the correct date and time, or the "
                       "records made here carry the wrong time.").arg(amount)
                  : tr("This PC's clock is %1 ahead of the server's: please set the correct date and time, or the "
                       "records made here carry the wrong time.").arg(amount);
}

} // namespace zt
