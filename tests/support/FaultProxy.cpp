#include "FaultProxy.h"

#include <QTcpSocket>
#include <memory>

namespace zt::test {

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::cutResponseAfterClientSent(qint64 bytes, int times)
{
    m_armed = times > 0;
    m_cutsLeft = times;
    m_threshold = bytes;
    m_sentSinceArmed = 0;
}

void FaultProxy::cutAfterServerSent(qint64 bytes)
{
    m_cutDownstreamAt = bytes;
    m_downstreamSinceArmed = 0;
}

void FaultProxy::holdAfterServerSent(qint64 bytes)
{
    m_holdAt = bytes;
    m_downstreamSinceHold = 0;
    m_holding = false;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_down) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        auto closeBoth = [client, upstream] {
            client->abort();
            upstream->abort();
            client->deleteLater();
        };
        // Bytes the client sends before the upstream connection is up wait here.
        auto early = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, early] {
            const QByteArray data = client->readAll();
            m_clientBytes += data.size();
            if (m_armed)
                m_sentSinceArmed += data.size();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                early->append(data);
        });
        connect(upstream, &QTcpSocket::connected, this, [upstream, early] {
            upstream->write(*early);
            early->clear();
        });
        // A server that is down: the client sees its connection closed, as it would without us.
        connect(upstream, &QTcpSocket::errorOccurred, this, [closeBoth](QAbstractSocket::SocketError) { closeBoth(); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream, closeBoth] {
            const QByteArray data = upstream->readAll();
            if (m_armed && m_sentSinceArmed >= m_threshold) {
                m_armed = --m_cutsLeft > 0;
                m_sentSinceArmed = 0;
                ++m_cuts;
                m_down = m_down || m_downAfterCut;
                closeBoth();
                return;
            }
            if (m_cutDownstreamAt >= 0 && m_downstreamSinceArmed + data.size() >= m_cutDownstreamAt) {
                const QByteArray part = data.left(m_cutDownstreamAt - m_downstreamSinceArmed);
                m_cutDownstreamAt = -1;
                ++m_cuts;
                m_down = m_down || m_downAfterCut;
                m_serverBytes += part.size();
                client->write(part);
                client->flush();
                closeBoth();
                return;
            }
            if (m_holding)
                return; // dropped: the connection is never released, only closed
            if (m_holdAt >= 0 && m_downstreamSinceHold + data.size() >= m_holdAt) {
                const QByteArray part = data.left(m_holdAt - m_downstreamSinceHold);
                m_holding = true;
                m_serverBytes += part.size();
                client->write(part);
                return;
            }
            if (m_holdAt >= 0)
                m_downstreamSinceHold += data.size();
            if (m_cutDownstreamAt >= 0)
                m_downstreamSinceArmed += data.size();
            m_serverBytes += data.size();
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace zt::test
