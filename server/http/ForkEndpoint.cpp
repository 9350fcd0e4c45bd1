#include "http/ForkEndpoint.h"

#include "JsonLog.h"
#include "http/MaintenanceMode.h"
#include "storage/AccountRepository.h"
#include "storage/DeviceLetterRepository.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "sync/PushProcessor.h"
#include "sync/Scope.h"
#include "sync/SyncLimits.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zt::server {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QHttpServerResponse refusal(HttpStatus status, const QString &error, const QString &reason)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("reason"), reason}}, status);
}

} // namespace

ForkEndpoint::ForkEndpoint(const ServerConfig &config, ServerDatabase &db, AccountRepository &accounts, RowStore &rows,
                           const MaintenanceMode &maintenance, Authorise authorise)
    : m_config(config), m_db(db), m_accounts(accounts), m_rows(rows), m_maintenance(maintenance),
      m_authorise(std::move(authorise))
{
}

QHttpServerResponse ForkEndpoint::handle(const QHttpServerRequest &request)
{
    if (auto closed = m_maintenance.refusal())
        return std::move(*closed);
    auto scope = m_authorise(request);
    if (!scope)
        return refusal(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), scope.error().message);
    if (request.body().size() > std::min(sync::kMaxBatchBytes, m_config.maxBodyBytes))
        return refusal(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"), QStringLiteral("the body is too large"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject o = doc.object();
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString newId = o.value(QStringLiteral("new_device_id")).toString();
    const qint64 next = o.value(QStringLiteral("next_device_seq")).toInteger(-1);
    const QJsonArray mutations = o.value(QStringLiteral("mutations")).toArray();
    if (!doc.isObject() || !uuid.match(newId).hasMatch() || newId == scope->deviceId || next < 1
        || mutations.size() > 100'000)
        return refusal(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                       QStringLiteral("new_device_id (a new UUID), next_device_seq and mutations are required"));

    if (Status s = m_db.beginWrite(); !s)
        return refusal(HttpStatus::ServiceUnavailable, QStringLiteral("busy"), QStringLiteral("try again later"));
    QJsonArray known;
    qint64 first = next;
    for (const QJsonValue &v : mutations) {
        const qint64 seq = v.toObject().value(QStringLiteral("device_seq")).toInteger(-1);
        const QString mutationId = v.toObject().value(QStringLiteral("mutation_id")).toString();
        auto logged = m_rows.loggedMutation(scope->deviceId, seq);
        if (!logged) {
            m_db.rollback();
            return refusal(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        }
        if (logged.value() && logged.value()->mutationId == mutationId)
            known.append(seq); // made before the copy, already applied from the twin
        else if (seq >= 1)
            first = std::min(first, seq);
    }
    auto enrolled = m_accounts.enrol(scope->accountId, newId, o.value(QStringLiteral("device_name")).toString(), first);
    if (!enrolled) {
        m_db.rollback();
        if (enrolled.error().code == QLatin1String("auth.device_taken"))
            return refusal(HttpStatus::Conflict, enrolled.error().code, enrolled.error().message);
        return refusal(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    // The copy's case numbers get a letter of their own (decision 19): the twin keeps the old one.
    // The station is the one the copy names if it is in the account's scope (a district PC), else
    // the station account's own; a client that sends no letter (older versions) gets none.
    QString stationId = o.value(QStringLiteral("station_id")).toString();
    if (!scope->contains(stationId))
        stationId = scope->stationIds.size() == 1 ? *scope->stationIds.cbegin() : QString();
    const QString oldLetter = o.value(QStringLiteral("device_letter")).toString();
    QString letter;
    if (!stationId.isEmpty() && oldLetter.size() == 1) {
        auto assigned = DeviceLetterRepository(m_db).assign(stationId, scope->deviceId, oldLetter, enrolled->deviceId);
        if (!assigned) {
            m_db.rollback();
            return refusal(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        }
        letter = assigned.value();
    }
    auto access = m_accounts.issueAccessToken(enrolled->deviceId, enrolled->refreshToken, m_config.accessTokenSeconds);
    if (!access || !m_db.commit()) {
        m_db.rollback();
        return refusal(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    JsonLog::warn(QStringLiteral("device.forked"), {{QStringLiteral("device"), scope->deviceId},
                                                    {QStringLiteral("new_device"), enrolled->deviceId},
                                                    {QStringLiteral("account"), scope->username},
                                                    {QStringLiteral("known"), known.size()},
                                                    {QStringLiteral("first_device_seq"), first},
                                                    {QStringLiteral("device_letter"), letter}});
    QJsonObject answer{{QStringLiteral("device_id"), enrolled->deviceId},
                       {QStringLiteral("refresh_token"), enrolled->refreshToken},
                       {QStringLiteral("access_token"), access.value()},
                       {QStringLiteral("expires_in"), m_config.accessTokenSeconds},
                       {QStringLiteral("known"), known},
                       {QStringLiteral("first_device_seq"), first},
                       {QStringLiteral("server_time"), PushProcessor::serverTime()}};
    if (!letter.isEmpty())
        answer.insert(QStringLiteral("device_letter"), letter);
    return QHttpServerResponse(answer);
}

} // namespace zt::server
