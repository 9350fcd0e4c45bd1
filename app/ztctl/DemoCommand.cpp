#include "DemoCommand.h"

#include "Console.h"
#include "NewStoreGuard.h"
#include "domain/DomainText.h"
#include "demo/DemoGenerator.h"
#include "security/DemoAccounts.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

namespace zt::ctl {

namespace {
const QString kScale = QStringLiteral("scale");
const QString kSeed = QStringLiteral("seed");
const QString kEndDate = QStringLiteral("end-date");
} // namespace

QString DemoCommand::summary() const
{
    return tr("Create a new store filled with made-up demo data (never an existing station's store).");
}

QString DemoCommand::synopsis() const
{
    return tr("--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {
        QCommandLineOption(kScale, tr("Make about N cases, for load tests; without it, as many as a real station has."),
                           tr("N")),
        QCommandLineOption(kSeed, tr("Seed of the random choices; the same seed makes the same data."), tr("S")),
        QCommandLineOption(kEndDate, tr("The last day with records (default: today)."), tr("YYYY-MM-DD")),
    };
}

ExitCode DemoCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QCommandLineParser &parser = context.parser;
    DemoOptions options;
    if (parser.isSet(kScale)) {
        bool ok = false;
        options.cases = parser.value(kScale).toInt(&ok);
        if (!ok || options.cases <= 0)
            return console.usageError(
                tr("--scale needs a whole number of cases above 0, not '%1'.").arg(parser.value(kScale)), name());
    }
    if (parser.isSet(kSeed)) {
        bool ok = false;
        options.seed = parser.value(kSeed).toUInt(&ok);
        if (!ok)
            return console.usageError(
                tr("--seed needs a whole number from 0 to 4294967295, not '%1'.").arg(parser.value(kSeed)), name());
    }
    if (parser.isSet(kEndDate)) {
        options.endDate = QDate::fromString(parser.value(kEndDate), Qt::ISODate);
        if (!options.endDate.isValid())
            return console.usageError(
                tr("--end-date needs a date written as YYYY-MM-DD, not '%1'.").arg(parser.value(kEndDate)), name());
    }

    // Declared before the store so that the store is closed when the guard cleans up.
    NewStoreGuard guard(context.dbPath);
    auto opened = Store::open(context.dbPath);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    // Demo data next to real records would end up in real reports, and sync to the district.
    if (store.isSetUp())
        return console.failed(tr("The store %1 is already set up for a station; demo data only goes into a new "
                                 "store. Choose another --db file.")
                                  .arg(context.dbPath));

    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1;
    const bool live = console.errIsTerminal();
    options.progress = [&](qint64 done, qint64 total) {
        // Redrawing more than once a second only costs time, and a log file wants no redraws at all.
        if (live && total > 0 && (lastShown < 0 || clock.elapsed() - lastShown >= 1000)) {
            lastShown = clock.elapsed();
            console.err() << '\r' << tr("Generating demo data: %1%").arg(done * 100 / total);
            console.err().flush();
        }
        return true;
    };
    auto generated = DemoGenerator::generate(store, options);
    // The final line replaces the progress line; an error starts a line of its own.
    if (live && lastShown >= 0)
        console.err() << (generated ? '\r' : '\n');
    if (!generated)
        return console.failed(generated.error());
    console.err() << tr("Generating demo data: 100% in %1 s.").arg(QLocale().toString(clock.elapsed() / 1000.0, 'f', 1))
                  << '\n';
    console.err().flush();

    // Known accounts, so the demo starts without guessing (the README lists them too).
    if (Status s = DemoAccounts::create(store); !s)
        return console.failed(s.error());

    guard.keep();
    const DemoSummary &summary = generated.value();
    QTextStream &out = console.out();
    const std::optional<Station> station = StationRepository(store).find(store.stationId());
    out << tr("Filled %1 with demo data for %2:").arg(context.dbPath, station ? station->name : store.stationId())
        << '\n';
    const QList<std::pair<QString, qint64>> rows{
        {tr("Deputies"), summary.deputies},       {tr("Contact points"), summary.points},
        {tr("Departments"), summary.departments}, {tr("Visits"), summary.visits},
        {tr("Visitors"), summary.visitors},       {tr("Cases"), summary.cases},
        {tr("Case events"), summary.events},
    };
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()));
    for (const auto &row : rows)
        out << QStringLiteral("  ") << row.first.leftJustified(width + 2) << row.second << '\n';
    out << tr("Sign in with one of these demo accounts (password %1 for all):").arg(DemoAccounts::accounts().value(0).password)
        << '\n';
    for (const DemoAccount &account : DemoAccounts::accounts())
        out << QStringLiteral("  ") << account.username.leftJustified(10) << DomainText::role(account.role) << '\n';
    out.flush();
    return ExitOk;
}

} // namespace zt::ctl
