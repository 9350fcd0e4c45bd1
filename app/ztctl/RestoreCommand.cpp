#include "RestoreCommand.h"

#include "Console.h"
#include "storage/BackupService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace zt::ctl {

namespace {

const QString kFrom = QStringLiteral("from");

// BackupService::restore moves the old store to <store>.replaced-<time>; its WAL goes along with a
// -wal suffix. The name it chose is whichever of these is new after the restore.
QSet<QString> replacedFiles(const QString &storePath)
{
    const QFileInfo store(storePath);
    QSet<QString> names;
    const QStringList entries =
        store.absoluteDir().entryList({store.fileName() + QStringLiteral(".replaced-*")}, QDir::Files);
    for (const QString &name : entries)
        if (!name.endsWith(QLatin1String("-wal")))
            names.insert(store.absoluteDir().filePath(name));
    return names;
}

} // namespace

QString RestoreCommand::summary() const
{
    return tr("Replace a store with a backup; the replaced store is kept beside it. Close Zhitongche first.");
}

QString RestoreCommand::synopsis() const
{
    return tr("--db PATH --from FILE");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {QCommandLineOption(kFrom, tr("The backup file to restore."), tr("file"))};
}

ExitCode RestoreCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    if (context.parser.value(kFrom).isEmpty())
        return console.usageError(tr("The option --from is missing: say which backup to restore."), name());
    const QString backup = QFileInfo(context.parser.value(kFrom)).absoluteFilePath();
    if (backup == context.dbPath)
        return console.usageError(tr("The backup and the store are the same file."), name());
    if (!QFileInfo::exists(backup))
        return console.failed(tr("There is no backup at %1.").arg(backup));

    const QSet<QString> before = replacedFiles(context.dbPath);
    if (Status restored = BackupService::restore(backup, context.dbPath); !restored)
        return console.failed(restored.error());

    console.out() << tr("Restored %1 from %2.").arg(context.dbPath, backup) << '\n';
    const QSet<QString> kept = replacedFiles(context.dbPath) - before;
    for (const QString &path : kept)
        console.out() << tr("The replaced store was kept as %1.").arg(path) << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
