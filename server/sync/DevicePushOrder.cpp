#include "sync/DevicePushOrder.h"

#include <QHash>
#include <QList>
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
    : m_deviceId(std::move(other.m_deviceId)), m_firstSeq(other.m_firstSeq), m_id(other.m_id)
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
}

QList<quint64> DevicePushOrder::Ticket::earlier() const
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    QList<quint64> ids;
    const auto it = r.byDevice.constFind(m_deviceId);
    if (it != r.byDevice.constEnd())
        for (const InProgress &p : *it)
            if (p.id != m_id && p.firstSeq < m_firstSeq)
                ids << p.id;
    return ids;
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
    return Ticket(deviceId, firstSeq, id);
}

int DevicePushOrder::inProgress()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    return r.count;
}

} // namespace zt::server
