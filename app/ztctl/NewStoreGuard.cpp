#include "NewStoreGuard.h"

#include <QFile>
#include <QFileInfo>

namespace zt::ctl {

NewStoreGuard::NewStoreGuard(const QString &path) : m_path(path), m_existedBefore(QFileInfo::exists(path)) {}

NewStoreGuard::~NewStoreGuard()
{
    if (m_keep || m_existedBefore)
        return;
    // The store must be closed by now (declare the guard before the store), or the WAL comes back.
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_path + suffix);
}

} // namespace zt::ctl
