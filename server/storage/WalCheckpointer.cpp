#include "storage/WalCheckpointer.h"

#include "storage/ServerDatabase.h"

#include <pthread.h>

namespace zt::server {

WalCheckpointer::WalCheckpointer(const ServerConfig &config) : m_config(config)
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status WalCheckpointer::start()
{
    Status opened;
    std::promise<void> ready;
    std::future<void> started = ready.get_future();
    m_thread = std::thread([this, &opened, &ready] { run(&opened, &ready); });
    started.wait();
    return opened;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run(Status *opened, std::promise<void> *ready)
{
    pthread_setname_np(pthread_self(), "wal-checkpoint");
    // The connection is made, used and closed on this thread (Qt Sql's rule).
    auto db = ServerDatabase::connect(m_config);
    if (!db)
        *opened = db.error();
    ready->set_value();
    if (!db)
        return;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        db.value()->checkpointNow();
        lock.lock();
        ++m_checkpoints;
    }
    lock.unlock();
    db.value().reset();
}

} // namespace zt::server
