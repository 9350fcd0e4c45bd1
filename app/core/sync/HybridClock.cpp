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
    if (stamp.size() < 22 || stamp.at(16) != QLatin1Char('-') || stamp.at(21) != QLatin1Char('-'))
        return false;
    bool okMs = false;
    bool okCounter = false;
    const qulonglong ms = stamp.left(16).toULongLong(&okMs, 16);
    const uint c = stamp.mid(17, 4).toUInt(&okCounter, 16);
    if (!okMs || !okCounter)
        return false;
    *msecs = static_cast<qint64>(ms);
    *counter = static_cast<quint16>(c);
    return true;
}

} // namespace zt
