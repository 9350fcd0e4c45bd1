#include "ExportCommand.h"

#include "Console.h"
#include "domain/Codes.h"
#include "io/CaseExporter.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace zt::ctl {

namespace {
const QString kCsv = QStringLiteral("csv");
const QString kXlsx = QStringLiteral("xlsx");
const QString kRole = QStringLiteral("role");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export the cases with every date of their handling to CSV or XLSX.");
}

QString ExportCommand::synopsis() const
{
    return tr("--db PATH (--csv FILE | --xlsx FILE) [--role ROLE]");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {QCommandLineOption(kCsv, tr("Write a CSV file (UTF-8 with BOM, opens in Excel and WPS)."), tr("file")),
            QCommandLineOption(kXlsx, tr("Write an Excel workbook."), tr("file")),
            QCommandLineOption(kRole,
                               tr("Export as a user with this role (%1); phone and ID numbers are masked unless the "
                                  "role may see them. Default: %2.")
                                   .arg(Role::all().join(QStringLiteral(", ")), Role::StationStaff),
                               tr("role"), Role::StationStaff)};
}

ExitCode ExportCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QString csv = context.parser.value(kCsv);
    const QString xlsx = context.parser.value(kXlsx);
    if (csv.isEmpty() == xlsx.isEmpty())
        return console.usageError(tr("Give exactly one of --csv FILE and --xlsx FILE."), name());
    const QString role = context.parser.value(kRole);
    if (!Role::all().contains(role))
        return console.usageError(tr("Unknown role '%1'; use one of %2.").arg(role, Role::all().join(QStringLiteral(", "))),
                                  name());
    OpenOptions openOptions;
    openOptions.createIfMissing = false;
    auto opened = Store::open(context.dbPath, openOptions);
    if (!opened)
        return console.failed(opened.error());
    CaseExportOptions options;
    options.role = role;
    CaseExporter exporter(*opened.value());
    const QString target = QFileInfo(csv.isEmpty() ? xlsx : csv).absoluteFilePath();
    auto written = csv.isEmpty() ? exporter.writeXlsx(target, options) : exporter.writeCsv(target, options);
    if (!written)
        return console.failed(written.error());
    console.out() << tr("%n case(s) written to %1.", nullptr, int(written.value())).arg(target) << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
