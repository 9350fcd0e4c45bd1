#include "workflow/AttachmentStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace zt {

AttachmentStore::AttachmentStore(const Store &store)
{
    const QFileInfo info(store.path());
    m_directory = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-blobs"));
}

QString AttachmentStore::pathFor(const QString &sha256) const
{
    return QDir(m_directory).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

bool AttachmentStore::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

QString AttachmentStore::kindForMimeType(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return AttachmentKind::Photo;
    if (mimeType.startsWith(QLatin1String("audio/")))
        return AttachmentKind::Voice;
    if (mimeType.startsWith(QLatin1String("video/")))
        return AttachmentKind::Video;
    if (mimeType == QLatin1String("application/pdf"))
        return AttachmentKind::Scan;
    return AttachmentKind::File;
}

Result<Attachment> AttachmentStore::importFile(const QString &filePath, const QString &kind) const
{
    const QFileInfo info(filePath);
    QFile in(filePath);
    if (!info.isFile() || !in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("attachment.unreadable"), tr("The file %1 cannot be read.").arg(info.fileName())};
    if (in.size() > MaxBytes)
        return Error{QStringLiteral("attachment.too_big"),
                     tr("The file %1 is larger than %2 MB. Please attach a smaller copy.").arg(info.fileName()).arg(MaxBytes >> 20)};

    // Hash and copy in one read; the copy lands under a temporary name and is renamed once complete,
    // so a power cut never leaves a half file under a valid hash.
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("attachment.no_folder"), tr("The folder %1 cannot be created.").arg(m_directory)};
    QSaveFile out(QDir(m_directory).filePath(QStringLiteral("incoming.tmp")));
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("attachment.no_folder"), tr("The folder %1 is not writable.").arg(m_directory)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Error{QStringLiteral("attachment.unreadable"), tr("The file %1 cannot be read.").arg(info.fileName())};
        hash.addData(chunk);
        size += chunk.size();
        out.write(chunk);
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = pathFor(sha);
    if (QFileInfo::exists(target)) {
        out.cancelWriting();
    } else {
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!out.commit() || !QFile::rename(QDir(m_directory).filePath(QStringLiteral("incoming.tmp")), target))
            return Error{QStringLiteral("attachment.write_failed"), tr("The file %1 could not be stored.").arg(info.fileName())};
    }

    Attachment a;
    a.sha256 = sha;
    a.fileName = info.fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    a.sizeBytes = size;
    a.kind = kind.isEmpty() ? kindForMimeType(a.mimeType) : kind;
    a.createdAt = Clock::nowUtc();
    return a;
}

} // namespace zt
