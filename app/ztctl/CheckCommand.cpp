#include "CheckCommand.h"

#include "Console.h"
#include "storage/StoreInspector.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Store.h"

namespace zt::ctl {

namespace {

// The command that repairs most problems, with the newest automatic backup filled in when there is one.
QString restoreHint(const QString &storePath)
{
    const QList<BackupInfo> backups = BackupService::listBackups(storePath);
    const QString from = backups.isEmpty() ? CheckCommand::tr("BACKUP-FILE") : backups.first().path;
    return CheckCommand::tr("restore the last good backup with: ztctl restore --db %1 --from %2").arg(storePath, from);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check that a store is whole: the file, references between records, the audit log and the "
              "changes waiting to sync.");
}

QString CheckCommand::synopsis() const
{
    return tr("--db PATH");
}

ExitCode CheckCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    QTextStream &out = console.out();
    const QString restore = restoreHint(context.dbPath);

    OpenOptions options;
    options.createIfMissing = false;
    options.migrate = false; // a check reports; it never changes the store
    auto opened = Store::open(context.dbPath, options);
    if (!opened) {
        if (opened.error().code == QLatin1String("store.not_found"))
            return console.failed(opened.error());
        out << tr("Store file: %1 To repair it, %2.").arg(opened.error().message, restore) << '\n';
        out.flush();
        return console.failed(tr("The store could not be opened, so nothing else was checked."));
    }
    Store &store = *opened.value();
    const StoreInspector inspector(store.db());

    int failedChecks = 0;
    int checks = 0;
    auto report = [&](const QString &label, const QStringList &problems, const QString &advice) {
        ++checks;
        if (problems.isEmpty()) {
            out << tr("%1: ok").arg(label) << '\n';
            return;
        }
        ++failedChecks;
        out << tr("%1: %2. %3").arg(label, problems.join(QStringLiteral("; ")), advice) << '\n';
    };

    report(tr("Database file"), inspector.integrityProblems(), tr("Stop working on this store and %1.").arg(restore));
    report(tr("References between records"), inspector.foreignKeyProblems(), tr("To repair it, %1.").arg(restore));

    QStringList auditProblems;
    if (const qint64 broken = AuditLog(store).firstBrokenEntry(); broken > 0)
        auditProblems << tr("entry %1 was changed or removed after it was written, so the log can no longer be "
                            "trusted")
                             .arg(broken);
    if (const qint64 removed = AuditLog(store).firstRemovedNewestEntry(); removed > 0)
        auditProblems << tr("the newest entries, from entry %1 on, were removed").arg(removed);
    report(tr("Audit log"), auditProblems,
           tr("Keep a copy of this file for whoever looks into it, then %1.").arg(restore));

    report(tr("Changes waiting to sync"), inspector.outboxProblems(),
           tr("Do not sync from this PC until this is repaired; %1.").arg(restore));
    out.flush();

    if (failedChecks > 0)
        return console.failed(tr("%n of %1 checks found problems.", nullptr, failedChecks).arg(checks));
    out << tr("All %1 checks passed.").arg(checks) << '\n';
    out.flush();
    return ExitOk;
}

} // namespace zt::ctl
