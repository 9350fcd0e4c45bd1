#pragma once
// Attachments' bytes between this PC and the server (sync-protocol.md "Attachments"), after the rows:
// uploads the blobs whose attachment rows the server has but whose bytes it lacks (HEAD, then the
// rest in chunks from the offset the server reports, so a cut upload resumes where it stopped), and
// downloads the blobs this store's rows name but <store>-blobs/ lacks (Range requests into a .part
// file, so a cut download resumes too; the hash is checked before the file takes its final name).
// A blob that cannot move now (not uploaded yet by its PC, refused) never stops the others.

#include "common/Result.h"
#include "storage/BlobQueueRepository.h"

#include <QCoreApplication>

class QFile;

namespace zt {

class Store;
class SyncClient;

struct BlobTransferReport
{
    int uploaded = 0;
    int downloaded = 0;
    int waiting = 0;          // named by a row but not on the server yet, or refused for now
    qint64 bytesSent = 0;     // chunk bytes the server accepted in this run
    qint64 bytesReceived = 0; // bytes written to .part files in this run
};

class BlobSync
{
    Q_DECLARE_TR_FUNCTIONS(BlobSync)
public:
    BlobSync(Store &store, SyncClient &client);

    Result<BlobTransferReport> run();
    Result<BlobTransferReport> uploadAll();
    Result<BlobTransferReport> downloadAll();
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        qint64 uploadOffset = -1; // Upload-Offset header of a HEAD, -1 when absent
        qint64 blobSize = -1;     // Blob-Size, or the total of Content-Range
        qint64 written = 0;       // bytes written to the sink
    };
    // One request with the sync's TLS, pin and token (refreshed once on 401). A sink takes a GET's
    // body as it arrives, but only if the answer starts where `sinkOffset` says.
    Result<Answer> exchange(const QByteArray &verb, const QString &path, const QByteArray &body,
                            QFile *sink = nullptr, qint64 sinkOffset = 0);
    Result<Answer> exchangeOnce(const QByteArray &verb, const QString &path, const QByteArray &body, QFile *sink,
                                qint64 sinkOffset);
    Status upload(const BlobNeed &need, BlobTransferReport &report);
    Status download(const BlobNeed &need, BlobTransferReport &report);

    Store &m_store;
    SyncClient &m_client;
    BlobQueueRepository m_queue;
    qint64 m_chunkBytes;
};

} // namespace zt
