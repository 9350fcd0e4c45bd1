#pragma once
// Group commit of pushes (server/README.md decision 40). Every push waits for the one write lock
// (decision 8) and then paid a COMMIT with its fsync of its own (decision 27): with 200 devices
// pushing at once they queued one after another. Now the pushes that are waiting when the lock
// comes free go in together: the first of them (the leader) applies every waiting batch in ONE
// write transaction on its own connection, each in its own savepoint, commits once, and then hands
// each waiting thread its own answer. A batch whose answer is not 200 (409 gap or fork, 403, a
// database error inside it) is undone to its savepoint alone; the others stay. A failed COMMIT
// (or a savepoint that cannot be undone) fails every batch of the group with 503: none of them is
// durable, so each device sends again. Nobody is answered before the COMMIT has returned.
//
// Seq order = commit order still holds: the group's batches draw their seqs in order inside one
// transaction that holds the write lock. Two batches of one device in a group are applied in the
// order they arrived, each seeing the one before (the same transaction).

#include "sync/PushOutcome.h"
#include "sync/PushBatch.h"
#include "sync/Scope.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <functional>
#include <optional>

namespace zt::server {

class PushPrecheck;
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
    // The batch's precheck travels with it: it was made on the thread that received the batch
    // (decision 39), and the leader applies the batch on its own connection and processor.
    using ApplyBatch = std::function<Applied(const Scope &, const sync::PushBatch &, const PushPrecheck &)>;

    // The group of every connection to one database (a key from ServerDatabase::identity(): one
    // server process serves one database, a test process may hold two).
    static PushGroup &of(const QString &databaseKey);

    // Answers batch once its transaction has committed or failed. db and apply are the calling
    // thread's own: they are used only if this thread becomes the leader of a group.
    PushOutcome push(ServerDatabase &db, const ApplyBatch &apply, const Scope &scope, const sync::PushBatch &batch,
                     const PushPrecheck &precheck);

    // A group stops growing at this many batches or mutations (whichever comes first; the first
    // batch always goes in): the first device of a group waits for all of them.
    static constexpr int kMaxBatches = 64;
    static constexpr int kMaxMutations = 4000;

private:
    struct Member
    {
        const Scope *scope = nullptr;
        const sync::PushBatch *batch = nullptr;
        const PushPrecheck *precheck = nullptr;
        std::optional<PushOutcome> outcome;
    };
    // The group's transaction on the leader's connection: the answers, in the group's order.
    QList<PushOutcome> lead(ServerDatabase &db, const ApplyBatch &apply, const QList<Member *> &group);

    QMutex m_mutex;
    QWaitCondition m_answered;
    QList<Member *> m_waiting; // arrival order
    bool m_leading = false;
};

} // namespace zt::server
