#pragma once
// Keeps the bytes of photos, letter scans and voice recordings by content hash in a folder beside the
// store (<store>-blobs/ab/ab12...), so the same photo attached twice is kept once and sync can send
// a file by its hash. The metadata row is written by the caller through the write path.

#include "common/Result.h"
#include "domain/Attachment.h"

#include <QCoreApplication>

namespace zt {

class Store;

class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    // Larger files are refused: a village PC's disk and a sync over a weak line both suffer.
    static constexpr qint64 MaxBytes = 200LL * 1024 * 1024;

    explicit AttachmentStore(const Store &store);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Copies the file in (unless the same content is there already) and describes it: hash, name, MIME
    // type, size and kind (kind empty: guessed from the MIME type). No row is written.
    Result<Attachment> importFile(const QString &filePath, const QString &kind = {}) const;
    static QString kindForMimeType(const QString &mimeType);

private:
    QString m_directory;
};

} // namespace zt
