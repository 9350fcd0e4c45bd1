#include "storage/RemovableDrives.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace zt {

bool RemovableDrives::isRemovableMountPoint(const QString &rootPath)
{
    const QString path = QDir::cleanPath(rootPath);
    // udisks mounts a stick at /media/<user>/<label> (Debian) or /run/media/<user>/<label> (others);
    // the bare /media or /media/<user> are folders, not drives.
    for (const QString &base : {QStringLiteral("/media/"), QStringLiteral("/run/media/")}) {
        if (!path.startsWith(base))
            continue;
        const qsizetype depth = path.mid(base.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts).size();
        return base == QLatin1String("/media/") ? depth >= 1 : depth >= 2;
    }
    return false;
}

QList<RemovableDrive> RemovableDrives::find()
{
    QList<RemovableDrive> out;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly()
            || !isRemovableMountPoint(volume.rootPath()))
            continue;
        // A drive mounted for another user is listed by the system but not writable for us.
        if (!QFileInfo(volume.rootPath()).isWritable())
            continue;
        QString label = volume.displayName();
        if (label.isEmpty() || label == volume.rootPath())
            label = QFileInfo(volume.rootPath()).fileName();
        out.append({volume.rootPath(), label, volume.bytesAvailable()});
    }
    return out;
}

} // namespace zt
