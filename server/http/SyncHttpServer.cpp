#include "http/SyncHttpServer.h"

#include "JsonLog.h"
#include "common/ThreadCpuTime.h"
#include "http/BlobEndpoints.h"
#include "http/ForkEndpoint.h"
#include "http/MaintenanceMode.h"
#include "http/WorkerSocketServer.h"
#include "storage/AccountRepository.h"
#include "storage/DeviceLetterRepository.h"
#include "storage/RowStore.h"
#include "storage/Migrator.h"
#include "storage/ServerDatabase.h"
#include "sync/JsonText.h"
#include "sync/PushProcessor.h"
#include "sync/RowValidator.h"
#include "sync/Scope.h"
#include "sync/SyncLimits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPointer>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QThread>
#include <ctime>

namespace zt::server {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

// When each device's last_sync_at was last written (Unix seconds): one table for all server threads,
// since a device's next connection may land on another thread.
QMutex lastTouchedMutex;
QHash<QString, qint64> lastTouched;

// A push applied wrote the device's last_sync_at in its own transaction (RowStore::writeBatch): the
// pull that follows it need not write it again. In a burst of 200 devices each pull's UPDATE was a
// write transaction of its own (with its fsync), waiting in SQLite's busy handler while the push
// writer held the lock, on a request thread that read no other connection meanwhile.
void noteSynced(const QString &deviceId)
{
    QMutexLocker lock(&lastTouchedMutex);
    lastTouched[deviceId] = QDateTime::currentSecsSinceEpoch();
}

// Wall and CPU time of the handler that ran on this thread, for its access log line (the CPU time
// is this thread's own, so other threads' work does not count; TLS and HTTP parsing are outside).
struct HandlerTimes
{
    bool set = false;
    double ms = 0;
    double cpuMs = 0;
};
thread_local HandlerTimes handlerTimes;

QHttpServerResponse fail(HttpStatus status, const QString &error, const QString &reason)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("reason"), reason}}, status);
}

// The body as a JSON object with exactly the given keys of the given kinds; anything else is a 400.
std::optional<QJsonObject> strictObject(const QByteArray &body, const QHash<QString, QJsonValue::Type> &keys,
                                        const QStringList &optional, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            *why = QStringLiteral("unknown key '%1'").arg(it.key());
            return std::nullopt;
        }
        if (it.value().type() != keys.value(it.key())) {
            *why = QStringLiteral("'%1' has the wrong type").arg(it.key());
            return std::nullopt;
        }
    }
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
        if (!o.contains(it.key()) && !optional.contains(it.key())) {
            *why = QStringLiteral("'%1' is missing").arg(it.key());
            return std::nullopt;
        }
    return o;
}

} // namespace

SyncHttpServer::SyncHttpServer(const ServerConfig &config, ServerDatabase &db)
    : m_config(config), m_db(db), m_accounts(std::make_unique<AccountRepository>(db)),
      m_rows(std::make_unique<RowStore>(db)), m_validator(std::make_unique<RowValidator>()),
      m_maintenance(std::make_unique<MaintenanceMode>(config.maintenanceFile, config.maintenanceRetryAfterSeconds))
{
}

SyncHttpServer::~SyncHttpServer() = default;

template<typename Handler>
QHttpServerResponse SyncHttpServer::timed(Handler &&handler)
{
    flushAnswers();
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = ThreadCpuTime::ms();
    QHttpServerResponse response = handler();
    handlerTimes.set = true;
    handlerTimes.ms = double(wall.nsecsElapsed() / 1000) / 1000.0;
    handlerTimes.cpuMs = double(qRound64((ThreadCpuTime::ms() - cpuBefore) * 1000.0)) / 1000.0;
    return response;
}

Status SyncHttpServer::init()
{
    if (Status s = m_validator->init(); !s)
        return s;
    m_push = std::make_unique<PushProcessor>(m_db, *m_accounts, *m_rows, *m_validator);
    m_blobs = std::make_unique<BlobEndpoints>(m_config, m_db, *m_maintenance,
                                              [this](const QHttpServerRequest &r) { return authorise(r); });
    if (Status s = m_blobs->init(); !s)
        return s;
    m_fork = std::make_unique<ForkEndpoint>(m_config, m_db, *m_accounts, *m_rows, *m_maintenance,
                                            [this](const QHttpServerRequest &r) { return authorise(r); });

    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/health"), Method::Get,
                   [this] { return timed([this] { return health(); }); });
    m_server.route(QStringLiteral("/api/v1/auth/login"), Method::Post,
                   [this](const QHttpServerRequest &r) { return timed([&] { return login(r); }); });
    m_server.route(QStringLiteral("/api/v1/auth/refresh"), Method::Post,
                   [this](const QHttpServerRequest &r) { return timed([&] { return refresh(r); }); });
    m_server.route(QStringLiteral("/sync/v1/push"), Method::Post,
                   [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) { push(r, std::move(responder)); });
    m_server.route(QStringLiteral("/sync/v1/pull"), Method::Get,
                   [this](const QHttpServerRequest &r) { return timed([&] { return pull(r); }); });
    m_server.route(QStringLiteral("/sync/v1/checksum"), Method::Get,
                   [this](const QHttpServerRequest &r) { return timed([&] { return checksum(r); }); });
    m_server.route(QStringLiteral("/sync/v1/bootstrap"), Method::Get,
                   [this](const QHttpServerRequest &r) { return timed([&] { return bootstrap(r); }); });
    m_blobs->addRoutes(m_server);
    m_server.route(QStringLiteral("/sync/v1/fork"), Method::Post, [this](const QHttpServerRequest &r) { return m_fork->handle(r); });
    m_server.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        JsonLog::info(QStringLiteral("request"), {{QStringLiteral("path"), request.url().path()}, {QStringLiteral("status"), 404}});
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                                                  {QStringLiteral("reason"), QStringLiteral("no such endpoint")}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
    m_server.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        QJsonObject line{{QStringLiteral("path"), request.url().path()},
                         {QStringLiteral("status"), int(response.statusCode())},
                         {QStringLiteral("peer"), request.remoteAddress().toString()},
                         {QStringLiteral("bytes_in"), request.body().size()},
                         {QStringLiteral("thread"), QThread::currentThread()->objectName()}};
        if (handlerTimes.set) {
            line.insert(QStringLiteral("ms"), handlerTimes.ms);
            line.insert(QStringLiteral("cpu_ms"), handlerTimes.cpuMs);
            handlerTimes.set = false;
        }
        JsonLog::info(QStringLiteral("request"), line);
        return std::move(response);
    });
    return {};
}

void SyncHttpServer::flushAnswers()
{
    // A socket sends what a handler wrote only on a later turn of the event loop (QSslSocket queues
    // the encryption, QTcpSocket waits for its write notifier), and one turn serves every connection
    // that was readable when it began: with 200 pushes waiting, the first answer left after the
    // 200th push was handled. The answers written so far are complete, so send them now.
    for (QTcpServer *server : m_server.servers())
        for (QAbstractSocket *socket : server->findChildren<QAbstractSocket *>(Qt::FindDirectChildrenOnly))
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->flush();
}

void SyncHttpServer::bind(QTcpServer *sockets)
{
    if (auto *workerSockets = qobject_cast<WorkerSocketServer *>(sockets))
        workerSockets->setConnectionWatcher([this](QTcpSocket *socket) { watchConnection(socket); });
    m_server.bind(sockets);
}

void SyncHttpServer::watchConnection(QTcpSocket *socket)
{
    // Connected before the HTTP server's own slot (WorkerSocketServer::setConnectionWatcher): this one
    // sees the bytes the HTTP server has not parsed yet.
    QObject::connect(socket, &QIODevice::readyRead, &m_server, [this, socket] { noteArrivingPush(socket); });
    QObject::connect(socket, &QObject::destroyed, &m_server, [this, socket] { m_arriving.erase(socket); });
}

void SyncHttpServer::noteArrivingPush(QTcpSocket *socket)
{
    // The start of a push request, headers complete: the HTTP server reads everything that came
    // before, so new bytes starting with the request line are a new request. A body's piece that
    // happens to start with this text (a client crafting its own JSON) can at worst hold up that
    // device's own next batch, for at most PushGroup::kWaitForEarlierBatch.
    static const QByteArray requestLine = QByteArrayLiteral("POST /sync/v1/push ");
    const QByteArray head = socket->peek(8192);
    if (!head.startsWith(requestLine))
        return;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return; // headers split over reads: the batch is handled as before (decision 39's grace)
    QByteArray authorization;
    QByteArray firstSeq;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "authorization")
            authorization = line.mid(colon + 1).trimmed();
        else if (name == "x-zt-first-seq")
            firstSeq = line.mid(colon + 1).trimmed();
    }
    bool ok = false;
    const qint64 seq = firstSeq.toLongLong(&ok);
    if (!ok || seq < 1 || !authorization.startsWith("Bearer "))
        return;
    auto scope = m_accounts->authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!scope)
        return; // the handler refuses it
    m_arriving.erase(socket);
    m_arriving.emplace(socket, ArrivingPush{DevicePushOrder::enter(scope->deviceId, seq), authorization, std::move(scope.value())});
}

Result<std::optional<QSslConfiguration>> SyncHttpServer::tlsConfiguration(const ServerConfig &config)
{
    if (config.certificateFile.isEmpty())
        return std::optional<QSslConfiguration>();

    QFile certFile(config.certificateFile);
    QFile keyFile(config.keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("tls.unreadable"), QStringLiteral("The certificate or key file cannot be read.")};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error{QStringLiteral("tls.bad_files"), QStringLiteral("The certificate or key is not valid PEM.")};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return std::optional<QSslConfiguration>(tls);
}

std::optional<QHttpServerResponse> SyncHttpServer::refuseLargeBody(const QHttpServerRequest &request, qint64 limit) const
{
    // Qt HttpServer 6.4 has already buffered the body; refusing it here keeps it from being parsed
    // or stored. nginx's client_max_body_size stops it earlier in production.
    const qint64 size = request.body().size();
    if (size > std::min(limit, m_config.maxBodyBytes)) {
        JsonLog::warn(QStringLiteral("request.too_large"),
                      {{QStringLiteral("path"), request.url().path()}, {QStringLiteral("bytes"), size}});
        return fail(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                    QStringLiteral("the body has %1 bytes; at most %2").arg(size).arg(std::min(limit, m_config.maxBodyBytes)));
    }
    return std::nullopt;
}

Result<Scope> SyncHttpServer::authorise(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer "))
        return Error{QStringLiteral("unauthorized"), QStringLiteral("an access token is required")};
    auto scope = m_accounts->authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (!scope)
        JsonLog::warn(QStringLiteral("auth.refused"), {{QStringLiteral("path"), request.url().path()},
                                                       {QStringLiteral("peer"), request.remoteAddress().toString()}});
    return scope;
}

QHttpServerResponse SyncHttpServer::health()
{
    QSqlQuery q(m_db.db());
    const bool dbOk = q.exec(QStringLiteral("SELECT 1")) && q.next();
    if (m_maintenance->active()) {
        QHttpServerResponse r(QJsonObject{{QStringLiteral("status"), QStringLiteral("maintenance")},
                                          {QStringLiteral("server_time"), PushProcessor::serverTime()}},
                              HttpStatus::ServiceUnavailable);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_config.maintenanceRetryAfterSeconds));
        return r;
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                                           {QStringLiteral("database"), m_db.isPostgres() ? QStringLiteral("postgresql")
                                                                                          : QStringLiteral("sqlite")},
                                           {QStringLiteral("schema"), m_db.schemaVersion()},
                                           {QStringLiteral("protocol"), sync::kProtocolVersion},
                                           {QStringLiteral("server_time"), PushProcessor::serverTime()}},
                               dbOk ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
}

QHttpServerResponse SyncHttpServer::login(const QHttpServerRequest &request)
{
    if (auto closed = m_maintenance->refusal())
        return std::move(*closed);
    if (auto refused = refuseLargeBody(request, 16 * 1024))
        return std::move(*refused);
    QString why;
    const auto body = strictObject(request.body(),
                                   {{QStringLiteral("username"), QJsonValue::String},
                                    {QStringLiteral("password"), QJsonValue::String},
                                    {QStringLiteral("device_id"), QJsonValue::String},
                                    {QStringLiteral("device_name"), QJsonValue::String},
                                    {QStringLiteral("first_device_seq"), QJsonValue::Double},
                                    {QStringLiteral("device_letter"), QJsonValue::String}},
                                   {QStringLiteral("device_id"), QStringLiteral("device_name"),
                                    QStringLiteral("first_device_seq"), QStringLiteral("device_letter")},
                                   &why);
    if (!body)
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), why);
    // A joining PC asks for the letter of its case numbers, or for any free one with "" (decision 37).
    const bool asksForLetter = body->contains(QStringLiteral("device_letter"));
    const QString wantedLetter = body->value(QStringLiteral("device_letter")).toString().toUpper();
    if (asksForLetter && !(wantedLetter.isEmpty() || (wantedLetter.size() == 1 && wantedLetter.at(0) >= QLatin1Char('A')
                                                                              && wantedLetter.at(0) <= QLatin1Char('Z'))))
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("device_letter must be one letter A-Z or empty"));
    const QString username = body->value(QStringLiteral("username")).toString();
    // The password check (argon2id, a fraction of a second) runs before the write lock is taken.
    auto account = m_accounts->checkPassword(username, body->value(QStringLiteral("password")).toString());
    if (!account) {
        JsonLog::warn(QStringLiteral("auth.login_refused"), {{QStringLiteral("username"), username},
                                                             {QStringLiteral("code"), account.error().code},
                                                             {QStringLiteral("peer"), request.remoteAddress().toString()}});
        if (account.error().code == QLatin1String("auth.bad_credentials"))
            return fail(HttpStatus::Unauthorized, account.error().code, account.error().message);
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    if (!m_db.beginWrite())
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("busy"), QStringLiteral("try again later"));
    auto enrolled = m_accounts->enrol(account.value(), body->value(QStringLiteral("device_id")).toString(),
                                      body->value(QStringLiteral("device_name")).toString(),
                                      body->value(QStringLiteral("first_device_seq")).toInteger(1));
    if (!enrolled) {
        m_db.rollback();
        JsonLog::warn(QStringLiteral("auth.enrol_refused"), {{QStringLiteral("username"), username},
                                                             {QStringLiteral("code"), enrolled.error().code}});
        if (enrolled.error().code == QLatin1String("auth.device_taken"))
            return fail(HttpStatus::Conflict, enrolled.error().code, enrolled.error().message);
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    auto access = m_accounts->issueAccessToken(enrolled->deviceId, enrolled->refreshToken, m_config.accessTokenSeconds);
    if (!access) {
        m_db.rollback();
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    auto scope = m_accounts->authenticate(access.value());
    QString letter;
    if (asksForLetter && scope && !scope->isDistrict() && scope->stationIds.size() == 1) {
        QString freeLetter;
        auto chosen = DeviceLetterRepository(m_db).choose(*scope->stationIds.cbegin(), enrolled->deviceId, wantedLetter, &freeLetter);
        if (!chosen) {
            m_db.rollback();
            if (chosen.error().code == QLatin1String("db.failed"))
                return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
            // Nothing was enrolled: the PC asks again with another letter or none.
            QJsonObject refusal{{QStringLiteral("error"), chosen.error().code}, {QStringLiteral("reason"), chosen.error().message}};
            if (!freeLetter.isEmpty())
                refusal.insert(QStringLiteral("free_letter"), freeLetter);
            return QHttpServerResponse(refusal, HttpStatus::Conflict);
        }
        letter = chosen.value();
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    }
    QJsonArray stations;
    if (scope)
        for (const QString &id : scope->stationIds)
            stations.append(id);
    JsonLog::info(QStringLiteral("auth.login"), {{QStringLiteral("username"), username},
                                                 {QStringLiteral("device"), enrolled->deviceId}});
    QJsonObject answer{{QStringLiteral("device_id"), enrolled->deviceId},
                       {QStringLiteral("refresh_token"), enrolled->refreshToken},
                       {QStringLiteral("access_token"), access.value()},
                       {QStringLiteral("expires_in"), m_config.accessTokenSeconds},
                       {QStringLiteral("kind"), scope ? scope->kind : QString()},
                       {QStringLiteral("stations"), stations},
                       {QStringLiteral("server_time"), PushProcessor::serverTime()}};
    if (!letter.isEmpty())
        answer.insert(QStringLiteral("device_letter"), letter);
    announcePushLimit(answer);
    return QHttpServerResponse(answer);
}

QHttpServerResponse SyncHttpServer::refresh(const QHttpServerRequest &request)
{
    if (auto closed = m_maintenance->refusal())
        return std::move(*closed);
    if (auto refused = refuseLargeBody(request, 16 * 1024))
        return std::move(*refused);
    QString why;
    const auto body = strictObject(request.body(),
                                   {{QStringLiteral("device_id"), QJsonValue::String},
                                    {QStringLiteral("refresh_token"), QJsonValue::String}},
                                   {}, &why);
    if (!body)
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), why);
    auto access = m_accounts->issueAccessToken(body->value(QStringLiteral("device_id")).toString(),
                                               body->value(QStringLiteral("refresh_token")).toString(),
                                               m_config.accessTokenSeconds);
    if (!access) {
        if (access.error().code != QLatin1String("auth.bad_refresh_token")) {
            // A database error is not a revoked device: the client tries again later.
            JsonLog::error(QStringLiteral("auth.refresh_failed"), {{QStringLiteral("reason"), access.error().message}});
            QHttpServerResponse busy = fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
            busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
            return busy;
        }
        JsonLog::warn(QStringLiteral("auth.refresh_refused"), {{QStringLiteral("device"), body->value(QStringLiteral("device_id"))},
                                                               {QStringLiteral("peer"), request.remoteAddress().toString()}});
        return fail(HttpStatus::Unauthorized, access.error().code, access.error().message);
    }
    QJsonObject answer{{QStringLiteral("access_token"), access.value()},
                       {QStringLiteral("expires_in"), m_config.accessTokenSeconds},
                       {QStringLiteral("server_time"), PushProcessor::serverTime()}};
    announcePushLimit(answer);
    return QHttpServerResponse(answer);
}

void SyncHttpServer::announcePushLimit(QJsonObject &answer) const
{
    // Decision 26: how many mutations a push may carry here (a client takes 200 when it is missing).
    if (m_config.announcePushLimit)
        answer.insert(QStringLiteral("push_max_mutations"), m_config.pushMaxMutations);
}

void SyncHttpServer::push(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    flushAnswers();
    // What the access log line needs, kept for when the answer is written (afterRequest() does not
    // see a route that answers through its responder).
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        QJsonObject line;
        QElapsedTimer wall;
        double cpuMs = 0;
    };
    auto pending = std::make_shared<Pending>(Pending{std::move(responder), {}, {}, {}, 0});
    pending->socket = pending->responder.socket();
    pending->wall.start();
    // The batch noted from its headers (noteArrivingPush) ends its note when this handler returns: by
    // then it is answered, or in progress under its own ticket (PushProcessor::submit).
    std::optional<DevicePushOrder::Ticket> arriving;
    std::optional<Scope> noted; // the scope the same token gave when the headers arrived
    if (auto it = m_arriving.find(pending->socket.data()); it != m_arriving.end()) {
        arriving.emplace(std::move(it->second.ticket));
        if (it->second.authorization == request.value(QByteArrayLiteral("Authorization")))
            noted.emplace(std::move(it->second.scope));
        m_arriving.erase(it);
    }
    pending->line = QJsonObject{{QStringLiteral("path"), request.url().path()},
                                {QStringLiteral("peer"), request.remoteAddress().toString()},
                                {QStringLiteral("bytes_in"), request.body().size()},
                                {QStringLiteral("thread"), QThread::currentThread()->objectName()}};
    const double cpuBefore = ThreadCpuTime::ms();
    // Writes the answer on this thread (the socket's), if the device is still connected.
    auto send = [pending](QHttpServerResponse &&response) {
        const double cpuBefore = ThreadCpuTime::ms();
        if (pending->socket && pending->socket->state() == QAbstractSocket::ConnectedState) {
            response.write(std::move(pending->responder));
            pending->socket->flush(); // see flushAnswers()
        }
        pending->line.insert(QStringLiteral("status"), int(response.statusCode()));
        pending->line.insert(QStringLiteral("ms"), double(pending->wall.nsecsElapsed() / 1000) / 1000.0);
        pending->line.insert(QStringLiteral("cpu_ms"), double(qRound64((pending->cpuMs + ThreadCpuTime::ms() - cpuBefore) * 1000.0)) / 1000.0);
        JsonLog::info(QStringLiteral("request"), pending->line);
    };
    auto toResponse = [](const PushOutcome &outcome) {
        QHttpServerResponse response = outcome.jsonText.isEmpty()
            ? QHttpServerResponse(outcome.body, static_cast<HttpStatus>(outcome.httpStatus))
            : QHttpServerResponse(QByteArrayLiteral("application/json"), outcome.jsonText, static_cast<HttpStatus>(outcome.httpStatus));
        if (outcome.httpStatus == 503)
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        return response;
    };
    auto answerNow = [&](QHttpServerResponse &&response) {
        pending->cpuMs = ThreadCpuTime::ms() - cpuBefore;
        send(std::move(response));
    };
    if (auto closed = m_maintenance->refusal())
        return answerNow(std::move(*closed));
    auto scope = noted ? Result<Scope>(std::move(*noted)) : authorise(request);
    if (!scope)
        return answerNow(fail(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), scope.error().message));
    if (auto refused = refuseLargeBody(request, sync::kMaxBatchBytes))
        return answerNow(std::move(*refused));
    // Plain inserts keep their fields as UTF-8 (decision 36): PushProcessor checks and stores them from those bytes.
    auto batch = sync::PushBatch::fromJson(request.body(), m_config.pushMaxMutations, sync::PushBatch::InsertFields::Scanned);
    if (!batch) {
        JsonLog::warn(QStringLiteral("push.bad_request"), {{QStringLiteral("device"), scope->deviceId},
                                                           {QStringLiteral("reason"), batch.error().message}});
        if (batch.error().code == QLatin1String("batch_too_large")) {
            // 413 like a body over the limit (a client halves its batch on it); the limit rides
            // along so a client that learned a higher one before takes this one at once.
            QJsonObject answer{{QStringLiteral("error"), batch.error().code}, {QStringLiteral("reason"), batch.error().message}};
            announcePushLimit(answer);
            return answerNow(QHttpServerResponse(answer, HttpStatus::PayloadTooLarge));
        }
        return answerNow(fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), batch.error().message));
    }
    // The answer comes from the writer's thread (or at once from this one, for a batch refused
    // before it is queued): it is written on this thread, the socket's.
    QPointer<QObject> home(&m_server);
    const Qt::HANDLE thisThread = QThread::currentThreadId();
    const QString deviceId = scope->deviceId;
    m_push->submit(scope.value(), std::move(batch.value()), [pending, send, toResponse, home, thisThread, deviceId](PushOutcome outcome) {
        if (outcome.httpStatus == 200)
            noteSynced(deviceId);
        if (QThread::currentThreadId() == thisThread) {
            send(toResponse(outcome));
            return;
        }
        if (home) // gone only once the server stops (HttpWorkerPool stops the writer first)
            QMetaObject::invokeMethod(
                home.data(), [send, toResponse, outcome = std::move(outcome)] { send(toResponse(outcome)); }, Qt::QueuedConnection);
    });
    pending->cpuMs = ThreadCpuTime::ms() - cpuBefore;
}

QHttpServerResponse SyncHttpServer::pull(const QHttpServerRequest &request)
{
    if (auto closed = m_maintenance->refusal())
        return std::move(*closed);
    auto scope = authorise(request);
    if (!scope)
        return fail(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), scope.error().message);
    bool sinceOk = true;
    bool limitOk = true;
    const QUrlQuery query = request.query();
    const qint64 since = query.hasQueryItem(QStringLiteral("since")) ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk) : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                                                                  : sync::kDefaultPullLimit;
    if (!sinceOk || since < 0 || !limitOk || limit < 1 || limit > sync::kMaxPullLimit)
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                    QStringLiteral("since must be a seq >= 0 and limit 1..%1").arg(sync::kMaxPullLimit));
    if (auto refused = refuseOldClient(request))
        return std::move(*refused);
    auto page = m_rows->pullText(scope->stationIds, since, limit);
    if (!page && page.error().code == QLatin1String("sync.below_horizon"))
        return fail(HttpStatus::Gone, QStringLiteral("below_horizon"), page.error().message);
    if (!page)
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    touch(scope->deviceId);
    QByteArray body = pageBody(page.value());
    body += '}';
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

QByteArray SyncHttpServer::pageBody(const RowStore::PageText &page) const
{
    // The envelope of sync::PullPage::toJson around rows spliced from their stored text (decision 21).
    QByteArray body;
    body.reserve(page.rowsJson.size() + 256);
    // The compact form (decision 32) names itself first, so a reader knows what follows.
    body += page.rowsForm ? QByteArrayView("{\"format\":\"rows\",\"groups\":") : QByteArrayView("{\"rows\":");
    body += page.rowsJson;
    sync::JsonText::appendKey(body, QLatin1StringView("next_since"));
    body += QByteArray::number(page.nextSince);
    sync::JsonText::appendKey(body, QLatin1StringView("has_more"));
    body += page.hasMore ? "true" : "false";
    sync::JsonText::appendKey(body, QLatin1StringView("scope_epoch"));
    body += '0';
    sync::JsonText::appendKey(body, QLatin1StringView("schema_min"));
    body += QByteArray::number(m_config.minClientSchema);
    sync::JsonText::appendKey(body, QLatin1StringView("schema_max"));
    body += QByteArray::number(Migrator::latestVersion());
    sync::JsonText::appendKey(body, QLatin1StringView("server_time"));
    sync::JsonText::appendString(body, PushProcessor::serverTime());
    return body; // open: the caller adds its keys and the closing brace
}

void SyncHttpServer::touch(const QString &deviceId)
{
    // last_sync_at is for the device list (minutes matter there); writing it on every pull would
    // make each read a write transaction.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        QMutexLocker lock(&lastTouchedMutex);
        qint64 &last = lastTouched[deviceId];
        if (now - last < 60)
            return;
        last = now;
    }
    m_accounts->touch(deviceId);
}

std::optional<QHttpServerResponse> SyncHttpServer::refuseOldClient(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("schema")))
        return std::nullopt; // clients before the schema parameter: served as before
    bool ok = false;
    const int schema = query.queryItemValue(QStringLiteral("schema")).toInt(&ok);
    if (!ok || schema < 1)
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("schema must be a number >= 1"));
    // Only a client below the range is refused: schema changes within v1 are additive, so a newer
    // client stores an older server's rows (its new columns take their defaults).
    if (schema < m_config.minClientSchema) {
        QHttpServerResponse response(QJsonObject{{QStringLiteral("error"), QStringLiteral("upgrade_required")},
                                                 {QStringLiteral("reason"), QStringLiteral("client schema %1 is below the supported %2: "
                                                                                           "upgrade Zhitongche; pushes still work")
                                                                                .arg(schema).arg(m_config.minClientSchema)},
                                                 {QStringLiteral("schema_min"), m_config.minClientSchema},
                                                 {QStringLiteral("schema_max"), Migrator::latestVersion()}},
                                     HttpStatus::UpgradeRequired);
        return std::optional<QHttpServerResponse>(std::move(response));
    }
    return std::nullopt;
}

QHttpServerResponse SyncHttpServer::bootstrap(const QHttpServerRequest &request)
{
    auto scope = authorise(request);
    if (!scope)
        return fail(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), scope.error().message);
    if (auto refused = refuseOldClient(request))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    bool limitOk = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                                                                  : sync::kDefaultPullLimit;
    if (!limitOk || limit < 1 || limit > sync::kMaxPullLimit)
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("limit must be 1..%1").arg(sync::kMaxPullLimit));
    const QString table = query.queryItemValue(QStringLiteral("table"));
    if (!table.isEmpty() && !m_validator->hasTable(table))
        return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("no synced table %1").arg(table));

    // page token: "b1.<snapshot seq>.<last sv sent>.<issued, Unix seconds>.<rows in the snapshot>.<rows sent>"
    // Scope comes from the access token, never from the page token, so a forged one reads nothing new.
    qint64 snapshot = 0, after = 0, issued = 0, total = 0, sent = 0;
    const QString token = query.queryItemValue(QStringLiteral("page_token"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (token.isEmpty()) {
        // A bootstrap's first page: its pages need statistics that know how big the table is (decision 41).
        if (auto analysed = m_rows->refreshStaleStatistics(); !analysed)
            JsonLog::warn(QStringLiteral("bootstrap.analyze_failed"), {{QStringLiteral("reason"), analysed.error().message}});
        else if (analysed.value())
            JsonLog::info(QStringLiteral("bootstrap.analyzed"), {{QStringLiteral("table"), QStringLiteral("row_store")}});
        auto last = m_rows->lastSeq();
        if (!last)
            return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        auto count = m_rows->countUpTo(scope->stationIds, last.value(), table);
        if (!count)
            return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        snapshot = last.value();
        issued = now;
        total = count.value();
    } else {
        const QStringList parts = token.split(QLatin1Char('.'));
        bool ok = parts.size() == 6 && parts.at(0) == QLatin1String("b1");
        for (int i = 1; ok && i < 6; ++i)
            parts.at(i).toLongLong(&ok);
        if (ok) {
            snapshot = parts.at(1).toLongLong();
            after = parts.at(2).toLongLong();
            issued = parts.at(3).toLongLong();
            total = parts.at(4).toLongLong();
            sent = parts.at(5).toLongLong();
            ok = snapshot >= 0 && after >= 0 && after <= snapshot && total >= 0 && sent >= 0;
        }
        if (!ok)
            return fail(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("page_token is not a bootstrap token"));
        if (now - issued > m_config.bootstrapTokenSeconds)
            return fail(HttpStatus::Gone, QStringLiteral("token_expired"),
                        QStringLiteral("the bootstrap snapshot is too old: start again without a page token"));
    }
    // format=rows: the compact page form (decision 32); anything else, or a server configured not to,
    // answers objects (a client reads both).
    const RowStore::PageForm form = m_config.pageRowsForm && query.queryItemValue(QStringLiteral("format")) == QLatin1String("rows")
                                        ? RowStore::PageForm::Rows
                                        : RowStore::PageForm::Objects;
    auto page = m_rows->snapshotPageText(scope->stationIds, after, snapshot, limit, table, form);
    if (!page)
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    touch(scope->deviceId);
    QByteArray body = pageBody(page.value());
    sync::JsonText::appendKey(body, QLatin1StringView("snapshot_seq"));
    body += QByteArray::number(snapshot);
    sent += page->rows;
    sync::JsonText::appendKey(body, QLatin1StringView("total"));
    body += QByteArray::number(total);
    sync::JsonText::appendKey(body, QLatin1StringView("done"));
    body += QByteArray::number(sent);
    if (page->hasMore) {
        sync::JsonText::appendKey(body, QLatin1StringView("page_token"));
        sync::JsonText::appendString(body, QStringLiteral("b1.%1.%2.%3.%4.%5")
                                               .arg(snapshot).arg(page->nextSince).arg(issued).arg(total).arg(sent));
    } else if (auto last = m_rows->lastSeq()) {
        // How far the server is now: a client whose snapshot is the latest state need not pull after it.
        sync::JsonText::appendKey(body, QLatin1StringView("last_seq"));
        body += QByteArray::number(last.value());
    }
    body += '}';
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

QHttpServerResponse SyncHttpServer::checksum(const QHttpServerRequest &request)
{
    if (auto closed = m_maintenance->refusal())
        return std::move(*closed);
    auto scope = authorise(request);
    if (!scope)
        return fail(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), scope.error().message);
    auto sums = m_rows->checksum(scope->stationIds);
    if (!sums)
        return fail(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("tables"), sums.value()}});
}

} // namespace zt::server
