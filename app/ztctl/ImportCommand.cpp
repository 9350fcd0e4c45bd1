#include "ImportCommand.h"

#include "Console.h"
#include "io/LedgerImporter.h"
#include "storage/LedgerImportRepository.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace zt::ctl {

namespace {
const QString kMapping = QStringLiteral("mapping");
const QString kSaveMapping = QStringLiteral("save-mapping");
} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a ledger (CSV or XLSX with Chinese headers) as visits and cases.");
}

QString ImportCommand::synopsis() const
{
    return tr("--db PATH [--mapping NAME] [--save-mapping NAME] FILE");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {QCommandLineOption(kMapping, tr("Use the column mapping saved under this name."), tr("name")),
            QCommandLineOption(kSaveMapping, tr("Save the mapping used under this name for next time."), tr("name"))};
}

ExitCode ImportCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QStringList files = context.parser.positionalArguments();
    if (files.isEmpty())
        return console.usageError(tr("Say which ledger to import: ztctl import --db PATH FILE."), name());
    const QString file = QFileInfo(files.first()).absoluteFilePath();

    OpenOptions openOptions;
    openOptions.createIfMissing = false;
    auto opened = Store::open(context.dbPath, openOptions);
    if (!opened) {
        console.failed(opened.error());
        return ExitBadUsage;
    }
    Store &store = *opened.value();

    auto content = LedgerFile::read(file);
    if (!content) {
        console.failed(content.error());
        return ExitBadUsage; // 2: nothing could be read
    }
    LedgerImportOptions options;
    const LedgerImportRepository saved(store.db());
    if (const QString mappingName = context.parser.value(kMapping); !mappingName.isEmpty()) {
        const auto json = saved.mapping(mappingName);
        if (!json)
            return console.usageError(tr("There is no saved mapping called %1.").arg(mappingName), name());
        options.columns = LedgerColumns::fromJson(*json, content->header.cells);
    }
    if (console.errIsTerminal()) {
        options.progress = [&console](int done, int total) {
            console.err() << '\r' << tr("Row %1 of %2").arg(done).arg(total);
            if (done == total)
                console.err() << '\n';
            console.err().flush();
        };
    }
    auto report = LedgerImporter(store).importContent(content.value(), options);
    if (!report) {
        console.failed(report.error());
        return ExitBadUsage;
    }
    if (const QString saveAs = context.parser.value(kSaveMapping); !saveAs.isEmpty()) {
        const LedgerColumns used = options.columns ? *options.columns : LedgerColumns::fromHeaders(content->header.cells);
        if (Status s = saved.saveMapping(saveAs, used.toJson()); !s)
            console.failed(s.error());
    }
    for (const LedgerRowProblem &p : std::as_const(report->refused))
        console.out() << tr("Line %1: %2").arg(p.line).arg(p.reason) << '\n';
    console.out() << tr("%1 rows: %2 imported, %3 already in the store, %4 refused.")
                         .arg(report->rows)
                         .arg(report->imported)
                         .arg(report->alreadyImported)
                         .arg(report->refused.size())
                  << '\n';
    console.out().flush();
    return report->refused.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace zt::ctl
