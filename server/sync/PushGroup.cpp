#include "sync/PushGroup.h"

#include "JsonLog.h"
#include "storage/ServerDatabase.h"

#include <QElapsedTimer>
#include <QHash>
#include <memory>

namespace zt::server {

namespace {

PushOutcome unavailable()
{
    return {503, {{QStringLiteral("error"), QStringLiteral("unavailable")},
                  {QStringLiteral("reason"), QStringLiteral("a database error; try again later")}}};
}

} // namespace

PushGroup &PushGroup::of(const QString &databaseKey)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<PushGroup>> groups; // never removed: one per database
    QMutexLocker lock(&mutex);
    std::shared_ptr<PushGroup> &group = groups[databaseKey];
    if (!group)
        group = std::make_shared<PushGroup>();
    return *group;
}

PushOutcome PushGroup::push(ServerDatabase &db, const ApplyBatch &apply, const Scope &scope, const sync::PushBatch &batch,
                            const PushPrecheck &precheck)
{
    Member self;
    self.scope = &scope;
    self.batch = &batch;
    self.precheck = &precheck;
    QMutexLocker lock(&m_mutex);
    m_waiting.append(&self);
    for (;;) {
        while (!self.outcome && m_leading)
            m_answered.wait(&m_mutex);
        if (self.outcome)
            return std::move(*self.outcome);
        // Nobody holds the write lock for a group: this thread takes the waiting batches, in the
        // order they came (its own among them, unless the group is full before it: then it leads
        // again or is taken along by the next leader).
        m_leading = true;
        QList<Member *> group;
        qsizetype mutations = 0;
        while (!m_waiting.isEmpty() && group.size() < kMaxBatches) {
            const qsizetype size = m_waiting.first()->batch->mutations.size();
            if (!group.isEmpty() && mutations + size > kMaxMutations)
                break;
            group << m_waiting.takeFirst();
            mutations += size;
        }
        lock.unlock();
        QList<PushOutcome> answers = lead(db, apply, group);
        lock.relock();
        // The answers are handed over under the mutex: a waiting thread reads its own only here.
        for (qsizetype i = 0; i < group.size(); ++i)
            group[i]->outcome = std::move(answers[i]);
        m_leading = false;
        m_answered.wakeAll();
    }
}

QList<PushOutcome> PushGroup::lead(ServerDatabase &db, const ApplyBatch &apply, const QList<Member *> &group)
{
    QList<PushOutcome> answers;
    answers.reserve(group.size());
    // Every batch of the group fails: nothing of it is committed, so each device sends it again.
    auto failAll = [&](const QString &why) {
        db.rollback();
        JsonLog::error(QStringLiteral("push.db_error"), {{QStringLiteral("reason"), why}, {QStringLiteral("batches"), group.size()}});
        answers.clear();
        for (qsizetype i = 0; i < group.size(); ++i)
            answers << unavailable();
        return answers;
    };
    QElapsedTimer timer;
    timer.start();
    if (Status s = db.beginWrite(); !s) {
        for (qsizetype i = 0; i < group.size(); ++i)
            answers << PushOutcome{503, {{QStringLiteral("error"), QStringLiteral("busy")}, {QStringLiteral("reason"), s.error().message}}};
        return answers;
    }
    // A batch alone needs no savepoint: undoing it is undoing the transaction.
    const bool alone = group.size() == 1;
    qsizetype kept = 0;
    qsizetype mutations = 0;
    for (const Member *member : group) {
        mutations += member->batch->mutations.size();
        if (!alone)
            if (Status s = db.savepoint(); !s)
                return failAll(s.error().message);
        Applied applied = apply(*member->scope, *member->batch, *member->precheck);
        answers << std::move(applied.outcome);
        if (applied.keep)
            ++kept;
        if (alone)
            continue;
        if (Status s = applied.keep ? db.releaseSavepoint() : db.rollbackToSavepoint(); !s)
            return failAll(s.error().message);
    }
    if (kept == 0) {
        db.rollback();
        return answers;
    }
    // (The WAL checkpoint a commit may make due is run by PushProcessor before the thread's next push
    // joins a group: here the waiting batches and the next group would wait for it.)
    if (Status s = db.commit(ServerDatabase::Checkpoint::Later); !s)
        return failAll(s.error().message);
    JsonLog::info(QStringLiteral("push.group"), {{QStringLiteral("batches"), group.size()},
                                                 {QStringLiteral("kept"), kept},
                                                 {QStringLiteral("mutations"), mutations},
                                                 {QStringLiteral("ms"), double(timer.nsecsElapsed() / 1000) / 1000.0}});
    return answers;
}

} // namespace zt::server
