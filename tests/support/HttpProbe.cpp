#include "HttpProbe.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace zt::test {

QJsonObject ProbeReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QNetworkRequest HttpProbe::request(const QString &path) const
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    QFile ca(m_caFile);
    ca.open(QIODevice::ReadOnly);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30'000);
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    return request;
}

ProbeReply HttpProbe::send(const QByteArray &verb, const QString &path, const QByteArray &body) const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request(path), verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ProbeReply r = read(reply);
    delete reply;
    return r;
}

ProbeReply HttpProbe::read(QNetworkReply *reply)
{
    ProbeReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    return r;
}

ProbeReply HttpProbe::login(const QString &username, const QString &password, const QString &deviceId, qint64 firstSeq)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password},
                                                      {QStringLiteral("device_id"), deviceId},
                                                      {QStringLiteral("first_device_seq"), firstSeq}})
                                .toJson(QJsonDocument::Compact);
    ProbeReply r = send("POST", QStringLiteral("/api/v1/auth/login"), body);
    m_token = r.json().value(QStringLiteral("access_token")).toString();
    return r;
}

} // namespace zt::test
