#pragma once
// The socket server of one server thread. All threads accept on the same listening socket (each on
// its own dup() of the descriptor HttpWorkerPool listens on), so whichever thread is free takes the
// next connection, makes the socket (and runs the TLS handshake, when configured) on its own thread
// and hands it to its own QHttpServer. Qt HttpServer 6.4 serves a connection on the thread of the
// QTcpServer it came from; this is how several threads share one port.

#include <QSslConfiguration>
#include <QSslServer>
#include <optional>

namespace zt::server {

class WorkerSocketServer : public QSslServer
{
    Q_OBJECT

public:
    // tls: nullopt = plain HTTP (behind a TLS-terminating proxy).
    explicit WorkerSocketServer(const std::optional<QSslConfiguration> &tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_tls = false;
};

} // namespace zt::server
