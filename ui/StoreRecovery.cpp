#include "StoreRecovery.h"

#include "storage/BackupService.h"

#include <QLocale>
#include <QMessageBox>

namespace zt {

std::unique_ptr<Store> StoreRecovery::open(const QString &path, QWidget *parent)
{
    return open(
        path,
        [parent](const QString &title, const QString &text) {
            return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   == QMessageBox::Yes;
        },
        [parent](const QString &title, const QString &text) { QMessageBox::critical(parent, title, text); });
}

std::unique_ptr<Store> StoreRecovery::open(const QString &path, const Ask &ask, const Tell &tell)
{
    auto opened = Store::open(path);
    if (opened)
        return std::move(opened.value());
    const Error error = opened.error();
    const bool recoverable = error.code == QLatin1String("store.corrupt") || error.code == QLatin1String("store.unreadable");
    const QList<BackupInfo> backups = BackupService::listBackups(path);
    if (!recoverable || backups.isEmpty()) {
        QString text = error.message;
        if (recoverable)
            text += QLatin1Char('\n') + tr("No backup of this store was found in %1.").arg(BackupService::defaultBackupDir(path));
        tell(tr("The data file cannot be opened"), text);
        return nullptr;
    }
    const BackupInfo &latest = backups.first();
    const QString question =
        tr("%1\n\nThe newest backup was made on %2. Restore it? The damaged file is kept beside it.")
            .arg(error.message, QLocale().toString(latest.createdAt, QLocale::ShortFormat));
    if (!ask(tr("The data file cannot be opened"), question))
        return nullptr;
    if (Status restored = BackupService::restore(latest.path, path); !restored) {
        tell(tr("Restoring the backup failed"), restored.error().message);
        return nullptr;
    }
    auto reopened = Store::open(path);
    if (!reopened) {
        tell(tr("The data file cannot be opened"), reopened.error().message);
        return nullptr;
    }
    return std::move(reopened.value());
}

} // namespace zt
