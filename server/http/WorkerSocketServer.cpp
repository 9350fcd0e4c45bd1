#include "http/WorkerSocketServer.h"

namespace zt::server {

WorkerSocketServer::WorkerSocketServer(const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QSslServer(parent), m_tls(tls.has_value())
{
    if (tls)
        setSslConfiguration(*tls);
}

QTcpSocket *WorkerSocketServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket && m_watcher)
        m_watcher(socket);
    return socket;
}

void WorkerSocketServer::incomingConnection(qintptr descriptor)
{
    // QSslServer wraps the connection in a QSslSocket and queues it once the handshake is done;
    // plain QTcpServer queues a QTcpSocket at once. Either way the bound QHttpServer hears of it.
    if (m_tls)
        QSslServer::incomingConnection(descriptor);
    else
        QTcpServer::incomingConnection(descriptor);
}

} // namespace zt::server
