#include "BackupCommand.h"

#include "Console.h"
#include "storage/BackupService.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace zt::ctl {

namespace {
const QString kTo = QStringLiteral("to");
} // namespace

QString BackupCommand::summary() const
{
    return tr("Copy a store to a backup file, also while Zhitongche is running.");
}

QString BackupCommand::synopsis() const
{
    return tr("--db PATH --to FILE");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return {QCommandLineOption(kTo, tr("The backup file to write; it must not exist yet."), tr("file"))};
}

ExitCode BackupCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QString target =
        context.parser.value(kTo).isEmpty() ? QString() : QFileInfo(context.parser.value(kTo)).absoluteFilePath();
    if (target.isEmpty())
        return console.usageError(tr("The option --to is missing: say where the backup goes."), name());
    if (target == context.dbPath)
        return console.usageError(tr("The backup cannot replace the store itself; choose another file."), name());
    // An existing file may be the only good backup someone has; never overwrite it without asking.
    if (QFileInfo::exists(target))
        return console.failed(
            tr("%1 already exists; choose another file name or move that file away first.").arg(target));

    OpenOptions options;
    options.createIfMissing = false;
    options.migrate = false; // a backup keeps the store exactly as it is
    auto opened = Store::open(context.dbPath, options);
    if (!opened)
        return console.failed(opened.error());
    if (Status copied = BackupService::backup(opened.value()->db(), target); !copied)
        return console.failed(copied.error());

    console.out() << tr("Backed up %1 to %2 (%3).")
                         .arg(context.dbPath, target, QLocale().formattedDataSize(QFileInfo(target).size()))
                  << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
