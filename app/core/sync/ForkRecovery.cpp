#include "sync/ForkRecovery.h"

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "sync/SyncClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>

namespace zt {

Status ForkRecovery::run()
{
    SyncStateRepository state(m_store);
    const QList<QPair<qint64, QString>> unanswered = state.unansweredMutationIds();
    QJsonArray mutations;
    for (const auto &[seq, id] : unanswered)
        mutations.append(QJsonObject{{QStringLiteral("device_seq"), seq}, {QStringLiteral("mutation_id"), id}});
    const QString newId = Uuid7::generate();
    const qint64 next = unanswered.isEmpty() ? state.firstUnsentSeq() : unanswered.last().first + 1;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("new_device_id"), newId},
                                                      {QStringLiteral("device_name"), QSysInfo::machineHostName()},
                                                      {QStringLiteral("next_device_seq"), next},
                                                      {QStringLiteral("station_id"), m_store.stationId()},
                                                      {QStringLiteral("device_letter"), QString(m_store.deviceLetter())},
                                                      {QStringLiteral("mutations"), mutations}})
                                .toJson(QJsonDocument::Compact);

    if (!m_client.hasAccessToken())
        if (Status s = m_client.refreshAccessToken(); !s)
            return s;
    QNetworkReply *reply = m_client.network().post(m_client.prepareRequest(QStringLiteral("/sync/v1/fork"), true), body);
    m_client.watch(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || reply->property("zt_pin_mismatch").toBool())
        return m_client.transportError(reply);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    if (status != 200)
        return Error{QStringLiteral("sync.fork"),
                     tr("This data file is a copy of another PC's (or a restored backup), and the server could not "
                        "enrol it as a new PC: %1").arg(o.value(QStringLiteral("reason")).toString())};

    QList<qint64> known;
    for (const QJsonValue &v : o.value(QStringLiteral("known")).toArray())
        known.append(v.toInteger());
    if (Status s = state.markAnsweredElsewhere(known); !s)
        return s;
    // The twin goes on with the old letter; this copy draws its case numbers with the one the
    // server gave it (decision 19), saved before the new identity so that a crash in between
    // costs at most a letter.
    const QString letter = o.value(QStringLiteral("device_letter")).toString();
    if (letter.size() == 1 && letter.at(0) != m_store.deviceLetter()) {
        if (Status s = m_store.setUpDevice(m_store.stationId(), letter.at(0)); !s)
            return s;
        m_newLetter = letter.at(0);
    }
    // The new identity and its token are saved before anything is sent under them.
    if (Status s = m_store.changeDeviceId(o.value(QStringLiteral("device_id")).toString()); !s)
        return s;
    SyncSettings settings = state.settings();
    settings.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    if (Status s = state.saveSettings(settings); !s)
        return s;
    m_client.takeServerTime(o.value(QStringLiteral("server_time")).toString());
    return m_client.refreshAccessToken();
}

} // namespace zt
