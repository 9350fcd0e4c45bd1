#include "sync/BlobSync.h"

#include "storage/Store.h"
#include "sync/SyncClient.h"
#include "sync/SyncLimits.h"
#include "workflow/AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace zt {

namespace {

// "bytes 100-199/1000" -> first 100, total 1000.
bool parseContentRange(const QByteArray &header, qint64 *first, qint64 *total)
{
    static const QRegularExpression re(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *total = m.captured(3).toLongLong();
    return true;
}

QString hashOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

BlobSync::BlobSync(Store &store, SyncClient &client)
    : m_store(store), m_client(client), m_queue(store), m_chunkBytes(sync::kMaxBlobChunkBytes)
{
}

Result<BlobTransferReport> BlobSync::run()
{
    auto up = uploadAll();
    if (!up)
        return up.error();
    auto down = downloadAll();
    if (!down)
        return down.error();
    BlobTransferReport report = up.value();
    report.downloaded = down->downloaded;
    report.waiting += down->waiting;
    report.bytesReceived = down->bytesReceived;
    return report;
}

Result<BlobTransferReport> BlobSync::uploadAll()
{
    BlobTransferReport report;
    for (const BlobNeed &need : m_queue.toUpload())
        if (Status s = upload(need, report); !s)
            return s.error();
    return report;
}

Result<BlobTransferReport> BlobSync::downloadAll()
{
    BlobTransferReport report;
    const AttachmentStore blobs(m_store);
    for (const BlobNeed &need : m_queue.referenced())
        if (!blobs.contains(need.sha256))
            if (Status s = download(need, report); !s)
                return s.error();
    return report;
}

Result<BlobSync::Answer> BlobSync::exchange(const QByteArray &verb, const QString &path, const QByteArray &body, QFile *sink,
                                            qint64 sinkOffset)
{
    if (!m_client.hasAccessToken())
        if (Status s = m_client.refreshAccessToken(); !s)
            return s.error();
    auto answer = exchangeOnce(verb, path, body, sink, sinkOffset);
    if (answer && answer->status == 401) { // the access token expired since the rows were synced
        if (Status s = m_client.refreshAccessToken(); !s)
            return s.error();
        answer = exchangeOnce(verb, path, body, sink, sinkOffset);
    }
    return answer;
}

Result<BlobSync::Answer> BlobSync::exchangeOnce(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                QFile *sink, qint64 sinkOffset)
{
    QNetworkRequest request = m_client.prepareRequest(path, true);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    if (sink)
        request.setRawHeader(QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(sinkOffset) + '-');
    QNetworkReply *reply = verb == "HEAD" ? m_client.network().head(request)
                                          : m_client.network().sendCustomRequest(request, verb, body);
    m_client.watch(reply);
    Answer answer;
    bool sinkOk = false;
    bool sinkChecked = false;
    if (sink) {
        // Bytes go to the .part file as they arrive: a cut line keeps what came.
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
            if (!sinkChecked) {
                sinkChecked = true;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                qint64 first = 0;
                qint64 total = 0;
                sinkOk = (status == 206 && parseContentRange(reply->rawHeader(QByteArrayLiteral("Content-Range")), &first, &total)
                          && first == sinkOffset)
                         || (status == 200 && sinkOffset == 0);
            }
            if (!sinkOk)
                return;
            const QByteArray data = reply->readAll();
            if (sink->write(data) == data.size())
                answer.written += data.size();
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    if (sink && sinkOk) {
        const QByteArray rest = reply->readAll(); // what arrived with the end of the answer
        if (sink->write(rest) == rest.size())
            answer.written += rest.size();
        sink->flush();
    }

    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0 || reply->property("zt_pin_mismatch").toBool())
        return m_client.transportError(reply);
    if (!sinkOk)
        answer.body = reply->readAll();
    m_client.noteRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    bool ok = false;
    const qint64 offset = reply->rawHeader(QByteArrayLiteral("Upload-Offset")).toLongLong(&ok);
    if (ok)
        answer.uploadOffset = offset;
    const qint64 size = reply->rawHeader(QByteArrayLiteral("Blob-Size")).toLongLong(&ok);
    if (ok)
        answer.blobSize = size;
    if (reply->error() != QNetworkReply::NoError && answer.status < 300)
        return m_client.transportError(reply); // cut in the middle of the body
    return answer;
}

Status BlobSync::upload(const BlobNeed &need, BlobTransferReport &report)
{
    const QString local = AttachmentStore(m_store).pathFor(need.sha256);
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // made on another PC: that PC uploads it
    const QString path = QStringLiteral("/blobs/") + need.sha256;
    auto head = exchange("HEAD", path, {});
    if (!head)
        return head.error();
    if (head->status == 200)
        return m_queue.markOnServer(need.sha256, local, file.size());
    if (head->status != 404)
        return Error{QStringLiteral("sync.server"), tr("The sync server answered %1 for an attachment.").arg(head->status)};
    if (head->uploadOffset < 0) { // the server does not see the row in this PC's scope (yet)
        ++report.waiting;
        return m_queue.recordProgress(need.sha256, local, file.size(), 0, tr("The server does not accept this attachment from this PC."));
    }
    const qint64 size = file.size();
    qint64 offset = std::min(head->uploadOffset, size);
    qint64 chunkBytes = m_chunkBytes;
    // Each round either moves the offset forward or is one of a few corrections.
    for (int corrections = 0; corrections < 8;) {
        if (!file.seek(offset))
            return Error{QStringLiteral("sync.blob_unreadable"), tr("The attachment file %1 cannot be read.").arg(local)};
        const QByteArray chunk = file.read(std::min(chunkBytes, size - offset));
        auto put = exchange("PUT", QStringLiteral("%1?offset=%2&size=%3").arg(path).arg(offset).arg(size), chunk);
        if (!put) {
            // Only a hint for the sync page: the server's Upload-Offset is what a resume trusts.
            static_cast<void>(m_queue.recordProgress(need.sha256, local, size, offset, {}));
            return put.error();
        }
        const QJsonObject o = QJsonDocument::fromJson(put->body).object();
        switch (put->status) {
        case 200:
        case 201:
            report.bytesSent += chunk.size();
            if (o.value(QStringLiteral("complete")).toBool()) {
                ++report.uploaded;
                return m_queue.markOnServer(need.sha256, local, size);
            }
            offset = o.value(QStringLiteral("offset")).toInteger();
            // Only a hint for the sync page: the server's Upload-Offset is what a resume trusts.
            static_cast<void>(m_queue.recordProgress(need.sha256, local, size, offset, {}));
            continue;
        case 409: // the server holds more (or less) than we thought: go on from there
            offset = o.value(QStringLiteral("offset")).toInteger();
            ++corrections;
            continue;
        case 413: // a proxy with a smaller body limit
            chunkBytes = std::max<qint64>(64 * 1024, chunkBytes / 2);
            ++corrections;
            continue;
        case 403:
        case 422: // 422: the local file does not have its hash (damaged on this disk)
            ++report.waiting;
            return m_queue.recordProgress(need.sha256, local, size, 0,
                                          put->status == 422 ? tr("The attachment file on this PC is damaged: %1").arg(local)
                                                             : tr("The server does not accept this attachment from this PC."));
        default:
            // Only a hint for the sync page: the server's Upload-Offset is what a resume trusts.
            static_cast<void>(m_queue.recordProgress(need.sha256, local, size, offset, {}));
            return Error{QStringLiteral("sync.server"),
                         tr("The sync server answered %1: %2").arg(put->status).arg(o.value(QStringLiteral("reason")).toString())};
        }
    }
    return Error{QStringLiteral("sync.server"), tr("The upload of an attachment did not make progress.")};
}

Status BlobSync::download(const BlobNeed &need, BlobTransferReport &report)
{
    const QString target = AttachmentStore(m_store).pathFor(need.sha256);
    const QString partial = target + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{QStringLiteral("sync.blob_folder"), tr("The folder %1 cannot be created.").arg(QFileInfo(target).absolutePath())};
    qint64 size = need.sizeBytes;
    const QString path = QStringLiteral("/blobs/") + need.sha256;
    for (int round = 0; round < 1 + int(sync::kMaxBlobBytes / sync::kBlobSliceBytes); ++round) {
        QFile part(partial);
        if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
            return Error{QStringLiteral("sync.blob_folder"), tr("The file %1 cannot be written.").arg(partial)};
        const qint64 have = part.size();
        if (have >= size) // complete (a crash came between the last byte and the rename)
            break;
        auto got = exchange("GET", path, {}, &part, have);
        part.close();
        if (!got)
            return got.error(); // the .part file keeps what arrived; the next sync goes on from there
        report.bytesReceived += got->written;
        if (got->status == 404) { // not uploaded yet by the PC that made it
            ++report.waiting;
            return {};
        }
        if (got->status == 416) { // more on disk than the blob has: start again
            QFile::remove(partial);
            continue;
        }
        if (got->status != 200 && got->status != 206)
            return Error{QStringLiteral("sync.server"), tr("The sync server answered %1 for an attachment.").arg(got->status)};
        if (got->blobSize >= 0)
            size = got->blobSize;
        if (got->written == 0 && have < size)
            return Error{QStringLiteral("sync.server"), tr("The sync server sent an attachment from the wrong place.")};
        if (have + got->written >= size)
            break;
    }
    if (hashOf(partial) != need.sha256) {
        QFile::remove(partial); // damaged on the way: fetched again next time
        ++report.waiting;
        return {};
    }
    if (!QFile::rename(partial, target))
        return Error{QStringLiteral("sync.blob_folder"), tr("The file %1 cannot be written.").arg(target)};
    ++report.downloaded;
    return m_queue.markOnServer(need.sha256, target, size);
}

} // namespace zt
