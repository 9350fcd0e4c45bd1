#pragma once
// Group commit of pushes (server/README.md decisions 40 and 45). Every push needs the one write lock
// (decision 8) and a COMMIT with its fsync (decision 27). The request threads do what needs no lock
// (authentication, the body scan, PushPrecheck) and hand the batch here without waiting for it
// (submit()); one writer thread per database (http/PushWriter, serve()) takes the batches waiting
// at that moment, applies them in ONE write transaction on its own connection, each in its own
// savepoint, commits once, and then hands each batch its own answer. A batch whose answer is not
// 200 (409 gap or fork, a database error inside it) is undone to its savepoint alone; the others
// stay. A failed COMMIT (or a savepoint that cannot be undone) fails every batch of the group with
// 503: none of them is durable, so each device sends again. Nobody is answered before the COMMIT
// has returned.
//
// Before decision 45 the request threads themselves waited here (one of them leading the group),
// so a thread waiting for the lock read none of its other connections: with 200 devices on 8
// threads the pushes queued behind each other's waits, and a group was at most as large as the
// number of threads.
//
// Seq order = commit order still holds: the group's batches draw their seqs in order inside one
// transaction that holds the write lock. One device's batches go in device_seq order
// (DevicePushOrder, decision 39): a batch waits in the queue while an earlier batch of its device is
// still in progress outside the group being formed.

#include "sync/DevicePushOrder.h"
#include "sync/PushBatch.h"
#include "sync/PushOutcome.h"
#include "sync/PushPrecheck.h"
#include "sync/Scope.h"

#include <QElapsedTimer>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace zt::server {

class ServerDatabase;

class PushGroup
{
public:
    // One batch applied inside the group's transaction: its answer, and whether its writes stay
    // (false: they are undone to the batch's savepoint, or the whole transaction when alone).
    struct Applied
    {
        PushOutcome outcome;
        bool keep = false;
    };
    // The writer applies every batch with its own connection and processor; the precheck was made
    // on the thread that received the batch (decision 39).
    using ApplyBatch = std::function<Applied(const Scope &, const sync::PushBatch &, const PushPrecheck &)>;
    // Runs on the writer's thread once the batch's transaction has committed or failed (the caller
    // takes the answer to its own thread).
    using Answer = std::function<void(PushOutcome)>;

    // A batch handed to the writer, with everything it needs (plain values: the request thread does
    // not touch them after submit()).
    struct Job
    {
        Job(Scope s, sync::PushBatch b, DevicePushOrder::Ticket t) : scope(std::move(s)), batch(std::move(b)), ticket(std::move(t)) {}
        Scope scope;
        sync::PushBatch batch;
        PushPrecheck precheck;
        DevicePushOrder::Ticket ticket; // ends after the group's COMMIT, when the batch is answered
        // Its first device_seq was beyond the device's last applied one + 1 while no earlier batch of
        // the device was in progress: its predecessor may still be on its way in (decision 39's grace).
        bool maybeLate = false;
        Answer answer;
        QElapsedTimer queued;
    };

    // The group of every connection to one database (a key from ServerDatabase::identity(): one
    // server process serves one database, a test process may hold two).
    static PushGroup &of(const QString &databaseKey);

    // Queues the batch for the writer and returns at once. With no writer serving this database the
    // batch is answered 503 at once (on this thread).
    void submit(std::unique_ptr<Job> job);

    // The writer's loop, on its own thread and connection, until stop(): takes the batches that may
    // go now, applies them in one transaction with `apply`, answers each, again.
    // `serving` is called once batches are taken (submit() no longer answers 503).
    void serve(ServerDatabase &db, const ApplyBatch &apply, const std::function<void()> &serving);
    // Ends serve(); batches still waiting are answered 503 (each device sends again).
    void stop();

    // A group stops growing at this many batches or mutations (whichever comes first; the first
    // batch always goes in).
    static constexpr int kMaxBatches = 64;
    static constexpr int kMaxMutations = 1000;
    // How long a batch waits for the same device's earlier batch to end (it is being handled, so it
    // ends; the bound only keeps a stuck one from holding the batch). Then: answered as usual.
    static constexpr std::chrono::milliseconds kWaitForEarlierBatch{10'000};
    // How long a batch that would be a gap waits for its predecessor to come in (sent first, on
    // another connection, its body may still be read or scanned on another thread). A real gap is
    // answered this much later.
    static constexpr std::chrono::milliseconds kLateBatchGrace{200};

private:
    using Group = std::vector<std::unique_ptr<Job>>;
    // Under m_mutex: the waiting batches that may go now, in arrival order. *retry: when to look
    // again for batches left waiting for an earlier one (none: wait for the next submit()).
    Group take(std::chrono::milliseconds *retry);
    // The group's transaction on the writer's connection: the answers, in the group's order.
    std::vector<PushOutcome> lead(ServerDatabase &db, const ApplyBatch &apply, const Group &group);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Job>> m_waiting; // arrival order
    bool m_serving = false;
    bool m_stopping = false;
};

} // namespace zt::server
