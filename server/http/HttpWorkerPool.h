#pragma once
// The server's threads (server/README.md, "Threads"): the pool listens on the port, and each of N
// HttpWorkers accepts on that same socket (its own dup() of the descriptor) whenever its event loop
// is free, then serves every request of the connections it accepted. A device's requests on its
// keep-alive connection therefore stay in order on one thread; different devices are served at the
// same time. Writers still serialise in the database (SQLite: one writer; PostgreSQL: the seq
// advisory lock), so commit order = seq order.

#include "ServerConfig.h"
#include "common/Result.h"

#include <QTcpServer>
#include <memory>
#include <vector>

namespace zt::server {

class HttpWorker;
class PushWriter;

class HttpWorkerPool
{
public:
    explicit HttpWorkerPool(const ServerConfig &config);
    ~HttpWorkerPool();

    // Listens on the configured address and port and starts config.threads workers on it.
    // Returns the port actually bound (the configured one, or a free one for port 0).
    Result<quint16> start();
    int threads() const { return int(m_workers.size()); }

private:
    ServerConfig m_config;
    QTcpServer m_listener; // owns the listening socket; never accepts itself (the workers do)
    std::unique_ptr<PushWriter> m_writer; // applies every worker's push batches (decision 45)
    std::vector<std::unique_ptr<HttpWorker>> m_workers;
};

} // namespace zt::server
