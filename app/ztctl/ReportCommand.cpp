#include "ReportCommand.h"

#include "Console.h"
#include "ReportPrinter.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/MonthlyReportBuilder.h"
#include "reports/XlsxReportWriter.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace zt::ctl {

namespace {

const QString kMonth = QStringLiteral("month");
const QString kYear = QStringLiteral("year");
const QString kPdf = QStringLiteral("pdf");
const QString kCsv = QStringLiteral("csv");
const QString kXlsx = QStringLiteral("xlsx");
const QString kHtml = QStringLiteral("html");

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("report.write_failed"),
                     ReportCommand::tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write the monthly or annual report as PDF, CSV (one figure per row), XLSX or HTML.");
}

QString ReportCommand::synopsis() const
{
    return tr("--db PATH (--month YYYY-MM | --year YYYY) [--pdf FILE] [--csv FILE] [--xlsx FILE] [--html FILE]");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {QCommandLineOption(kMonth, tr("The month of the monthly report, such as 2026-10."), tr("YYYY-MM")),
            QCommandLineOption(kYear, tr("The year of the annual report, such as 2026."), tr("YYYY")),
            QCommandLineOption(kPdf, tr("Write the report as PDF (A4, ready to print and sign)."), tr("file")),
            QCommandLineOption(kCsv, tr("Write the figures as CSV, one figure per row: name, value."), tr("file")),
            QCommandLineOption(kXlsx, tr("Write the figures and tables as an Excel workbook."), tr("file")),
            QCommandLineOption(kHtml, tr("Write the report as HTML."), tr("file"))};
}

ExitCode ReportCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QCommandLineParser &parser = context.parser;
    if (parser.isSet(kMonth) == parser.isSet(kYear))
        return console.usageError(tr("Say which report: --month YYYY-MM or --year YYYY."), name());
    StatsPeriod period;
    if (parser.isSet(kMonth)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{2})$")).match(parser.value(kMonth));
        if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
            return console.usageError(tr("The month '%1' is not of the form YYYY-MM, such as 2026-10.").arg(parser.value(kMonth)),
                                      name());
        period = StatsPeriod::month(m.captured(1).toInt(), m.captured(2).toInt());
    } else {
        bool ok = false;
        const int year = parser.value(kYear).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return console.usageError(tr("The year '%1' is not a year such as 2026.").arg(parser.value(kYear)), name());
        period = StatsPeriod::year(year);
    }
    if (!parser.isSet(kPdf) && !parser.isSet(kCsv) && !parser.isSet(kXlsx) && !parser.isSet(kHtml))
        return console.usageError(tr("Say where to write the report: --pdf, --csv, --xlsx or --html FILE."), name());

    OpenOptions openOptions;
    openOptions.createIfMissing = false;
    auto opened = Store::open(context.dbPath, openOptions);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    if (!store.isSetUp())
        return console.failed(tr("The store has no station yet; run ztctl init first."));

    MonthlyReportBuilder builder(store.db(), WorkingDayCalendar::fromStore(store.db()));
    MonthlyReportBuilder::Options options;
    options.scope = StatsScope::station(store.stationId());
    options.period = period;
    const ReportDocument report = builder.build(options);

    if (parser.isSet(kPdf)) {
        if (Status s = ReportPrinter::writePdf(report, parser.value(kPdf)); !s)
            return console.failed(s.error());
        console.out() << tr("PDF written to %1").arg(parser.value(kPdf)) << '\n';
    }
    if (parser.isSet(kCsv)) {
        if (Status s = save(parser.value(kCsv), CsvReportWriter::write(report)); !s)
            return console.failed(s.error());
        console.out() << tr("CSV written to %1").arg(parser.value(kCsv)) << '\n';
    }
    if (parser.isSet(kXlsx)) {
        if (Status s = XlsxReportWriter::write(report, parser.value(kXlsx)); !s)
            return console.failed(s.error());
        console.out() << tr("Workbook written to %1").arg(parser.value(kXlsx)) << '\n';
    }
    if (parser.isSet(kHtml)) {
        if (Status s = save(parser.value(kHtml), HtmlReportWriter::write(report).toUtf8()); !s)
            return console.failed(s.error());
        console.out() << tr("HTML written to %1").arg(parser.value(kHtml)) << '\n';
    }
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
