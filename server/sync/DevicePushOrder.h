#pragma once
// One device's pushes in device_seq order across the server's threads (decision 39). A PC may send
// its next batch on a second connection before the previous one is answered; the two may then be
// handled on two threads at once. The later batch does what needs no write lock (its body scan and
// test inserts, PushPrecheck) beside the earlier one, then waits here until no earlier batch of the
// device is in progress in this process, and only then takes the write lock. This is scheduling
// only: PushProcessor still answers 409 on a gap (an earlier batch that failed, or one another
// server process handles, or one not yet read when the later one came), and the PC sends it again.

#include <QString>
#include <chrono>
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
        // Waits until no batch of the same device with a lower first device_seq is in progress in this
        // process, at most `timeout` (then it returns false and the caller goes on: 409 gap or
        // answered as usual). Never waits for a batch that entered later on the same thread: a batch
        // in progress is one a thread is handling now, and it waits only for lower seqs, so the
        // lowest one never waits.
        bool waitForEarlier(std::chrono::milliseconds timeout) const;
        // For a batch that would be a gap (its first device_seq is beyond the device's last applied
        // one + 1) while nothing earlier is in progress: the earlier batch may still be on its way in
        // on another connection (its body read, or scanned, on another thread). Waits up to `grace`
        // for an earlier batch to enter, and then for it to end (waitForEarlier). If the earlier batch
        // is queued on this same thread it cannot enter meanwhile: the grace passes and the batch is
        // answered 409 gap, as before; the PC sends it again.
        void waitForLate(std::chrono::milliseconds grace, std::chrono::milliseconds timeout) const;
        // Whether waitForEarlier had to wait (for the log line).
        bool waited() const { return m_waited; }

    private:
        friend class DevicePushOrder;
        Ticket(QString deviceId, qint64 firstSeq, quint64 id);
        QString m_deviceId;
        qint64 m_firstSeq = 0;
        quint64 m_id = 0; // 0: moved from
        mutable bool m_waited = false;
    };

    // Notes a batch of deviceId whose first mutation has firstSeq as in progress.
    static Ticket enter(const QString &deviceId, qint64 firstSeq);
    // Batches in progress in this process (tests).
    static int inProgress();
};

} // namespace zt::server
