#pragma once
// One device's pushes in device_seq order across the server's threads (decision 39). A PC may send
// its next batch on a second connection before the previous one is answered; the two may then be
// handled on two threads at once. The later batch does what needs no write lock (its body scan and
// test inserts, PushPrecheck) beside the earlier one; PushGroup's writer then applies it only once no
// earlier batch of the device is in progress in this process. This is scheduling only: PushProcessor
// still answers 409 on a gap (an earlier batch that failed, or one another server process handles,
// or one not yet read when the later one came), and the PC sends it again.

#include <QList>
#include <QString>
#include <memory>

namespace zt::server {

class DevicePushOrder
{
public:
    // A batch in progress from enter() until the ticket is destroyed (after its commit or rollback).
    class Ticket
    {
    public:
        Ticket(Ticket &&other) noexcept;
        Ticket &operator=(Ticket &&) = delete;
        ~Ticket();
        // The batches of the same device with a lower first device_seq that are in progress in this
        // process (their ids): PushGroup's writer applies this batch only once none is left, or once the
        // only ones left are in the group it is forming, ahead of this one.
        QList<quint64> earlier() const;
        quint64 id() const { return m_id; }

    private:
        friend class DevicePushOrder;
        Ticket(QString deviceId, qint64 firstSeq, quint64 id);
        QString m_deviceId;
        qint64 m_firstSeq = 0;
        quint64 m_id = 0; // 0: moved from
    };

    // Notes a batch of deviceId whose first mutation has firstSeq as in progress.
    static Ticket enter(const QString &deviceId, qint64 firstSeq);
    // Batches in progress in this process (tests).
    static int inProgress();
};

} // namespace zt::server
