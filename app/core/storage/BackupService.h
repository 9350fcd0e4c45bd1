#pragma once
// Backups of the store with SQLite's online backup API: consistent while the program runs, written
// to a temporary file and renamed, so a power cut never leaves a half backup that looks whole.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace zt {

struct BackupInfo
{
    QString path;
    QDateTime createdAt;
    qint64 sizeBytes = 0;
};

class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    // <store dir>/backups, where automatic backups go.
    static QString defaultBackupDir(const QString &storePath);

    // Pages copied so far of all pages, after each step of the copy (for a progress bar).
    using Progress = std::function<void(int done, int total)>;

    // Copies an open store (connection) to target.
    static Status backup(const QSqlDatabase &db, const QString &targetPath, const Progress &progress = {});
    // Opens a written copy read-only and runs SQLite's integrity check on it, so a copy on a flaky USB
    // drive is known to be good before anyone relies on it.
    static Status verify(const QString &backupPath);
    // Copies a store file that may not be open; used before migrations.
    static Status backupFile(const QString &storePath, const QString &targetPath);
    // Takes an automatic backup named <store>-<time>-<reason>.sqlite in the default directory.
    static Result<QString> backupBeside(const QString &storePath, const QString &reason);

    // Newest first.
    static QList<BackupInfo> listBackups(const QString &storePath);

    // Checks that backupPath is a readable store no newer than this program, then replaces the
    // store with it. The replaced file is kept beside it as <store>.replaced-<time>.
    static Status restore(const QString &backupPath, const QString &storePath);

private:
    static Status copyWithBackupApi(const QSqlDatabase &source, const QString &targetPath,
                                    const Progress &progress = {});
};

} // namespace zt
