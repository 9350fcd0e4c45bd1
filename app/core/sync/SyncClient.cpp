#include "sync/SyncClient.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "storage/BulkLoadIndexes.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Migrator.h"
#include "storage/Store.h"
#include "storage/SyncedTables.h"
#include "sync/BlobSync.h"
#include "sync/BootstrapPrefetch.h"
#include "sync/ForkRecovery.h"
#include "sync/HybridClock.h"
#include "storage/SnapshotSweep.h"
#include "sync/KeyPin.h"
#include "sync/PageRowScanner.h"
#include "sync/PushBatch.h"
#include "sync/SyncBackoff.h"
#include "sync/SyncLimits.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

namespace zt {

SyncClient::SyncClient(Store &store)
    : m_store(store), m_state(store), m_network(std::make_unique<QNetworkAccessManager>())
{
}

SyncClient::~SyncClient() = default;

Status SyncClient::configure(const QUrl &serverUrl, const QString &caFile)
{
    if (!serverUrl.isValid() || serverUrl.scheme() != QLatin1String("https"))
        return Error{QStringLiteral("sync.bad_url"), tr("The server address must start with https://.")};
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sync.no_ca"), tr("The CA certificate file %1 cannot be read.").arg(caFile)};
    const QList<QSslCertificate> ca = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (ca.isEmpty())
        return Error{QStringLiteral("sync.no_ca"), tr("%1 holds no PEM certificate.").arg(caFile)};
    m_serverUrl = serverUrl;
    m_caFile = caFile;
    m_ca = ca;
    return {};
}

Status SyncClient::configureFromSettings()
{
    const SyncSettings s = m_state.settings();
    if (s.serverUrl.isEmpty() || s.caFile.isEmpty())
        return Error{QStringLiteral("sync.not_configured"), tr("No sync server is set up for this store.")};
    if (s.refreshToken.isEmpty())
        return Error{QStringLiteral("sync.not_enrolled"), tr("This PC is not enrolled with the sync server yet.")};
    if (Status c = configure(QUrl(s.serverUrl), s.caFile); !c)
        return c;
    return setKeyPin(s.keyPin);
}

Result<SyncClient::Reply> SyncClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                           bool authorised)
{
    return finish(start(verb, path, body, authorised));
}

namespace {

// The server's address with a path (and query) of the protocol's.
QUrl urlFor(const QUrl &server, const QString &path)
{
    QUrl url = server;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

} // namespace

QNetworkRequest SyncClient::prepareRequest(const QString &path, bool authorised) const
{
    QNetworkRequest request(urlFor(m_serverUrl, path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca); // the organisation's CA only, not the system store
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_timeoutMsecs);
    if (authorised)
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_accessToken.toLatin1());
    return request;
}

QNetworkReply *SyncClient::start(const QByteArray &verb, const QString &path, const QByteArray &body, bool authorised)
{
    QNetworkReply *reply = m_network->sendCustomRequest(prepareRequest(path, authorised), verb, body);
    watch(reply);
    return reply;
}

Status SyncClient::setKeyPin(const QString &pin)
{
    auto parsed = sync::KeyPin::parse(pin);
    if (!parsed)
        return parsed.error();
    m_keyPin = parsed.value();
    return {};
}

void SyncClient::watch(QNetworkReply *reply)
{
    if (m_keyPin.isEmpty())
        return;
    // encrypted() comes after the certificate chain was verified against our CA and before any
    // request byte is sent: a key other than the pinned one ends the connection there.
    const QByteArray pin = m_keyPin;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        if (sync::KeyPin::of(reply->sslConfiguration().peerCertificate()) != pin) {
            reply->setProperty("zt_pin_mismatch", true);
            reply->abort();
        }
    });
}

Error SyncClient::transportError(QNetworkReply *reply) const
{
    if (reply->property("zt_pin_mismatch").toBool())
        return Error{QStringLiteral("sync.pin"),
                     tr("The server's key does not match the pinned key in the sync settings. The connection was "
                        "stopped: this may not be your organisation's server. Ask the administrator before changing the pin.")};
    const bool tlsFailure = reply->error() == QNetworkReply::SslHandshakeFailedError;
    return Error{tlsFailure ? QStringLiteral("sync.tls") : QStringLiteral("sync.offline"),
                 tlsFailure ? tr("The server's certificate is not trusted: %1").arg(reply->errorString())
                            : tr("The sync server cannot be reached: %1").arg(reply->errorString())};
}

void SyncClient::noteRetryAfter(const QByteArray &header)
{
    if (!header.isEmpty())
        m_lastRetryAfterMsecs = sync::SyncBackoff::parseRetryAfter(header, QDateTime::currentDateTimeUtc());
}

Result<SyncClient::Reply> SyncClient::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || reply->property("zt_pin_mismatch").toBool())
        return transportError(reply);
    Reply r;
    r.status = status;
    r.body = reply->readAll();
    noteRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After")))
        r.retryAfterMsecs = m_lastRetryAfterMsecs;
    return r;
}

Result<SyncClient::Reply> SyncClient::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                                           bool authorised)
{
    if (authorised && m_accessToken.isEmpty())
        if (Status s = refreshAccessToken(); !s)
            return s.error();
    auto reply = send(verb, path, body, authorised);
    // An access token that expired between two requests: refresh once and send the same request
    // again (safe: pushes are de-duplicated by mutation id).
    if (reply && authorised && reply->status == 401) {
        if (Status s = refreshAccessToken(); !s)
            return s.error();
        reply = send(verb, path, body, authorised);
    }
    return reply;
}

Error SyncClient::httpError(const Reply &reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    const QString reason = o.value(QStringLiteral("reason")).toString();
    if (reply.status == 401)
        return Error{QStringLiteral("sync.unauthorized"), tr("The server refused this PC's credentials: %1").arg(reason)};
    if (reply.status == 426)
        return Error{QStringLiteral("sync.upgrade_required"),
                     tr("This version of Zhitongche is too old for the sync server: upgrade it to receive changes "
                        "(changes made here are still sent).")};
    if ((reply.status == 503 || reply.status == 429) && reply.retryAfterMsecs > 0) {
        const qint64 minutes = std::max<qint64>(1, (reply.retryAfterMsecs + 59'999) / 60'000);
        return Error{QStringLiteral("sync.busy"),
                     reply.status == 503 && o.value(QStringLiteral("error")).toString() == QLatin1String("maintenance")
                         ? tr("The sync server is under maintenance; this PC tries again in %n minute(s).", nullptr, int(minutes))
                         : tr("The sync server is busy; this PC tries again in %n minute(s).", nullptr, int(minutes))};
    }
    return Error{QStringLiteral("sync.server"), tr("The sync server answered %1: %2").arg(reply.status).arg(reason)};
}

Status SyncClient::refreshAccessToken()
{
    const SyncSettings s = m_state.settings();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), m_store.deviceId()},
                                                      {QStringLiteral("refresh_token"), s.refreshToken}})
                                .toJson(QJsonDocument::Compact);
    auto reply = send("POST", QStringLiteral("/api/v1/auth/refresh"), body, false);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return httpError(reply.value());
    const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
    m_accessToken = o.value(QStringLiteral("access_token")).toString();
    takeBatchLimit(o);
    return {};
}

void SyncClient::takeServerTime(const QString &serverTime)
{
    m_store.clock().merge(serverTime);
    qint64 serverMsecs = 0;
    quint16 counter = 0;
    if (HybridClock::parse(serverTime, &serverMsecs, &counter))
        m_clockOffsetMsecs = serverMsecs - Clock::currentMSecsSinceEpoch();
}

Status SyncClient::enrol(const QString &username, const QString &password)
{
    return enrolAs(username, password, std::nullopt);
}

Status SyncClient::enrolJoining(const QString &username, const QString &password, const QString &wantedLetter)
{
    return enrolAs(username, password, wantedLetter.toUpper());
}

Status SyncClient::enrolAs(const QString &username, const QString &password, const std::optional<QString> &wantedLetter)
{
    QJsonObject request{{QStringLiteral("username"), username},
                        {QStringLiteral("password"), password},
                        {QStringLiteral("device_id"), m_store.deviceId()},
                        {QStringLiteral("device_name"), QSysInfo::machineHostName()},
                        {QStringLiteral("first_device_seq"), m_state.firstUnsentSeq()}};
    if (wantedLetter)
        request.insert(QStringLiteral("device_letter"), *wantedLetter);
    auto reply = send("POST", QStringLiteral("/api/v1/auth/login"), QJsonDocument(request).toJson(QJsonDocument::Compact), false);
    if (reply && wantedLetter && reply->status == 400 && reply->body.contains("unknown key 'device_letter'")) {
        // A server before decision 37 knows no such field: enrol as before, the letter stays the PC's choice.
        request.remove(QStringLiteral("device_letter"));
        reply = send("POST", QStringLiteral("/api/v1/auth/login"), QJsonDocument(request).toJson(QJsonDocument::Compact), false);
    }
    if (!reply)
        return reply.error();
    m_enrolledLetter.clear();
    if (reply->status == 409 && wantedLetter) {
        const QJsonObject refusal = QJsonDocument::fromJson(reply->body).object();
        const QString code = refusal.value(QStringLiteral("error")).toString();
        const QString free = refusal.value(QStringLiteral("free_letter")).toString();
        if (code == QLatin1String("letter_taken"))
            return Error{QStringLiteral("device.letter_taken"),
                         free.isEmpty() ? tr("Another PC of this station already writes %1 into its case numbers, and no letter is free.")
                                              .arg(*wantedLetter)
                                        : tr("Another PC of this station already writes %1 into its case numbers. Take %2, or leave "
                                             "the letter empty and the server gives this PC a free one.")
                                              .arg(*wantedLetter, free)};
        if (code == QLatin1String("no_letter_left"))
            return Error{QStringLiteral("device.no_letter_left"),
                         tr("All 26 letters are in use by this station's PCs. Ask the district office to retire a PC "
                            "that is no longer used.")};
    }
    if (reply->status != 200)
        return httpError(reply.value());
    const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
    m_enrolledLetter = o.value(QStringLiteral("device_letter")).toString();
    m_accessToken = o.value(QStringLiteral("access_token")).toString();
    m_enrolledKind = o.value(QStringLiteral("kind")).toString();
    m_enrolledStations.clear();
    for (const QJsonValue &id : o.value(QStringLiteral("stations")).toArray())
        m_enrolledStations << id.toString();
    takeBatchLimit(o);
    takeServerTime(o.value(QStringLiteral("server_time")).toString());
    SyncSettings s = m_state.settings();
    s.serverUrl = m_serverUrl.toString();
    s.username = username;
    s.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    s.caFile = m_caFile;
    return m_state.saveSettings(s);
}

void SyncClient::takeBatchLimit(const QJsonObject &answer)
{
    // Decision 26: a server announces how many mutations a push may carry; one that says nothing
    // takes protocol v1's 200.
    const int limit = answer.value(QStringLiteral("push_max_mutations")).toInt(0);
    m_serverBatchLimit = limit > 0 ? limit : sync::kMaxBatchMutations;
}

Result<SyncReport> SyncClient::push()
{
    SyncReport report;
    qint64 after = m_state.firstUnsentSeq() - 1;
    const qint64 waiting = m_state.pendingCount();
    if (waiting == 0)
        return report;
    auto seqsOf = [](const QList<sync::Mutation> &mutations) {
        QList<qint64> seqs;
        seqs.reserve(mutations.size());
        for (const sync::Mutation &m : mutations)
            seqs << m.deviceSeq;
        return seqs;
    };
    // The server's batch limit comes with the access token (login or refresh answer): get one
    // before the first batch is cut.
    if (m_accessToken.isEmpty()) {
        if (Status s = refreshAccessToken(); !s) {
            m_state.recordFailure(seqsOf(m_state.pendingAfter(after, sync::kMaxBatchMutations, SyncStateRepository::Fields::AsStored)),
                                  s.error().message);
            return s.error();
        }
    }
    int batchSize = std::clamp(std::min(m_batchSize, m_serverBatchLimit), 1, sync::kMaxClientBatchMutations);

    struct Outgoing
    {
        QList<sync::Mutation> pending;
        QByteArray body;
    };
    // The next batch after a device_seq, cut to the batch size and the body limit.
    auto prepare = [&](qint64 afterSeq) {
        for (;;) {
            Outgoing out;
            out.pending = m_state.pendingAfter(afterSeq, batchSize, SyncStateRepository::Fields::AsStored);
            if (out.pending.isEmpty())
                return out;
            out.body = sync::PushBatch{m_store.deviceId(), Uuid7::generate(), out.pending}.toJson();
            if (out.body.size() <= sync::kMaxBatchBytes || batchSize == 1)
                return out;
            // Too big for the body limit: cut to what fits, with a little room.
            batchSize = std::clamp(int(qint64(batchSize) * (sync::kMaxBatchBytes - sync::kMaxBatchBytes / 16) / out.body.size()),
                                   1, batchSize - 1);
        }
    };
    // Two batches in flight (decision 39): the next one goes out on a second connection as soon as
    // this one is uploaded, so the server scans and checks it on another thread while this one holds
    // its write lock, and applies it right after (in device_seq order); this PC prepares the batch
    // after it and stores answers meanwhile. An unanswered batch is dropped on an early return (the
    // server may still apply it: it comes again and is answered from its log).
    using ReplyPtr = std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)>;
    auto dropped = [](QNetworkReply *r) {
        r->abort();
        r->deleteLater();
    };
    const QString path = QStringLiteral("/sync/v1/push");
    auto send = [&](const Outgoing &out) {
        // The first device_seq in a header: the server notes the batch as on its way as soon as the
        // headers are in, before the body is read, so the batch sent after it waits for it (decision 46).
        QNetworkRequest request = prepareRequest(path, true);
        request.setRawHeader(QByteArrayLiteral("X-ZT-First-Seq"), QByteArray::number(out.pending.first().deviceSeq));
        QNetworkReply *reply = m_network->sendCustomRequest(request, "POST", out.body);
        watch(reply);
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64 total) {
            if (total > 0 && sent >= total)
                reply->setProperty("zt_uploaded", true);
        });
        return ReplyPtr(reply, dropped);
    };
    // Until the batch's body is on its way: sent at once, the next batch's upload would compete with
    // it, and could reach the server first (then it is answered 409 gap and sent again).
    auto waitUploaded = [](QNetworkReply *reply) {
        if (reply->isFinished() || reply->property("zt_uploaded").toBool())
            return;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&loop](qint64 sent, qint64 total) {
            if (total > 0 && sent >= total)
                loop.quit();
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    };
    Outgoing current = prepare(after);
    ReplyPtr currentReply(nullptr, dropped);
    Outgoing next;
    ReplyPtr nextReply(nullptr, dropped);
    // The batch after `next`, cut and written while this PC waits for current's answer: when that
    // answer comes, it goes out at once (the server applies `next` meanwhile, and the batch after it
    // must be there, checked, when `next` is done; cutting it after the answer came left the
    // server's write lock idle a few milliseconds per batch).
    Outgoing ahead;
    auto sendAhead = [&] {
        const qint64 from = current.pending.last().deviceSeq;
        if (!ahead.pending.isEmpty() && ahead.pending.first().deviceSeq == from + 1)
            next = std::move(ahead);
        else
            next = prepare(from);
        ahead = {};
        if (next.pending.isEmpty())
            return;
        waitUploaded(currentReply.get());
        nextReply = send(next);
    };
    bool sentAhead = false; // current went out before its predecessor was answered
    qint64 sent = 0;
    while (!current.pending.isEmpty()) {
        if (!currentReply) {
            currentReply = send(current);
            sendAhead();
        }
        if (nextReply && ahead.pending.isEmpty())
            ahead = prepare(next.pending.last().deviceSeq);
        Result<Reply> reply = finish(currentReply.release());
        if (reply && reply->status == 401) // the access token expired meanwhile: refresh, send again
            reply = call("POST", path, current.body, true);
        if (reply && reply->status == 409 && sentAhead
            && QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("error")).toString() == QLatin1String("gap")) {
            // Sent before its predecessor was answered, it reached the server first (or another server
            // process): the predecessor is applied now, so once more on its own.
            reply = call("POST", path, current.body, true);
        }
        sentAhead = false;
        if (!reply) {
            m_state.recordFailure(seqsOf(current.pending), reply.error().message);
            return reply.error();
        }
        if (reply->status == 413 && current.pending.size() > 1) {
            // The server takes less than we sent: its announced limit if the answer names one
            // (a server whose limit changed since the token was issued), else half. A batch sent
            // ahead was cut to the old size: dropped (if the server applies it, the smaller batches
            // are answered from its log).
            const int announced = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("push_max_mutations")).toInt(0);
            if (announced > 0)
                m_serverBatchLimit = announced;
            batchSize = std::max(1, announced > 0 && announced < current.pending.size() ? announced : int(current.pending.size() / 2));
            nextReply.reset();
            ahead = {};
            current = prepare(current.pending.first().deviceSeq - 1);
            continue;
        }
        if (reply->status == 409) {
            const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
            const bool fork = o.value(QStringLiteral("error")).toString() == QLatin1String("fork");
            m_state.recordFailure(seqsOf(current.pending), o.value(QStringLiteral("reason")).toString());
            return Error{fork ? QStringLiteral("sync.fork") : QStringLiteral("sync.gap"),
                         fork ? tr("This store was copied or restored from a backup: enrol this PC again to sync.")
                              : tr("The server is missing earlier changes of this PC (%1).")
                                    .arg(o.value(QStringLiteral("reason")).toString())};
        }
        if (reply->status != 200) {
            const Error e = httpError(reply.value());
            m_state.recordFailure(seqsOf(current.pending), e.message);
            report.retryAfterMsecs = reply->retryAfterMsecs;
            return e;
        }
        // The batch in flight becomes the current one, and the one after it goes out before this
        // answer is read and stored (an answer found incomplete below stops the push with both
        // unanswered: sent again next time, the server answers what it applied from its log).
        const Outgoing answered = std::move(current);
        current = std::move(next);
        next = {};
        currentReply = std::move(nextReply);
        if (currentReply) {
            sentAhead = true;
            sendAhead();
        }
        const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        QList<sync::MutationResult> results;
        const QJsonArray answers = o.value(QStringLiteral("results")).toArray();
        results.reserve(answers.size());
        for (const QJsonValue &v : answers)
            results.append(sync::MutationResult::fromJson(v.toObject()));
        const QList<sync::Mutation> &pending = answered.pending;
        bool complete = results.size() == pending.size();
        for (qsizetype i = 0; complete && i < results.size(); ++i)
            complete = results.at(i).deviceSeq == pending.at(i).deviceSeq && results.at(i).mutationId == pending.at(i).mutationId;
        if (!complete)
            return Error{QStringLiteral("sync.server"), tr("The sync server answered an incomplete batch.")};
        // Outbox rows are done only once the answer is stored.
        if (Status s = m_state.storeResults(results); !s)
            return s.error();
        takeServerTime(o.value(QStringLiteral("server_time")).toString());
        for (const sync::MutationResult &r : results) {
            if (r.status == QLatin1String("rejected"))
                ++report.rejected;
            else
                ++report.pushed;
            report.conflicts += int(r.conflicts.size());
        }
        sent += pending.size();
        if (!progress(SyncProgress::Phase::Push, sent, std::max(waiting, sent)))
            return cancelled();
    }
    return report;
}

bool SyncClient::progress(SyncProgress::Phase phase, qint64 done, qint64 total)
{
    return progress(SyncProgress{phase, done, total, {}});
}

bool SyncClient::progress(const SyncProgress &step)
{
    if (m_progress)
        m_progress(step);
    return !m_cancelled.exchange(false);
}

Error SyncClient::cancelled()
{
    return Error{QStringLiteral("sync.cancelled"), tr("Sync was stopped; it goes on from here next time.")};
}

Result<SyncReport> SyncClient::pull()
{
    SyncReport report;
    if (m_state.cursor() == 0 || !m_state.bootstrapToken().isEmpty()) {
        auto booted = bootstrap();
        if (!booted)
            return booted.error();
        report = booted.value();
        if (m_snapshotIsLatest)
            return report;
    }
    bool rebootstrapped = false;
    for (;;) {
        const qint64 since = m_state.cursor();
        auto reply = call("GET", QStringLiteral("/sync/v1/pull?since=%1&limit=%2&schema=%3").arg(since).arg(m_pageSize).arg(Migrator::latestVersion()),
                          {}, true);
        if (!reply)
            return reply.error();
        if (reply->status == 410 && !rebootstrapped) {
            // Offline past the purge horizon (decision 18): deletes this PC has not pulled may be
            // gone from the server. The outbox went first (push before pull); now a new snapshot,
            // and what it no longer holds is hidden here: nothing deleted comes back.
            rebootstrapped = true;
            if (Status s = m_state.applyBootstrapPage(sync::PullPage{{}, 0, false, 0, {}}, {}, 0); !s)
                return s.error();
            m_sweepAfterSnapshot = true;
            auto booted = bootstrap();
            m_sweepAfterSnapshot = false;
            if (!booted)
                return booted.error();
            report.pulled += booted->pulled;
            report.pages += booted->pages;
            report.cursor = booted->cursor;
            report.bootstrapped = true;
            report.belowHorizon = true;
            report.sweptRows = booted->sweptRows;
            if (m_snapshotIsLatest)
                return report;
            continue;
        }
        if (reply->status != 200) {
            report.retryAfterMsecs = reply->retryAfterMsecs;
            return httpError(reply.value());
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error{QStringLiteral("sync.server"), tr("The sync server sent a damaged page.")};
        const sync::PullPage page = sync::PullPage::fromJson(doc.object());
        if (report.bootstrapped && page.rows.isEmpty() && !page.hasMore)
            return report; // nothing changed while the snapshot was read: not counted as a page
        if (Status s = m_state.applyPage(page); !s)
            return s.error();
        takeServerTime(page.serverTime);
        report.pulled += int(page.rows.size());
        ++report.pages;
        report.cursor = page.nextSince;
        if (!progress(SyncProgress::Phase::Pull, report.pulled, 0))
            return cancelled();
        if (!page.hasMore)
            return report;
    }
}

Result<SyncReport> SyncClient::bootstrap()
{
    // The search index is filled once afterwards (buildIndexesAfterBootstrap), not row by row here: the
    // backlog is recorded in the store, so even a crash in the middle is indexed at the next open.
    auto deferral = CaseSearchIndex::defer(m_store.db());
    if (!deferral)
        return deferral.error();
    // Tables still empty get their secondary indexes built once after the sync instead of row by row
    // (buildIndexesAfterBootstrap, like the search index), and lose their triggers while the pages are
    // written (BulkLoadIndexes; the triggers are put back on any way out of here, everything at the next
    // open if this process dies first). Until the indexes are built a query scans instead of seeking:
    // slower for those seconds, never wrong (the unique indexes, the constraints, were never dropped).
    if (auto dropped = BulkLoadIndexes::dropForEmptyTables(m_store.db(), SyncedTables::names()); !dropped)
        return dropped.error();
    const BulkLoadIndexes::Durability durability = BulkLoadIndexes::relaxDurability(m_store.db());
    // The server checked every row against the same CHECK constraints when it took it (decision 35).
    const bool checks = BulkLoadIndexes::skipCheckConstraints(m_store.db());
    auto booted = bootstrapPages();
    BulkLoadIndexes::restoreCheckConstraints(m_store.db(), checks);
    const Status restored = BulkLoadIndexes::restore(m_store.db(), BulkLoadIndexes::Objects::TriggersOnly);
    BulkLoadIndexes::restoreDurability(m_store.db(), durability);
    if (Status s = deferral->releaseForCatchUp(); !s && booted)
        return s.error();
    if (!restored && booted)
        return restored.error();
    return booted;
}

Result<SyncReport> SyncClient::bootstrapPages()
{
    SyncReport report;
    report.bootstrapped = true;
    m_snapshotIsLatest = false;
    QString token = m_state.bootstrapToken();
    bool restarted = false;
    // A sweep needs the whole snapshot read in this run (an interrupted one is resumed without it:
    // the daily checksum then finds what is left over).
    const bool sweep = m_sweepAfterSnapshot && token.isEmpty();
    QHash<QString, QSet<QString>> seen;
    // Copies, not this: the fetching thread calls it too.
    auto pathFor = [pageSize = m_pageSize, rowsForm = m_rowsForm](const QString &pageToken) {
        // format=rows: the compact page form (decision 32); a server before it ignores the parameter.
        QString path = QStringLiteral("/sync/v1/bootstrap?limit=%1&schema=%2%3")
                           .arg(pageSize)
                           .arg(Migrator::latestVersion())
                           .arg(rowsForm ? QStringLiteral("&format=rows") : QString());
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
        return path;
    };
    // The next pages are asked for, received and scanned on a thread of their own while this one
    // applies, so the server produces page N+2 and this PC's second core takes in and scans N+1 while
    // N is written (BootstrapPrefetch: at most two pages ahead). Stopped, and what it holds dropped,
    // on any early return; the cursor is only ever saved here, with the page it belongs to. watch()
    // and transportError() read nothing that changes during a sync.
    sync::BootstrapPrefetch::Hooks hooks;
    hooks.urlAfter = [server = m_serverUrl, pathFor](const QString &pageToken) { return urlFor(server, pathFor(pageToken)); };
    hooks.watch = [this](QNetworkReply *reply) { watch(reply); };
    hooks.transportError = [this](QNetworkReply *reply) { return transportError(reply); };
    sync::BootstrapPrefetch prefetch(std::move(hooks));
    bool fetching = false; // the prefetch delivers the page of `token`
    for (;;) {
        const QString path = pathFor(token);
        Result<Reply> reply = Error{};
        std::optional<Result<sync::RowPage>> scannedAhead;
        if (fetching) {
            sync::BootstrapPrefetch::Page fetched = prefetch.take();
            fetching = fetched.continued;
            if (fetched.status == 0) {
                reply = fetched.transport;
            } else {
                noteRetryAfter(fetched.retryAfter);
                reply = Reply{fetched.status, std::move(fetched.body), fetched.retryAfter.isEmpty() ? 0 : m_lastRetryAfterMsecs};
                scannedAhead = std::move(fetched.scanned);
            }
            if (reply && reply->status == 401) // the access token expired meanwhile: refresh, ask again
                reply = call("GET", path, {}, true);
        } else {
            reply = call("GET", path, {}, true);
        }
        if (!reply)
            return reply.error();
        if (reply->status == 410 && !restarted) {
            // The snapshot is too old to go on with. The cursor saved with every page is still
            // valid (a snapshot page holds every row up to its last sv): the pull goes on from
            // there; with nothing applied yet, a new snapshot starts.
            restarted = true;
            const qint64 cursor = m_state.cursor();
            if (Status s = m_state.applyBootstrapPage(sync::PullPage{{}, cursor, false, 0, {}}, {}, cursor); !s)
                return s.error();
            if (cursor > 0)
                return report;
            token.clear();
            continue;
        }
        if (reply->status != 200) {
            report.retryAfterMsecs = reply->retryAfterMsecs;
            return httpError(reply.value());
        }
        // The compact form (decision 32) when the server honoured format=rows; a server before it
        // answers in the object form, read the old way.
        auto scanned = scannedAhead && reply->status == 200 ? std::move(*scannedAhead) : sync::PageRowScanner::scan(reply->body);
        if (!scanned)
            return scanned.error();
        const sync::RowPage &rowPage = scanned.value();
        sync::PullPage page;
        qint64 snapshot = 0, done = -1, total = 0, last = -1;
        QString next;
        if (rowPage.rowsForm) {
            page.nextSince = rowPage.nextSince;
            page.hasMore = rowPage.hasMore;
            page.scopeEpoch = rowPage.scopeEpoch;
            page.serverTime = rowPage.serverTime;
            next = page.hasMore ? rowPage.pageToken : QString();
            snapshot = rowPage.snapshotSeq;
            done = rowPage.done;
            total = rowPage.total;
            last = rowPage.lastSeq;
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return Error{QStringLiteral("sync.server"), tr("The sync server sent a damaged page.")};
            const QJsonObject o = doc.object();
            page = sync::PullPage::fromJson(o);
            next = page.hasMore ? o.value(QStringLiteral("page_token")).toString() : QString();
            snapshot = o.value(QStringLiteral("snapshot_seq")).toInteger();
            done = o.value(QStringLiteral("done")).toInteger(-1);
            total = o.value(QStringLiteral("total")).toInteger();
            last = o.value(QStringLiteral("last_seq")).toInteger(-1);
        }
        if (page.hasMore && next.isEmpty())
            return Error{QStringLiteral("sync.server"), tr("The sync server sent a damaged page.")};
        if (page.hasMore && !fetching) {
            prefetch.fetch(prepareRequest(pathFor(next), true));
            fetching = true;
        }
        if (Status s = rowPage.rowsForm ? m_state.applyBootstrapRows(rowPage, next, snapshot)
                                        : m_state.applyBootstrapPage(page, next, snapshot);
            !s)
            return s.error();
        if (sweep) {
            for (const sync::PulledRow &r : page.rows)
                seen[r.table].insert(r.row.value(QStringLiteral("id")).toString());
            for (const sync::RowGroup &g : rowPage.groups) {
                const qsizetype idAt = g.columns.indexOf(QStringLiteral("id"));
                if (idAt < 0)
                    continue;
                QSet<QString> &ids = seen[g.table];
                for (int row = 0; row < g.rows; ++row)
                    ids.insert(rowPage.text(rowPage.value(g, row, int(idAt))));
            }
        }
        const int rows = rowPage.rowsForm ? rowPage.rowCount : int(page.rows.size());
        takeServerTime(page.serverTime);
        report.pulled += rows;
        ++report.pages;
        report.cursor = page.hasMore ? page.nextSince : std::max(snapshot, page.nextSince);
        if (!progress(SyncProgress::Phase::Bootstrap, done >= 0 ? done : report.pulled, total))
            return cancelled();
        if (!page.hasMore) {
            // The last page says how far the server is: nothing committed after the snapshot
            // spares the pull that would follow.
            m_snapshotIsLatest = last >= 0 && last <= snapshot;
            m_verifyDue = true;
            if (sweep) {
                auto swept = SnapshotSweep::hideMissing(m_store, seen, snapshot);
                if (!swept)
                    return swept.error();
                report.sweptRows = swept.value();
            }
            return report;
        }
        token = next;
    }
}

Status SyncClient::buildIndexesAfterBootstrap()
{
    if (Status s = BulkLoadIndexes::restore(m_store.db()); !s)
        return s;
    return CaseSearchIndex::catchUp(m_store.db());
}

Status SyncClient::repairTable(const QString &table)
{
    QString token;
    for (;;) {
        QString path = QStringLiteral("/sync/v1/bootstrap?limit=%1&schema=%2&table=%3")
                           .arg(m_pageSize)
                           .arg(Migrator::latestVersion())
                           .arg(table);
        if (!token.isEmpty())
            path += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        auto reply = call("GET", path, {}, true);
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return httpError(reply.value());
        const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        const sync::PullPage page = sync::PullPage::fromJson(o);
        if (Status s = m_state.applyRepairPage(page); !s)
            return s;
        if (!page.hasMore)
            return {};
        token = o.value(QStringLiteral("page_token")).toString();
        if (token.isEmpty())
            return Error{QStringLiteral("sync.server"), tr("The sync server sent a damaged page.")};
    }
}

Status SyncClient::verify(SyncReport &result)
{
    if (!progress(SyncProgress::Phase::Verify, 0, 0))
        return cancelled();
    auto fetch = [this]() -> Result<QJsonObject> {
        auto reply = call("GET", QStringLiteral("/sync/v1/checksum"), {}, true);
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return httpError(reply.value());
        return QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("tables")).toObject();
    };
    auto differing = [](const QJsonObject &server, const QJsonObject &local) {
        QStringList tables;
        for (auto it = server.constBegin(); it != server.constEnd(); ++it)
            if (local.value(it.key()) != it.value())
                tables << it.key();
        for (auto it = local.constBegin(); it != local.constEnd(); ++it)
            if (!server.contains(it.key()))
                tables << it.key();
        return tables;
    };
    auto server = fetch();
    if (!server)
        return server.error();
    const QStringList first = differing(server.value(), m_state.localChecksums());
    for (qsizetype i = 0; i < first.size(); ++i) {
        if (!progress(SyncProgress{SyncProgress::Phase::Repair, i, first.size(), first}))
            return cancelled();
        if (Status s = repairTable(first.at(i)); !s)
            return s;
    }
    if (!first.isEmpty()) {
        // The server may have moved on meanwhile; a table still different after its repair is reported.
        server = fetch();
        if (!server)
            return server.error();
        const QStringList still = differing(server.value(), m_state.localChecksums());
        for (const QString &table : first)
            (still.contains(table) ? result.mismatchedTables : result.repairedTables) << table;
    }
    result.verified = true;
    m_lastVerified = QDateTime::currentDateTimeUtc();
    m_verifyDue = false;
    return {};
}

Status SyncClient::settleDuplicateCaseNumbers(SyncReport &report)
{
    // A new number is refused again only if yet another PC drew it too (a letter set by hand): a
    // few rounds, and whatever is left waits for the next sync.
    for (int round = 0; round < 3; ++round) {
        auto renumbered = CaseRenumbering(m_store).settleRefusals();
        if (!renumbered)
            return renumbered.error();
        if (renumbered->isEmpty())
            return {};
        report.renumberedCases += renumbered.value();
        report.rejected = std::max(0, report.rejected - int(renumbered->size()));
        auto again = push();
        if (!again)
            return again.error();
        report.pushed += again->pushed;
        report.rejected += again->rejected;
        report.conflicts += again->conflicts;
    }
    return {};
}

Result<SyncReport> SyncClient::syncOnce()
{
    m_lastRetryAfterMsecs = 0;
    bool reenrolled = false;
    QChar newLetter;
    auto pushed = push();
    if (!pushed && pushed.error().code == QLatin1String("sync.fork")) {
        // A copy of this store synced first: continue as a new device (sync-protocol.md, push).
        ForkRecovery recovery(m_store, *this);
        if (Status s = recovery.run(); !s)
            return s.error();
        reenrolled = true;
        newLetter = recovery.newLetter();
        pushed = push();
    }
    if (!pushed)
        return pushed.error();
    if (Status s = settleDuplicateCaseNumbers(pushed.value()); !s)
        return s.error();
    auto pulled = pull();
    if (!pulled)
        return pulled.error();
    SyncReport report = pushed.value();
    report.pulled = pulled->pulled;
    report.pages = pulled->pages;
    report.cursor = pulled->cursor;
    report.bootstrapped = pulled->bootstrapped;
    report.belowHorizon = pulled->belowHorizon;
    report.sweptRows = pulled->sweptRows;
    // Only with nothing waiting: a pending insert or edit is not on the server yet.
    const bool daily = !m_lastVerified.isValid() || m_lastVerified.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
    if ((m_verifyDue || daily) && m_state.pendingCount() == 0)
        if (Status s = verify(report); !s)
            return s.error();
    report.reenrolled = reenrolled;
    report.newDeviceLetter = newLetter;
    // Bytes after rows, so a 20 MB voice note never holds back case text.
    auto files = BlobSync(m_store, *this).run();
    if (!files)
        return files.error();
    report.blobsUploaded = files->uploaded;
    report.blobsDownloaded = files->downloaded;
    report.blobBytesSent = files->bytesSent;
    report.blobBytesReceived = files->bytesReceived;
    return report;
}

} // namespace zt
