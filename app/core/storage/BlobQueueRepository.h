#pragma once
// The client's side of attachments' bytes: which blobs the server still needs from this PC (their
// attachment rows are synced, the server's copy is not confirmed: blob_queue), and which blobs the
// store's attachment rows name (BlobSync downloads those missing from <store>-blobs/).

#include "common/Result.h"

#include <QList>
#include <QString>

namespace zt {

class Store;

struct BlobNeed
{
    QString sha256;
    qint64 sizeBytes = 0;
};

class BlobQueueRepository
{
public:
    explicit BlobQueueRepository(Store &store) : m_store(store) {}

    // Live attachment rows the server knows (pulled back: sv > 0) whose bytes it has not confirmed.
    QList<BlobNeed> toUpload() const;
    // Every blob a live attachment row names.
    QList<BlobNeed> referenced() const;
    // The server has these bytes (uploaded, found there, or downloaded from it).
    Status markOnServer(const QString &sha256, const QString &localPath, qint64 size);
    // An upload that stopped: how far it got and why (shown on the sync page).
    Status recordProgress(const QString &sha256, const QString &localPath, qint64 size, qint64 offset,
                          const QString &error);

private:
    Store &m_store;
};

} // namespace zt
