#include "storage/BackupService.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "storage/Migrator.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <sqlite3.h>

#include <algorithm>

namespace zt {

namespace {

// A private connection that is closed and removed when it goes out of scope.
class ScopedConnection
{
public:
    // immutable: read a file nobody writes (a finished copy) without locks, so SQLite leaves no -wal or
    // -shm files beside it (on a USB drive they would look like part of the backup).
    explicit ScopedConnection(const QString &path, bool readOnly, bool immutable = false)
        : m_name(QStringLiteral("zt-backup-") + Uuid7::generate())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (immutable) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
        }
        if (readOnly && !immutable)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QString timestamp()
{
    return Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

QString BackupService::defaultBackupDir(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status BackupService::copyWithBackupApi(const QSqlDatabase &source, const QString &targetPath,
                                        const Progress &progress)
{
    sqlite3 *src = SqliteHandle::of(source);
    if (!src)
        return Error{QStringLiteral("backup.no_handle"), tr("The store is not open.")};
    const QString tmpPath = targetPath + QStringLiteral(".part");
    QFile::remove(tmpPath);
    sqlite3 *dst = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(tmpPath).constData(), &dst,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
        if (b) {
            // Copy in steps so a long backup does not hold the store for its whole duration.
            do {
                rc = sqlite3_backup_step(b, 1024);
                if (progress) {
                    const int total = sqlite3_backup_pagecount(b);
                    progress(total - sqlite3_backup_remaining(b), total);
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(b);
        }
        rc = sqlite3_errcode(dst);
    }
    const QString detail = QString::fromUtf8(dst ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
    sqlite3_close(dst);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(tmpPath);
        return Error{QStringLiteral("backup.failed"), tr("The backup to %1 failed: %2").arg(targetPath, detail)};
    }
    QFile::remove(targetPath);
    if (!QFile::rename(tmpPath, targetPath)) {
        QFile::remove(tmpPath);
        return Error{QStringLiteral("backup.failed"), tr("The backup could not be written to %1.").arg(targetPath)};
    }
    return {};
}

Status BackupService::backup(const QSqlDatabase &db, const QString &targetPath, const Progress &progress)
{
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    return copyWithBackupApi(db, targetPath, progress);
}

Status BackupService::verify(const QString &backupPath)
{
    const auto damaged = [&](const QString &detail) {
        return Error{QStringLiteral("backup.damaged"),
                     tr("The copy %1 could not be read back correctly (%2). Do not rely on it: try again, or "
                        "use another drive.")
                         .arg(backupPath, detail)};
    };
    if (!QFileInfo(backupPath).isFile())
        return damaged(tr("the file is missing"));
    ScopedConnection conn(backupPath, true, true);
    if (!conn.isOpen())
        return damaged(conn.db().lastError().text());
    QSqlQuery q(conn.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return damaged(q.lastError().text());
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok"))
        return damaged(result);
    // A copy with no schema at all passes the integrity check; a store always has a version.
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() < 1)
        return damaged(tr("it holds no store"));
    return {};
}

Status BackupService::backupFile(const QString &storePath, const QString &targetPath)
{
    if (!QFileInfo::exists(storePath))
        return Error{QStringLiteral("store.not_found"), tr("There is no store at %1.").arg(storePath)};
    ScopedConnection conn(storePath, true);
    if (!conn.isOpen())
        return Error{QStringLiteral("store.unreadable"), tr("The store at %1 cannot be opened.").arg(storePath)};
    return backup(conn.db(), targetPath);
}

Result<QString> BackupService::backupBeside(const QString &storePath, const QString &reason)
{
    const QString dir = defaultBackupDir(storePath);
    const QString target = QDir(dir).filePath(QStringLiteral("%1-%2-%3.sqlite")
                                                  .arg(QFileInfo(storePath).completeBaseName(), timestamp(), reason));
    Status s = backupFile(storePath, target);
    if (!s)
        return s.error();
    return target;
}

QList<BackupInfo> BackupService::listBackups(const QString &storePath)
{
    QList<BackupInfo> list;
    const QDir dir(defaultBackupDir(storePath));
    const QString prefix = QFileInfo(storePath).completeBaseName() + QLatin1Char('-');
    for (const QFileInfo &fi : dir.entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files))
        list.append({fi.absoluteFilePath(), fi.lastModified(), fi.size()});
    // The name carries the time to the millisecond, so it orders backups even when mtimes tie.
    std::sort(list.begin(), list.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.path > b.path; });
    return list;
}

Status BackupService::restore(const QString &backupPath, const QString &storePath)
{
    {
        ScopedConnection conn(backupPath, true);
        if (!QFileInfo::exists(backupPath) || !conn.isOpen())
            return Error{QStringLiteral("restore.unreadable"), tr("The backup %1 cannot be opened.").arg(backupPath)};
        QSqlQuery q(conn.db());
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            return Error{QStringLiteral("restore.damaged"),
                         tr("The backup %1 is damaged and was not restored.").arg(backupPath)};
        const int version = Migrator::currentVersion(conn.db());
        if (version > Migrator::latestVersion())
            return Error{QStringLiteral("restore.too_new"),
                         tr("The backup %1 was written by a newer version of Zhitongche.").arg(backupPath)};
    }
    // Copy next to the store first, then swap by rename, so a failure never leaves no store at all.
    const QString incoming = storePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{QStringLiteral("restore.copy_failed"), tr("The backup could not be copied to %1.").arg(incoming)};
    if (QFileInfo::exists(storePath)) {
        const QString aside = storePath + QStringLiteral(".replaced-") + timestamp();
        if (!QFile::rename(storePath, aside)) {
            QFile::remove(incoming);
            return Error{QStringLiteral("restore.busy"),
                         tr("The store %1 is in use; close Zhitongche and try again.").arg(storePath)};
        }
        // The WAL belongs to the replaced file: it goes aside with it, never replayed onto the backup.
        QFile::rename(storePath + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    }
    QFile::remove(storePath + QStringLiteral("-wal"));
    QFile::remove(storePath + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, storePath))
        return Error{QStringLiteral("restore.copy_failed"), tr("The backup could not be moved to %1.").arg(storePath)};
    return {};
}

} // namespace zt
