#pragma once
// The socket server of one server thread. All threads accept on the same listening socket (each on
// its own dup() of the descriptor HttpWorkerPool listens on), so whichever thread is free takes the
// next connection, makes the socket (and runs the TLS handshake, when configured) on its own thread
// and hands it to its own QHttpServer. Qt HttpServer 6.4 serves a connection on the thread of the
// QTcpServer it came from; this is how several threads share one port.

#include <QSslConfiguration>
#include <QSslServer>
#include <functional>
#include <optional>

namespace zt::server {

class WorkerSocketServer : public QSslServer
{
    Q_OBJECT

public:
    // tls: nullopt = plain HTTP (behind a TLS-terminating proxy).
    explicit WorkerSocketServer(const std::optional<QSslConfiguration> &tls, QObject *parent = nullptr);

    // Called with each connection as it is handed to the HTTP server, before the HTTP server
    // connects to it: a slot the watcher connects to the socket's readyRead runs before the HTTP
    // server's, i.e. it sees each piece of a request before the request is parsed.
    void setConnectionWatcher(std::function<void(QTcpSocket *)> watcher) { m_watcher = std::move(watcher); }
    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_tls = false;
    std::function<void(QTcpSocket *)> m_watcher;
};

} // namespace zt::server
