#pragma once
// The one thread that applies push batches (decision 45): its own database connection, repositories,
// row validator and PushProcessor, running PushGroup::serve() until it is stopped. The request
// threads (HttpWorker) hand it their batches and go on reading their other connections; it applies
// whatever is waiting in one transaction, commits once and hands every batch its answer.

#include "ServerConfig.h"
#include "common/Result.h"

#include "storage/WalCheckpointer.h"

#include <QString>
#include <QThread>
#include <memory>

namespace zt::server {

class PushWriter
{
public:
    explicit PushWriter(const ServerConfig &config);
    // Stops the loop (batches still waiting are answered 503) and the thread.
    ~PushWriter();
    PushWriter(const PushWriter &) = delete;
    PushWriter &operator=(const PushWriter &) = delete;

    // Starts the thread, opens its connection and begins to serve; returns when it serves (or failed).
    Status start();

private:
    ServerConfig m_config;
    // SQLite: the writer's checkpoints run there, beside its next group (decision 48). Declared
    // before the thread, so it outlives the writer's last request.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<QThread> m_thread;
    QString m_databaseKey;
};

} // namespace zt::server
