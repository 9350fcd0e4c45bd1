#include "sync/PushGroup.h"

#include "JsonLog.h"
#include "common/ThreadCpuTime.h"
#include "storage/ServerDatabase.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <ctime>

namespace zt::server {

namespace {

PushOutcome unavailable()
{
    return {503, {{QStringLiteral("error"), QStringLiteral("unavailable")},
                  {QStringLiteral("reason"), QStringLiteral("a database error; try again later")}}};
}

// While a batch waits for an earlier one of its device, the writer looks again this often (an
// earlier batch ends in the writer itself, or comes in on a request thread).
constexpr std::chrono::milliseconds kRecheck{2};

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

void PushGroup::submit(std::unique_ptr<Job> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_serving && !m_stopping) {
            job->queued.start();
            m_waiting.push_back(std::move(job));
            m_changed.notify_all();
            return;
        }
    }
    job->answer(unavailable());
}

void PushGroup::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_changed.notify_all();
}

PushGroup::Group PushGroup::take(std::chrono::milliseconds *retry)
{
    Group group;
    QSet<quint64> inGroup;
    qsizetype mutations = 0;
    *retry = std::chrono::milliseconds::zero();
    for (auto it = m_waiting.begin(); it != m_waiting.end() && group.size() < size_t(kMaxBatches);) {
        Job &job = **it;
        const auto waited = std::chrono::milliseconds(job.queued.elapsed());
        bool later = false;
        if (waited < kWaitForEarlierBatch) {
            // An earlier batch of the device still in progress (read, checked, or waiting here) and
            // not ahead of this one in the group: this one goes after it.
            const QList<quint64> earlier = job.ticket.earlier();
            for (quint64 id : earlier)
                later = later || !inGroup.contains(id);
            if (later) {
                job.precheck.setWaitedForEarlier(true);
                job.maybeLate = false; // its predecessor is here; if that one fails, this is a gap at once
            } else if (earlier.isEmpty() && job.maybeLate && waited < kLateBatchGrace) {
                later = true; // its predecessor may still be on its way in
            }
        }
        if (later) {
            *retry = kRecheck;
            ++it;
            continue;
        }
        const qsizetype size = job.batch.mutations.size();
        if (!group.empty() && mutations + size > kMaxMutations)
            break;
        inGroup.insert(job.ticket.id());
        mutations += size;
        group.push_back(std::move(*it));
        it = m_waiting.erase(it);
    }
    return group;
}

void PushGroup::serve(ServerDatabase &db, const ApplyBatch &apply, const std::function<void()> &serving)
{
    std::unique_lock lock(m_mutex);
    m_serving = true;
    m_stopping = false;
    if (serving)
        serving();
    while (!m_stopping) {
        std::chrono::milliseconds retry{};
        Group group = take(&retry);
        if (group.empty()) {
            if (retry > std::chrono::milliseconds::zero())
                m_changed.wait_for(lock, retry);
            else
                m_changed.wait(lock);
            continue;
        }
        lock.unlock();
        std::vector<PushOutcome> answers = lead(db, apply, group);
        for (size_t i = 0; i < group.size(); ++i)
            group[i]->answer(std::move(answers[i]));
        group.clear(); // the tickets end: the devices' next batches may go
        // SQLite's checkpoint after the answers are on their way, not before (decision 45); the push
        // writer hands it to its checkpoint thread (decision 48).
        db.checkpointIfDue();
        lock.lock();
    }
    m_serving = false;
    std::deque<std::unique_ptr<Job>> left;
    left.swap(m_waiting);
    lock.unlock();
    for (const std::unique_ptr<Job> &job : left)
        job->answer(unavailable());
}

std::vector<PushOutcome> PushGroup::lead(ServerDatabase &db, const ApplyBatch &apply, const Group &group)
{
    std::vector<PushOutcome> answers;
    answers.reserve(group.size());
    // Every batch of the group fails: nothing of it is committed, so each device sends it again.
    auto failAll = [&](const QString &why) {
        db.rollback();
        JsonLog::error(QStringLiteral("push.db_error"), {{QStringLiteral("reason"), why}, {QStringLiteral("batches"), qint64(group.size())}});
        answers.clear();
        for (size_t i = 0; i < group.size(); ++i)
            answers.push_back(unavailable());
        return answers;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = ThreadCpuTime::ms();
    if (Status s = db.beginWrite(); !s) {
        for (size_t i = 0; i < group.size(); ++i)
            answers.push_back(PushOutcome{503, {{QStringLiteral("error"), QStringLiteral("busy")}, {QStringLiteral("reason"), s.error().message}}});
        return answers;
    }
    const double beginMs = double(timer.nsecsElapsed() / 1000) / 1000.0;
    // A batch alone needs no savepoint: undoing it is undoing the transaction.
    const bool alone = group.size() == 1;
    qsizetype kept = 0;
    qsizetype mutations = 0;
    for (const std::unique_ptr<Job> &job : group) {
        mutations += job->batch.mutations.size();
        if (!alone)
            if (Status s = db.savepoint(); !s)
                return failAll(s.error().message);
        Applied applied = apply(job->scope, job->batch, job->precheck);
        answers.push_back(std::move(applied.outcome));
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
    const double appliedMs = double(timer.nsecsElapsed() / 1000) / 1000.0;
    if (Status s = db.commit(ServerDatabase::Checkpoint::Later); !s)
        return failAll(s.error().message);
    const double ms = double(timer.nsecsElapsed() / 1000) / 1000.0;
    JsonLog::info(QStringLiteral("push.group"), {{QStringLiteral("batches"), qint64(group.size())},
                                                 {QStringLiteral("kept"), kept},
                                                 {QStringLiteral("mutations"), mutations},
                                                 {QStringLiteral("begin_ms"), beginMs},
                                                 {QStringLiteral("commit_ms"), double(qRound64((ms - appliedMs) * 1000.0)) / 1000.0},
                                                 {QStringLiteral("cpu_ms"), double(qRound64((ThreadCpuTime::ms() - cpuBefore) * 1000.0)) / 1000.0},
                                                 {QStringLiteral("ms"), ms}});
    return answers;
}

} // namespace zt::server
