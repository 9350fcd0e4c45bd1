#include "storage/BackupSchedule.h"

#include "common/Clock.h"
#include "security/AccessPolicy.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace zt {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kDailySuffix = QStringLiteral("-daily.sqlite");

QString stamp()
{
    return Clock::nowUtc().toLocalTime().toString(kStampFormat);
}

} // namespace

QStringList BackupSchedule::dailyBackups() const
{
    QStringList out;
    for (const BackupInfo &b : BackupService::listBackups(m_store.path()))
        if (b.path.endsWith(kDailySuffix))
            out << b.path;
    return out; // listBackups is newest first
}

QDateTime BackupSchedule::lastDaily() const
{
    const QStringList daily = dailyBackups();
    if (daily.isEmpty())
        return {};
    // <store>-<stamp>-daily.sqlite
    const QString name = QFileInfo(daily.first()).fileName();
    const QString prefix = QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-');
    return QDateTime::fromString(name.mid(prefix.size(), kStampFormat.size()), kStampFormat);
}

bool BackupSchedule::isDue() const
{
    const QDateTime last = lastDaily();
    return !last.isValid() || last.toUTC().msecsTo(Clock::nowUtc()) >= DayMs - 60 * 1000; // a minute's slack for the timer
}

Result<QString> BackupSchedule::takeDaily()
{
    const QString target = QDir(BackupService::defaultBackupDir(m_store.path()))
                               .filePath(QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-') + stamp()
                                         + kDailySuffix);
    if (Status s = BackupService::backup(m_store.db(), target); !s)
        return s.error();
    (void)AuditLog(m_store).append(QStringLiteral("backup"), {}, {}, QStringLiteral("daily"));
    return target;
}

Result<QString> BackupSchedule::runIfDue()
{
    if (!isDue())
        return QString();
    Result<QString> taken = takeDaily();
    if (taken)
        prune();
    return taken;
}

int BackupSchedule::prune()
{
    int removed = 0;
    const QStringList daily = dailyBackups();
    for (qsizetype i = qMax(0, m_keepDaily); i < daily.size(); ++i)
        if (QFile::remove(daily.at(i)))
            ++removed;
    return removed;
}

Result<QString> BackupSchedule::backupToFolder(const QString &folder, const BackupService::Progress &progress)
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::ChangeSettings); !s)
        return s.error();
    const QFileInfo dir(folder);
    if (folder.isEmpty() || !dir.isDir())
        return Error{QStringLiteral("backup.no_folder"), tr("The folder %1 does not exist. Is the USB drive plugged in?").arg(folder)};
    if (!dir.isWritable())
        return Error{QStringLiteral("backup.read_only_folder"), tr("The folder %1 cannot be written to.").arg(folder)};
    const QString target = QDir(folder).filePath(QStringLiteral("zhitongche-%1-%2.sqlite")
                                                     .arg(m_store.stationId().left(8), stamp()));
    if (Status s = BackupService::backup(m_store.db(), target, progress); !s)
        return s.error();
    if (Status s = BackupService::verify(target); !s) {
        QFile::remove(target);
        return s.error();
    }
    if (Status s = AuditLog(m_store).append(QStringLiteral("backup"), {}, {}, QStringLiteral("to=%1; verified").arg(target)); !s) {
        // Unaudited copies of citizens' data must not exist.
        QFile::remove(target);
        return s.error();
    }
    return target;
}

QString BackupSchedule::restoreRequestPath(const QString &storePath)
{
    return storePath + QStringLiteral(".restore-request");
}

Status BackupSchedule::requestRestore(const QString &backupPath)
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::ChangeSettings); !s)
        return s;
    if (!QFileInfo(backupPath).isFile())
        return Error{QStringLiteral("restore.unreadable"), tr("The backup %1 cannot be opened.").arg(backupPath)};
    // Audited in the store being replaced: it is kept beside the restored one.
    if (Status s = AuditLog(m_store).append(QStringLiteral("restore"), {}, {}, QStringLiteral("from=%1").arg(backupPath)); !s)
        return s;
    QFile request(restoreRequestPath(m_store.path()));
    if (!request.open(QIODevice::WriteOnly | QIODevice::Truncate) || request.write(backupPath.toUtf8()) < 0)
        return Error{QStringLiteral("restore.request_failed"),
                     tr("The restore could not be prepared: %1").arg(request.errorString())};
    return {};
}

Result<QString> BackupSchedule::applyRequestedRestore(const QString &storePath)
{
    QFile request(restoreRequestPath(storePath));
    if (!request.exists())
        return QString();
    if (!request.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("restore.request_failed"), tr("The restore request cannot be read.")};
    const QString backupPath = QString::fromUtf8(request.readAll());
    request.close();
    // Removed first, whatever happens: a restore that fails must not be retried at every start.
    request.remove();
    if (Status s = BackupService::restore(backupPath, storePath); !s)
        return s.error();
    return backupPath;
}

qint64 BackupSchedule::msecsUntil(QTime at)
{
    const QDateTime now = Clock::nowUtc().toLocalTime();
    QDateTime next(now.date(), at);
    if (next <= now)
        next = next.addDays(1);
    return now.msecsTo(next);
}

} // namespace zt
