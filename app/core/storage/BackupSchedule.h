#pragma once
// Automatic daily backups with retention, copies to a folder the user picks (a USB drive), and restore
// on the next start of the store. The copies are BackupService's online backups; what to keep, when,
// and who may take data off the PC or replace the store is decided here.

#include "common/Result.h"
#include "storage/BackupService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace zt {

class Store;

class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)
public:
    static constexpr int DefaultKeepDaily = 7;
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

    explicit BackupSchedule(Store &store, int keepDaily = DefaultKeepDaily) : m_store(store), m_keepDaily(keepDaily) {}

    // Daily backups of this store, newest first, and when the newest was taken (from its name, so it
    // follows the program's clock; invalid when there is none).
    QStringList dailyBackups() const;
    QDateTime lastDaily() const;
    // No daily backup yet, or the newest is older than a day.
    bool isDue() const;
    // Takes the daily backup when due, then keeps only the newest keepDaily; returns the new file, or an
    // empty path when none was due.
    Result<QString> runIfDue();
    // Removes the daily backups beyond keepDaily (never the ones taken before migrations or by hand).
    int prune();

    // A copy in a folder the user chose (a USB drive): takes all citizens' data off the PC, so it needs
    // ChangeSettings and is audited. The file name says station and time.
    // The copy is then opened read-only and checked (BackupService::verify); a copy that fails is
    // removed, so no damaged file on a drive looks like a backup.
    Result<QString> backupToFolder(const QString &folder, const BackupService::Progress &progress = {});

    // Restore needs the store closed: this records the request beside the store (ChangeSettings,
    // audited) and the program restarts the store; applyRequestedRestore then replaces the file.
    Status requestRestore(const QString &backupPath);
    static QString restoreRequestPath(const QString &storePath);
    // Before the store is opened: performs a requested restore (the replaced file is kept beside it) and
    // returns the backup it came from; an empty path when nothing was requested.
    static Result<QString> applyRequestedRestore(const QString &storePath);

    // Milliseconds from now until the next time of day `at` (local time), for the daily timer.
    static qint64 msecsUntil(QTime at);

private:
    Result<QString> takeDaily();

    Store &m_store;
    int m_keepDaily;
};

} // namespace zt
