#pragma once
// One server thread: its own event loop, database connection (Qt Sql connections belong to the
// thread that made them), SyncHttpServer with its repositories, push processor and row validator,
// and a WorkerSocketServer accepting on the shared listening socket. Nothing it owns is touched by
// another thread; what threads share is the database (with its locks), the log and the
// last_sync_at throttle (both behind mutexes).

#include "ServerConfig.h"
#include "common/Result.h"

#include <QSslConfiguration>
#include <QThread>
#include <memory>
#include <optional>

namespace zt::server {

class ServerDatabase;
class SyncHttpServer;

class HttpWorker
{
public:
    HttpWorker(const ServerConfig &config, const std::optional<QSslConfiguration> &tls, int index);
    // Tears the stack down on its own thread, then stops the thread.
    ~HttpWorker();
    HttpWorker(const HttpWorker &) = delete;
    HttpWorker &operator=(const HttpWorker &) = delete;

    // Starts the thread and builds the stack on it, accepting on listeningSocket (a descriptor this
    // worker now owns); returns when it is ready (or failed).
    Status start(qintptr listeningSocket);

private:
    Status build(qintptr listeningSocket);
    void tearDown();

    ServerConfig m_config;
    std::optional<QSslConfiguration> m_tls;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: what cross-thread calls run against
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<SyncHttpServer> m_http;
};

} // namespace zt::server
