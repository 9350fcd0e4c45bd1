#pragma once
// Hybrid logical clock: 48-bit milliseconds + 16-bit counter + device id. Orders a device's own
// events and the case timeline; never used as a sync cursor or to pick a conflict winner.
// Text form "0000018c3a5f2b10-0001-<device id>" sorts the same as the clock.

#include <QString>
#include <QtGlobal>

namespace zt {

class HybridClock
{
public:
    explicit HybridClock(QString deviceId = {});

    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    QString deviceId() const { return m_deviceId; }

    // A new stamp, strictly greater than every stamp this clock made or merged.
    QString next();
    // Take in a stamp seen from elsewhere (a pulled row, a server_time), so later stamps follow it.
    void merge(const QString &stamp);
    QString last() const;

    static constexpr quint64 kMaxMsecs = (quint64(1) << 48) - 1;

    static QString format(qint64 msecs, quint16 counter, const QString &deviceId);
    static bool parse(const QString &stamp, qint64 *msecs, quint16 *counter);

private:
    QString m_deviceId;
    qint64 m_lastMsecs = 0;
    quint32 m_counter = 0;
};

} // namespace zt
