#pragma once
// A TCP proxy for fault injection between a sync client and the server: it forwards bytes both ways
// (TLS passes through untouched) and, when armed, cuts a connection at a chosen moment. Runs on the
// event loop of the thread that creates it.

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace zt::test {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // After the client has sent at least `bytes` more (counted from now, over all connections), the
    // first bytes the server sends back are dropped and both sides are closed: the server has
    // received and answered the request, the client never gets the answer. Repeated `times` times
    // (Qt's network access resends a request once on its own when a kept-alive connection drops).
    void cutResponseAfterClientSent(qint64 bytes, int times = 1);
    // Refuse every new connection (a network that is down) until called with false.
    void setDown(bool down) { m_down = down; }
    // After the server has sent `bytes` more (counted from now, over all connections), the answer is
    // cut mid-stream: what came before reaches the client, then both sides are closed.
    void cutAfterServerSent(qint64 bytes);
    // After the server has sent `bytes` more (counted from now, over all connections), its answers
    // are held back: the client waits mid-response, as on a line that has stalled, until the
    // connection closes. Lets a test stop a client part-way through a long pull at a known point
    // instead of racing it.
    void holdAfterServerSent(qint64 bytes);
    bool holding() const { return m_holding; }
    // Refuse new connections after the next cut (a line that stays down), until setDown(false).
    void setDownAfterCut(bool down) { m_downAfterCut = down; }
    // Bytes forwarded so far (TLS records included), for tests that assert how much was resent.
    qint64 clientBytes() const { return m_clientBytes; }
    qint64 serverBytes() const { return m_serverBytes; }
    void disarm() { m_armed = false; m_cutDownstreamAt = -1; m_holdAt = -1; m_holding = false; }
    // Send new connections to another port (a restarted server).
    void setTargetPort(quint16 port) { m_targetPort = port; }
    int cuts() const { return m_cuts; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_armed = false;
    bool m_down = false;
    qint64 m_threshold = 0;
    qint64 m_sentSinceArmed = 0;
    int m_cutsLeft = 0;
    int m_cuts = 0;
    qint64 m_cutDownstreamAt = -1; // -1: not armed
    qint64 m_downstreamSinceArmed = 0;
    bool m_downAfterCut = false;
    qint64 m_holdAt = -1; // -1: not armed
    qint64 m_downstreamSinceHold = 0;
    bool m_holding = false;
    qint64 m_clientBytes = 0;
    qint64 m_serverBytes = 0;
};

} // namespace zt::test
