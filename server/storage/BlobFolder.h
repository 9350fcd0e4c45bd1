#pragma once
// The bytes of attachments on the server's disk, content-addressed: <dir>/ab/ab12... for a complete
// blob, <dir>/partial/<sha>.<uploader> for an upload under way, one per uploading device
// ("<account>.<device>"): two PCs sending the same blob at once each write their own file, so
// neither can spoil, interleave with or push back the other's upload (server README decision 23).
// A blob reaches its final name only after its SHA-256 was checked, by an atomic rename that may
// replace a twin finished a moment before (the same verified bytes), so a file under a hash is
// always that hash's bytes, also for a reader that opened it mid-way.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zt::server {

struct BlobFile
{
    QString sha256;
    QString path;
    qint64 size = 0;
    QDateTime modified; // UTC
};

class BlobFolder
{
public:
    explicit BlobFolder(QString directory) : m_dir(std::move(directory)) {}

    Status init() const;
    static bool isHash(const QString &sha256);

    QString finalPath(const QString &sha256) const;
    bool hasFinal(const QString &sha256) const;
    // How many bytes of this uploader's upload are on disk.
    qint64 partialSize(const QString &sha256, const QString &uploader) const;
    // Appends a chunk at `offset`, which must be the partial file's size (error blob.offset otherwise).
    // Returns the new size; the bytes are flushed to disk before the answer.
    Result<qint64> append(const QString &sha256, const QString &uploader, qint64 offset, const QByteArray &chunk) const;
    // Checks the partial file's hash: on a match it becomes the blob (true); otherwise it is removed (false).
    Result<bool> finish(const QString &sha256, const QString &uploader) const;
    void dropPartial(const QString &sha256, const QString &uploader) const;
    // Up to `length` bytes of a complete blob from `offset`.
    Result<QByteArray> read(const QString &sha256, qint64 offset, qint64 length) const;

    // Every complete blob file and every partial upload on disk (for garbage collection).
    QList<BlobFile> completeFiles() const;
    QList<BlobFile> partialFiles() const;

private:
    QString partialPath(const QString &sha256, const QString &uploader) const;

    QString m_dir;
};

} // namespace zt::server
