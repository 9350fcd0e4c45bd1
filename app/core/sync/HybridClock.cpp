#include "sync/HybridClock.h"

#include "common/Clock.h"

#include <algorithm>

namespace zt {

HybridClock::HybridClock(QString deviceId) : m_deviceId(std::move(deviceId)) {}

QString HybridClock::next()
{
    const qint64 wall = Clock::currentMSecsSinceEpoch();
    if (wall > m_lastMsecs) {
        m_lastMsecs = wall;
        m_counter = 0;
    } else if (++m_counter > 0xFFFF) {
        // Counter overflow inside one millisecond: borrow the next millisecond rather than wrap.
        ++m_lastMsecs;
        m_counter = 0;
    }
    return format(m_lastMsecs, static_cast<quint16>(m_counter), m_deviceId);
}

void HybridClock::merge(const QString &stamp)
{
    qint64 ms = 0;
    quint16 counter = 0;
    if (!parse(stamp, &ms, &counter))
        return;
    if (ms > m_lastMsecs || (ms == m_lastMsecs && counter > m_counter)) {
        m_lastMsecs = ms;
        m_counter = counter;
    }
}

QString HybridClock::last() const
{
    return format(m_lastMsecs, static_cast<quint16>(m_counter), m_deviceId);
}

QString HybridClock::format(qint64 msecs, quint16 counter, const QString &deviceId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(static_cast<qulonglong>(msecs), 16, 16, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(deviceId);
}

bool HybridClock::parse(const QString &stamp, qint64 *msecs, quint16 *counter)
{
    // Exactly the text format() writes: 16 and 4 lower-case hex digits. Stamps arrive from the network
    // (server_time, pulled rows); QString's number parsing would also take signs, spaces, "0x" and stop
    // at an embedded NUL, so a damaged stamp could move the clock.
    if (stamp.size() < 22 || stamp.at(16) != QLatin1Char('-') || stamp.at(21) != QLatin1Char('-'))
        return false;
    quint64 ms = 0;
    quint32 c = 0;
    for (int i = 0; i < 21; ++i) {
        if (i == 16)
            continue;
        const char16_t u = stamp.at(i).unicode();
        int digit = -1;
        if (u >= '0' && u <= '9')
            digit = u - '0';
        else if (u >= 'a' && u <= 'f')
            digit = u - 'a' + 10;
        if (digit < 0)
            return false;
        if (i < 16)
            ms = ms * 16 + quint64(digit);
        else
            c = c * 16 + quint32(digit);
    }
    // 48 bits of milliseconds (the year 10889): anything above is damage, and would let the clock's
    // next() overflow.
    if (ms > kMaxMsecs)
        return false;
    *msecs = static_cast<qint64>(ms);
    *counter = static_cast<quint16>(c);
    return true;
}

} // namespace zt
