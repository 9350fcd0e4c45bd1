#include "http/HttpWorkerPool.h"

#include "http/HttpWorker.h"
#include "http/PushWriter.h"
#include "http/SyncHttpServer.h"

#include <unistd.h>

namespace zt::server {

HttpWorkerPool::HttpWorkerPool(const ServerConfig &config) : m_config(config)
{
}

HttpWorkerPool::~HttpWorkerPool()
{
    // The writer first: the batches it still holds are answered (503) while their workers are
    // there to send the answers. Then every worker closes its connections, its copy of the
    // listening socket and its database connection on its own thread.
    m_writer.reset();
    m_workers.clear();
}

Result<quint16> HttpWorkerPool::start()
{
    auto tls = SyncHttpServer::tlsConfiguration(m_config);
    if (!tls)
        return tls.error();
    // 200 PCs reconnecting at once (after the network came back) must not overflow the kernel's
    // queue of connections not yet accepted (Qt's default is 50).
    m_listener.setListenBacklogSize(1024);
    if (!m_listener.listen(m_config.listenAddress, m_config.port))
        return Error{QStringLiteral("server.listen_failed"),
                     QStringLiteral("Cannot listen on %1:%2: %3.")
                         .arg(m_config.listenAddress.toString()).arg(m_config.port).arg(m_listener.errorString())};
    m_listener.pauseAccepting();
    m_writer = std::make_unique<PushWriter>(m_config);
    if (Status s = m_writer->start(); !s)
        return s.error();
    for (int i = 0; i < std::max(1, m_config.threads); ++i) {
        const int descriptor = ::dup(int(m_listener.socketDescriptor()));
        if (descriptor < 0)
            return Error{QStringLiteral("server.listen_failed"), QStringLiteral("Cannot share the listening socket.")};
        m_workers.push_back(std::make_unique<HttpWorker>(m_config, tls.value(), i));
        if (Status s = m_workers.back()->start(descriptor); !s)
            return s.error();
    }
    return m_listener.serverPort();
}

} // namespace zt::server
