#pragma once
// The USB drives a backup can go to: mounted volumes under the places the desktop mounts removable
// media (/media/<user>/<label>, /run/media/<user>/<label>), writable and ready. Other mounts (the
// system disk, network shares, snaps) are not offered; the folder picker remains for those.

#include <QList>
#include <QString>

namespace zt {

struct RemovableDrive
{
    QString rootPath;
    QString label;      // the volume's name, or the folder's name when it has none
    qint64 bytesFree = 0;
};

class RemovableDrives
{
public:
    static QList<RemovableDrive> find();
    // Whether a mount point is where removable media are mounted (the rule find() applies).
    static bool isRemovableMountPoint(const QString &rootPath);
};

} // namespace zt
