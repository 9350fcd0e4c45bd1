#include "sync/DevicePushOrder.h"

#include <QHash>
#include <QList>
#include <condition_variable>
#include <mutex>

namespace zt::server {

namespace {

struct InProgress
{
    quint64 id = 0;
    qint64 firstSeq = 0;
};

// One table for the process: a handful of devices push at any moment, each with one or two batches.
struct Registry
{
    std::mutex mutex;
    std::condition_variable changed; // a batch of some device entered or ended
    QHash<QString, QList<InProgress>> byDevice;
    quint64 nextId = 1;
    int count = 0;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

DevicePushOrder::Ticket::Ticket(QString deviceId, qint64 firstSeq, quint64 id)
    : m_deviceId(std::move(deviceId)), m_firstSeq(firstSeq), m_id(id)
{
}

DevicePushOrder::Ticket::Ticket(Ticket &&other) noexcept
    : m_deviceId(std::move(other.m_deviceId)), m_firstSeq(other.m_firstSeq), m_id(other.m_id), m_waited(other.m_waited)
{
    other.m_id = 0;
}

DevicePushOrder::Ticket::~Ticket()
{
    if (m_id == 0)
        return;
    Registry &r = registry();
    {
        std::lock_guard lock(r.mutex);
        auto it = r.byDevice.find(m_deviceId);
        if (it != r.byDevice.end()) {
            it->removeIf([this](const InProgress &p) { return p.id == m_id; });
            if (it->isEmpty())
                r.byDevice.erase(it);
        }
        --r.count;
    }
    r.changed.notify_all();
}

namespace {

bool earlierInProgress(const Registry &r, const QString &deviceId, qint64 firstSeq, quint64 id)
{
    const auto it = r.byDevice.constFind(deviceId);
    if (it == r.byDevice.constEnd())
        return false;
    for (const InProgress &p : *it)
        if (p.id != id && p.firstSeq < firstSeq)
            return true;
    return false;
}

} // namespace

bool DevicePushOrder::Ticket::waitForEarlier(std::chrono::milliseconds timeout) const
{
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    const auto none = [&] { return !earlierInProgress(r, m_deviceId, m_firstSeq, m_id); };
    if (none())
        return true;
    m_waited = true;
    return r.changed.wait_for(lock, timeout, none);
}

void DevicePushOrder::Ticket::waitForLate(std::chrono::milliseconds grace, std::chrono::milliseconds timeout) const
{
    {
        Registry &r = registry();
        std::unique_lock lock(r.mutex);
        if (!r.changed.wait_for(lock, grace, [&] { return earlierInProgress(r, m_deviceId, m_firstSeq, m_id); }))
            return;
        m_waited = true;
    }
    waitForEarlier(timeout);
}

DevicePushOrder::Ticket DevicePushOrder::enter(const QString &deviceId, qint64 firstSeq)
{
    Registry &r = registry();
    quint64 id = 0;
    {
        std::lock_guard lock(r.mutex);
        id = r.nextId++;
        r.byDevice[deviceId].append({id, firstSeq});
        ++r.count;
    }
    r.changed.notify_all(); // a later batch of the device may be waiting for this one to arrive
    return Ticket(deviceId, firstSeq, id);
}

int DevicePushOrder::inProgress()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    return r.count;
}

} // namespace zt::server
