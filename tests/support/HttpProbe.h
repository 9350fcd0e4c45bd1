#pragma once
// Raw HTTPS requests for tests that must send what a well-behaved client never would (bad JSON,
// wrong types, replays, huge bodies), trusting only the given CA.

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

namespace zt::test {

struct ProbeReply
{
    int status = 0; // 0: no HTTP answer (network or TLS failure)
    QByteArray body;
    QString networkError;
    QJsonObject json() const;
};

class HttpProbe
{
public:
    HttpProbe(QString baseUrl, QString caFile) : m_baseUrl(std::move(baseUrl)), m_caFile(std::move(caFile)) {}
    void setToken(const QString &token) { m_token = token; }
    ProbeReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {}) const;
    // The request send() makes (the CA, the token), for tests that keep several requests in flight.
    QNetworkRequest request(const QString &path) const;
    // The answer of a finished reply.
    static ProbeReply read(QNetworkReply *reply);
    // Logs in with an account and a device id; keeps the access token.
    ProbeReply login(const QString &username, const QString &password, const QString &deviceId, qint64 firstSeq = 1);

private:
    QString m_baseUrl;
    QString m_caFile;
    QString m_token;
};

} // namespace zt::test
