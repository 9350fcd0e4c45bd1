#include "http/BlobEndpoints.h"

#include "JsonLog.h"
#include "http/MaintenanceMode.h"
#include "storage/BlobRepository.h"
#include "sync/Scope.h"
#include "sync/SyncLimits.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace zt::server {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QHttpServerResponse answer(HttpStatus status, const QString &error, const QString &reason, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), error);
    body.insert(QStringLiteral("reason"), reason);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse unavailable()
{
    QHttpServerResponse r = answer(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    return r;
}

// "bytes=N-" or "bytes=N-M" (one range; the client never asks for more).
bool parseRange(const QByteArray &header, qint64 *first, qint64 *last)
{
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d{1,15})-(\\d{0,15})$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *last = m.captured(2).isEmpty() ? -1 : m.captured(2).toLongLong();
    return *last < 0 || *last >= *first;
}

// Whose partial upload a request continues: one per device (decision 23), named with the account
// too so an administrator reading the folder sees which station it is.
QString uploader(const Scope &scope)
{
    return scope.accountId + QLatin1Char('.') + scope.deviceId;
}

} // namespace

BlobEndpoints::BlobEndpoints(const ServerConfig &config, ServerDatabase &db, const MaintenanceMode &maintenance,
                             Authorise authorise)
    : m_config(config), m_maintenance(maintenance), m_authorise(std::move(authorise)), m_folder(config.blobDir),
      m_repository(std::make_unique<BlobRepository>(db))
{
}

BlobEndpoints::~BlobEndpoints() = default;

Status BlobEndpoints::init()
{
    return m_folder.init();
}

void BlobEndpoints::addRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QString path = QStringLiteral("/blobs/<arg>");
    server.route(path, Method::Head, [this](const QString &sha, const QHttpServerRequest &r) { return head(sha, r); });
    server.route(path, Method::Put, [this](const QString &sha, const QHttpServerRequest &r) { return put(sha, r); });
    server.route(path, Method::Get, [this](const QString &sha, const QHttpServerRequest &r) { return get(sha, r); });
}

std::optional<QHttpServerResponse> BlobEndpoints::refuse(const QString &sha256, const QHttpServerRequest &request,
                                                         const char *operation, Scope *scope)
{
    if (auto closed = m_maintenance.refusal())
        return std::move(*closed);
    auto authorised = m_authorise(request);
    if (!authorised)
        return answer(HttpStatus::Unauthorized, QStringLiteral("unauthorized"), authorised.error().message);
    *scope = authorised.value();
    if (!BlobFolder::isHash(sha256))
        return answer(HttpStatus::BadRequest, QStringLiteral("bad_request"), QStringLiteral("a blob is named by its SHA-256 in lower-case hex"));
    auto stations = m_repository->referencingStations(sha256);
    if (!stations) {
        JsonLog::error(QStringLiteral("blob.db_error"), {{QStringLiteral("reason"), stations.error().message}});
        return unavailable();
    }
    if (!stations->intersects(scope->stationIds)) {
        const bool write = qstrcmp(operation, "write") == 0;
        JsonLog::warn(QStringLiteral("blob.refused"), {{QStringLiteral("device"), scope->deviceId},
                                                       {QStringLiteral("account"), scope->username},
                                                       {QStringLiteral("sha256"), sha256},
                                                       {QStringLiteral("operation"), QString::fromLatin1(operation)},
                                                       {QStringLiteral("peer"), request.remoteAddress().toString()}});
        // A read outside the scope does not even learn whether the blob exists.
        return write ? answer(HttpStatus::Forbidden, QStringLiteral("forbidden"),
                              QStringLiteral("no attachment in this device's scope names this blob"))
                     : answer(HttpStatus::NotFound, QStringLiteral("not_found"), QStringLiteral("no such blob"));
    }
    return std::nullopt;
}

QHttpServerResponse BlobEndpoints::head(const QString &sha256, const QHttpServerRequest &request)
{
    Scope scope;
    if (auto refused = refuse(sha256, request, "read", &scope)) {
        // A HEAD answer has no body; the status says it all.
        if (auto closed = m_maintenance.refusal())
            return std::move(*closed);
        return QHttpServerResponse(refused->statusCode());
    }
    auto size = m_repository->storedSize(sha256);
    if (!size)
        return QHttpServerResponse(HttpStatus::ServiceUnavailable);
    if (size.value()) {
        QHttpServerResponse r(HttpStatus::Ok);
        r.setHeader(QByteArrayLiteral("Blob-Size"), QByteArray::number(*size.value()));
        return r;
    }
    QHttpServerResponse r(HttpStatus::NotFound);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_folder.partialSize(sha256, uploader(scope))));
    return r;
}

QHttpServerResponse BlobEndpoints::put(const QString &sha256, const QHttpServerRequest &request)
{
    const QByteArray &chunk = request.body();
    // The body limit applies per chunk; Qt HttpServer has buffered it, refusing it keeps it off the disk.
    const qint64 limit = std::min(sync::kMaxBlobChunkBytes, m_config.maxBodyBytes);
    if (chunk.size() > limit) {
        JsonLog::warn(QStringLiteral("request.too_large"), {{QStringLiteral("path"), request.url().path()},
                                                            {QStringLiteral("bytes"), chunk.size()}});
        return answer(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                      QStringLiteral("a chunk has at most %1 bytes").arg(limit));
    }
    Scope scope;
    if (auto refused = refuse(sha256, request, "write", &scope))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    bool offsetOk = false;
    bool sizeOk = false;
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong(&sizeOk);
    if (!offsetOk || !sizeOk || offset < 0 || size < 0 || offset + chunk.size() > size)
        return answer(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                      QStringLiteral("offset and size must be numbers with offset + chunk <= size"));
    if (size > sync::kMaxBlobBytes)
        return answer(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                      QStringLiteral("a blob has at most %1 bytes").arg(sync::kMaxBlobBytes));

    auto stored = m_repository->storedSize(sha256);
    if (!stored)
        return unavailable();
    if (stored.value()) { // already here (another PC, another station): nothing to write, nor to keep
        m_folder.dropPartial(sha256, uploader(scope));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("offset"), *stored.value()}, {QStringLiteral("complete"), true}});
    }

    auto written = m_folder.append(sha256, uploader(scope), offset, chunk);
    if (!written) {
        if (written.error().code == QLatin1String("blob.offset"))
            return answer(HttpStatus::Conflict, QStringLiteral("offset"),
                          QStringLiteral("the upload continues at another offset"),
                          {{QStringLiteral("offset"), written.error().message.toLongLong()}});
        JsonLog::error(QStringLiteral("blob.io_error"), {{QStringLiteral("reason"), written.error().message}});
        return unavailable();
    }
    if (written.value() < size)
        return QHttpServerResponse(QJsonObject{{QStringLiteral("offset"), written.value()}, {QStringLiteral("complete"), false}});
    if (written.value() > size) { // an earlier upload of a different size: start again
        m_folder.dropPartial(sha256, uploader(scope));
        return answer(HttpStatus::Conflict, QStringLiteral("offset"), QStringLiteral("the upload starts again"),
                      {{QStringLiteral("offset"), 0}});
    }
    auto verified = m_folder.finish(sha256, uploader(scope));
    if (!verified) {
        JsonLog::error(QStringLiteral("blob.io_error"), {{QStringLiteral("reason"), verified.error().message}});
        return unavailable();
    }
    if (!verified.value()) {
        JsonLog::warn(QStringLiteral("blob.hash_mismatch"), {{QStringLiteral("device"), scope.deviceId},
                                                             {QStringLiteral("sha256"), sha256},
                                                             {QStringLiteral("bytes"), size}});
        return answer(HttpStatus::UnprocessableEntity, QStringLiteral("hash_mismatch"),
                      QStringLiteral("the bytes do not have this SHA-256; the upload was discarded"));
    }
    if (Status s = m_repository->recordStored(sha256, size); !s) {
        JsonLog::error(QStringLiteral("blob.db_error"), {{QStringLiteral("reason"), s.error().message}});
        return unavailable(); // the file is in place; the retry's PUT finds it and records it
    }
    JsonLog::info(QStringLiteral("blob.stored"), {{QStringLiteral("device"), scope.deviceId},
                                                  {QStringLiteral("sha256"), sha256},
                                                  {QStringLiteral("bytes"), size}});
    return QHttpServerResponse(QJsonObject{{QStringLiteral("offset"), size}, {QStringLiteral("complete"), true}},
                               HttpStatus::Created);
}

QHttpServerResponse BlobEndpoints::get(const QString &sha256, const QHttpServerRequest &request)
{
    Scope scope;
    if (auto refused = refuse(sha256, request, "read", &scope))
        return std::move(*refused);
    auto stored = m_repository->storedSize(sha256);
    if (!stored)
        return unavailable();
    if (!stored.value())
        return answer(HttpStatus::NotFound, QStringLiteral("not_uploaded"), QStringLiteral("the blob has not been uploaded yet"));
    const qint64 size = *stored.value();
    const QByteArray rangeHeader = request.value(QByteArrayLiteral("Range"));
    qint64 first = 0;
    qint64 last = size - 1;
    const bool ranged = !rangeHeader.isEmpty();
    if (ranged) {
        qint64 wantedLast = -1;
        if (!parseRange(rangeHeader, &first, &wantedLast) || (first >= size && size > 0)) {
            QHttpServerResponse r = answer(HttpStatus::RequestRangeNotSatisfiable, QStringLiteral("bad_range"),
                                           QStringLiteral("the blob has %1 bytes").arg(size));
            r.setHeader(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
            return r;
        }
        if (wantedLast >= 0)
            last = std::min(last, wantedLast);
        // A slice at a time: one answer never holds a whole 200 MB file in memory.
        last = std::min(last, first + sync::kBlobSliceBytes - 1);
    }
    auto bytes = m_folder.read(sha256, first, std::max<qint64>(0, last - first + 1));
    if (!bytes) {
        JsonLog::error(QStringLiteral("blob.io_error"), {{QStringLiteral("reason"), bytes.error().message}});
        return unavailable();
    }
    QHttpServerResponse r(QByteArrayLiteral("application/octet-stream"), bytes.value(),
                          ranged ? HttpStatus::PartialContent : HttpStatus::Ok);
    r.setHeader(QByteArrayLiteral("Blob-Size"), QByteArray::number(size));
    if (ranged)
        r.setHeader(QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(first) + '-'
                                                            + QByteArray::number(first + bytes->size() - 1) + '/'
                                                            + QByteArray::number(size));
    return r;
}

} // namespace zt::server
