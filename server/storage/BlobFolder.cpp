#include "storage/BlobFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace zt::server {

namespace {

Error ioError(const QString &what, const QFile &file)
{
    return Error{QStringLiteral("blob.io"), QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString())};
}

// fsync before an answer or a rename: a power cut must not leave a blob that was acknowledged, or a
// final name over bytes that never reached the disk.
bool syncToDisk(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace

Status BlobFolder::init() const
{
    if (!QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("partial"))))
        return Error{QStringLiteral("blob.no_folder"), QStringLiteral("The blob folder %1 cannot be created.").arg(m_dir)};
    return {};
}

bool BlobFolder::isHash(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

QString BlobFolder::finalPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

bool BlobFolder::hasFinal(const QString &sha256) const
{
    return QFileInfo::exists(finalPath(sha256));
}

QString BlobFolder::partialPath(const QString &sha256, const QString &uploader) const
{
    return QDir(m_dir).filePath(QStringLiteral("partial/") + sha256 + QLatin1Char('.') + uploader);
}

qint64 BlobFolder::partialSize(const QString &sha256, const QString &uploader) const
{
    const QFileInfo info(partialPath(sha256, uploader));
    return info.exists() ? info.size() : 0;
}

Result<qint64> BlobFolder::append(const QString &sha256, const QString &uploader, qint64 offset, const QByteArray &chunk) const
{
    QFile file(partialPath(sha256, uploader));
    if (!file.open(QIODevice::ReadWrite))
        return ioError(QStringLiteral("cannot open"), file);
    if (file.size() != offset)
        return Error{QStringLiteral("blob.offset"), QString::number(file.size())};
    if (!file.seek(offset) || file.write(chunk) != chunk.size() || !syncToDisk(file))
        return ioError(QStringLiteral("cannot write"), file);
    return file.size();
}

Result<bool> BlobFolder::finish(const QString &sha256, const QString &uploader) const
{
    const QString partial = partialPath(sha256, uploader);
    QFile file(partial);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("cannot open"), file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return ioError(QStringLiteral("cannot read"), file);
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        QFile::remove(partial);
        return false;
    }
    const QString target = finalPath(sha256);
    QDir().mkpath(QFileInfo(target).absolutePath());
    // rename(2), not QFile::rename (which refuses an existing target): another device may have
    // finished the same blob a moment ago; its file holds the same verified bytes, and the atomic
    // replace leaves any reader of the old file with a whole copy.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return Error{QStringLiteral("blob.io"), QStringLiteral("cannot move %1 to %2: %3").arg(partial, target, QString::fromLocal8Bit(strerror(errno)))};
    return true;
}

void BlobFolder::dropPartial(const QString &sha256, const QString &uploader) const
{
    QFile::remove(partialPath(sha256, uploader));
}

Result<QByteArray> BlobFolder::read(const QString &sha256, qint64 offset, qint64 length) const
{
    QFile file(finalPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("cannot open"), file);
    if (!file.seek(offset))
        return ioError(QStringLiteral("cannot seek"), file);
    QByteArray bytes = file.read(length);
    if (bytes.isNull() && file.error() != QFileDevice::NoError)
        return ioError(QStringLiteral("cannot read"), file);
    return bytes;
}

QList<BlobFile> BlobFolder::completeFiles() const
{
    QList<BlobFile> files;
    // <dir>/ab/ab12...: only two-hex-digit folders hold complete blobs ("partial" is not one).
    const QDir root(m_dir);
    for (const QString &prefix : root.entryList({QStringLiteral("??")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &info : QDir(root.filePath(prefix)).entryInfoList(QDir::Files)) {
            if (isHash(info.fileName()) && info.fileName().startsWith(prefix))
                files.append(BlobFile{info.fileName(), info.filePath(), info.size(), info.lastModified().toUTC()});
        }
    }
    return files;
}

QList<BlobFile> BlobFolder::partialFiles() const
{
    QList<BlobFile> files;
    for (const QFileInfo &info : QDir(QDir(m_dir).filePath(QStringLiteral("partial"))).entryInfoList(QDir::Files))
        files.append(BlobFile{info.fileName().section(QLatin1Char('.'), 0, 0), info.filePath(), info.size(),
                              info.lastModified().toUTC()});
    return files;
}

} // namespace zt::server
