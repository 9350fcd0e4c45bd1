#pragma once
// SQLite only: a thread of its own that copies the WAL's committed pages into the database file
// (a passive checkpoint) when the push writer asks for it (decision 48). The checkpoint ran on the
// push writer's thread after each group's answers, and while it ran (a fifth of the writer's time in a
// push of 10,000) the next group waited although it was ready. A passive checkpoint and a writer run
// side by side in WAL mode (they take different locks); the checkpoint only needs a connection of its
// own, and this thread is where that connection lives.

#include "ServerConfig.h"
#include "common/Result.h"

#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace zt::server {

class WalCheckpointer
{
public:
    explicit WalCheckpointer(const ServerConfig &config);
    // Finishes a checkpoint in progress, then stops.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens the thread's connection; returns when it is open (or failed).
    Status start();
    // Thread-safe, returns at once: a checkpoint runs soon. Requests that come while one runs are
    // one more checkpoint after it, not one each.
    void request();
    // How many checkpoints ran (for tests).
    int checkpoints() const;

private:
    void run(Status *opened, std::promise<void> *ready);

    ServerConfig m_config;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_checkpoints = 0;
};

} // namespace zt::server
