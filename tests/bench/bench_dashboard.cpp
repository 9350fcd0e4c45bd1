// Dashboard and report benchmark on a big store (default 1,000,000 cases):
//  1. a year's dashboard statistics (FigureCalculator::statistics: the figures, the previous year and
//     the same period a year earlier, every breakdown) against the same aggregates as hand-written SQL
//     run straight through QSqlQuery in the same run (goal: within 1.5x);
//  2. the monthly report of the last full month to PDF (build + charts + layout + PDF; goal: under 1 s).
//
//   bench_dashboard [--cases N] [--big PATH] [--rounds R] [--year YYYY] [--month YYYY-MM]
// The big store is generated once (minutes for 1M) and reused when PATH exists; an older store is
// migrated in place (no backup copy) so the indexes of the statistics migration exist.

#include "common/ProcessMemory.h"
#include "ReportPrinter.h"
#include "demo/DemoGenerator.h"
#include "reports/MonthlyReportBuilder.h"
#include "stats/FigureCalculator.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace zt;

namespace {

QTextStream out(stdout);

// This process's CPU milliseconds: a machine shared with other builds inflates them far less than the
// wall clock (the report's PDF uses no other thread of ours).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The dashboard's aggregates for one station and range as plain SQL, the way one would write them by
// hand: what the statistics layer costs on top of SQLite is the ratio.
qint64 rawAggregates(const QSqlDatabase &db, const QString &station, const QString &from, const QString &to,
                     const QString &cut)
{
    qint64 sink = 0;
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next())
            sink += q.value(0).toString().size();
    };
    const QString live = QStringLiteral(" AND deleted = 0 AND status NOT IN ('cancelled', 'merged')");
    run(QStringLiteral("SELECT count(*), sum(visitor_count) FROM visit WHERE station_id = ? AND visit_date BETWEEN ? AND ? "
                       "AND deleted = 0 AND status = 'active'"),
        {station, from, to});
    run(QStringLiteral("SELECT count(*), sum(status = 'closed' AND closed_on <= ?), sum(satisfaction = 'satisfied'), "
                       "sum(satisfaction = 'basically_satisfied'), sum(satisfaction = 'unsatisfied') FROM cases "
                       "WHERE station_id = ? AND registered_on BETWEEN ? AND ?") + live,
        {cut, station, from, to});
    run(QStringLiteral("SELECT count(*), sum(replied_on <= deadline) FROM cases WHERE station_id = ? AND deadline BETWEEN ? AND ?") + live,
        {station, from, cut});
    run(QStringLiteral("SELECT assigned_on, replied_on, count(*) FROM cases WHERE station_id = ? AND replied_on BETWEEN ? AND ? "
                       "AND assigned_on IS NOT NULL") + live + QStringLiteral(" GROUP BY 1, 2"),
        {station, from, cut});
    for (const char *column : {"category_id", "community_code"})
        run(QStringLiteral("SELECT sum(n) FROM (SELECT count(*) AS n FROM cases WHERE station_id = ? AND registered_on BETWEEN ? AND ?") +
                live + QStringLiteral(" AND coalesce(%1, '') <> '' GROUP BY %1 ORDER BY n DESC LIMIT 3)").arg(QLatin1String(column)),
            {station, from, to});
    return sink;
}

qint64 rawBreakdowns(const QSqlDatabase &db, const QString &station, const QString &from, const QString &to,
                     const QString &cut)
{
    qint64 sink = 0;
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next())
            sink += q.value(0).toString().size();
    };
    const QString live = QStringLiteral(" AND deleted = 0 AND status NOT IN ('cancelled', 'merged')");
    for (const char *column : {"category_id", "community_code", "status", "point_id", "station_id", "deputy_id"})
        run(QStringLiteral("SELECT %1, count(*), sum(status = 'closed' AND closed_on <= ?), sum(satisfaction <> ''), "
                           "sum(satisfaction IN ('satisfied', 'basically_satisfied')) FROM cases WHERE station_id = ? "
                           "AND registered_on BETWEEN ? AND ?").arg(QLatin1String(column)) + live + QStringLiteral(" GROUP BY 1"),
            {cut, station, from, to});
    for (const char *column : {"point_id", "station_id"})
        run(QStringLiteral("SELECT %1, count(*), sum(visitor_count) FROM visit WHERE station_id = ? AND visit_date BETWEEN ? AND ? "
                           "AND deleted = 0 AND status = 'active' GROUP BY 1").arg(QLatin1String(column)),
            {station, from, to});
    run(QStringLiteral("SELECT substr(registered_on, 1, 7), count(*), sum(status = 'closed' AND substr(closed_on, 1, 7) <= "
                       "substr(registered_on, 1, 7)) FROM cases WHERE station_id = ? AND registered_on BETWEEN ? AND ?") + live +
            QStringLiteral(" GROUP BY 1"),
        {station, from, to});
    run(QStringLiteral("SELECT substr(visit_date, 1, 7), count(*), sum(visitor_count) FROM visit WHERE station_id = ? "
                       "AND visit_date BETWEEN ? AND ? AND deleted = 0 AND status = 'active' GROUP BY 1"),
        {station, from, to});
    run(QStringLiteral("SELECT vd.deputy_id, count(DISTINCT v.visit_date), count(DISTINCT v.id) FROM visit v JOIN visit_deputy vd "
                       "ON vd.visit_id = v.id AND vd.deleted = 0 WHERE v.station_id = ? AND v.visit_date BETWEEN ? AND ? "
                       "AND v.deleted = 0 AND v.status = 'active' GROUP BY 1"),
        {station, from, to});
    return sink;
}

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the big store."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Path of the big store (reused if present)."), QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measurements."), QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QStringLiteral("The dashboard's year."), QStringLiteral("YYYY"), QStringLiteral("2026"));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("The report's month."), QStringLiteral("YYYY-MM"), QStringLiteral("2026-10"));
    const QCommandLineOption reportOnlyOption(QStringLiteral("report-only"),
                                              QStringLiteral("Only the monthly report to PDF (the dashboard takes minutes on 1M)."));
    parser.addOptions({casesOption, bigOption, roundsOption, yearOption, monthOption, reportOnlyOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString big = parser.isSet(bigOption) ? parser.value(bigOption) : dir.filePath(QStringLiteral("big.sqlite"));
    OpenOptions openOptions;
    openOptions.backupBeforeMigration = false; // a benchmark store: no 3 GB copy before adding indexes
    const bool exists = QFileInfo::exists(big);
    QElapsedTimer timer;
    timer.start();
    auto opened = Store::open(big, openOptions);
    if (!opened) {
        out << "cannot open " << big << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    out << "opened (and migrated) " << big << " in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    if (!exists) {
        DemoOptions options;
        options.cases = parser.value(casesOption).toInt();
        options.endDate = QDate(2026, 10, 31);
        out << "generating " << options.cases << " cases..." << Qt::endl;
        auto summary = DemoGenerator::generate(store, options);
        if (!summary) {
            out << "generation failed: " << summary.error().message << Qt::endl;
            return 1;
        }
    }
    const QString station = store.stationId();
    const int year = parser.value(yearOption).toInt();
    const StatsPeriod period = StatsPeriod::year(year);
    const QDate today(year, 11, 15);
    const int rounds = parser.value(roundsOption).toInt();
    QSqlQuery count(store.db());
    count.exec(QStringLiteral("SELECT count(*) FROM cases"));
    count.next();
    out << "store: " << count.value(0).toLongLong() << " cases, " << QFileInfo(big).size() / 1048576 << " MB" << Qt::endl;

    qint64 sink = 0;
    if (!parser.isSet(reportOnlyOption)) {
        const FigureCalculator calculator(store.db(), WorkingDayCalendar::fromStore(store.db()));
        calculator.statistics(StatsScope::station(station), period, today); // warm the page cache
        QList<double> ours, raw, oursCpu, rawCpu;
        for (int i = 0; i < rounds; ++i) {
            double c0 = cpuMs();
            timer.restart();
            const PeriodStatistics s = calculator.statistics(StatsScope::station(station), period, today);
            ours << timer.nsecsElapsed() / 1e6;
            oursCpu << cpuMs() - c0;
            sink += s.current.raised;
            c0 = cpuMs();
            timer.restart();
            for (const StatsPeriod &p : {period, period.previous(), period.sameLastYear()}) {
                const QString cut = p.cutOff(today).toString(Qt::ISODate);
                sink += rawAggregates(store.db(), station, p.from().toString(Qt::ISODate), p.to().toString(Qt::ISODate), cut);
            }
            sink += rawBreakdowns(store.db(), station, period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate),
                                  period.cutOff(today).toString(Qt::ISODate));
            raw << timer.nsecsElapsed() / 1e6;
            rawCpu << cpuMs() - c0;
        }
        const PeriodStatistics s = calculator.statistics(StatsScope::station(station), period, today);
        out << QStringLiteral("year %1: %2 cases raised, completion %3, satisfaction %4, %5 replies (avg %6 working days)")
                   .arg(year)
                   .arg(s.current.raised)
                   .arg(PeriodFigures::percent(s.current.completionRate()), PeriodFigures::percent(s.current.satisfactionRate()))
                   .arg(s.current.replies)
                   .arg(PeriodFigures::days(s.current.averageReplyDays()))
            << Qt::endl;
        const double o = median(ours), r = median(raw);
        out << QStringLiteral("dashboard statistics for a year, median of %1: %2 ms; the same aggregates in raw SQL: %3 ms; ratio %4x (goal <= 1.5x)")
                   .arg(rounds)
                   .arg(o, 0, 'f', 1)
                   .arg(r, 0, 'f', 1)
                   .arg(o / r, 0, 'f', 2)
            << Qt::endl;
        out << QStringLiteral("  CPU time: %1 ms vs raw %2 ms; ratio %3x")
                   .arg(median(oursCpu), 0, 'f', 1)
                   .arg(median(rawCpu), 0, 'f', 1)
                   .arg(median(oursCpu) / median(rawCpu), 0, 'f', 2)
            << Qt::endl;
    }

    const QStringList ym = parser.value(monthOption).split(QLatin1Char('-'));
    MonthlyReportBuilder builder(store.db(), WorkingDayCalendar::fromStore(store.db()));
    MonthlyReportBuilder::Options options;
    options.scope = StatsScope::station(station);
    options.period = StatsPeriod::month(ym.value(0).toInt(), ym.value(1).toInt());
    options.today = today;
    QList<double> buildTimes, pdfTimes, buildCpu, pdfCpu;
    for (int i = 0; i < rounds; ++i) {
        const double c0 = cpuMs();
        timer.restart();
        const ReportDocument report = builder.build(options);
        buildTimes << timer.nsecsElapsed() / 1e6;
        buildCpu << cpuMs() - c0;
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(i));
        if (!ReportPrinter::writePdf(report, pdf))
            out << "PDF failed" << Qt::endl;
        pdfTimes << timer.nsecsElapsed() / 1e6;
        pdfCpu << cpuMs() - c0;
    }
    out << QStringLiteral("monthly report %1 to PDF, median of %2: %3 ms (of which building the document %4 ms; goal < 1000 ms)")
               .arg(parser.value(monthOption))
               .arg(rounds)
               .arg(median(pdfTimes), 0, 'f', 1)
               .arg(median(buildTimes), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  CPU time: %1 ms (building the document %2 ms)")
               .arg(median(pdfCpu), 0, 'f', 1)
               .arg(median(buildCpu), 0, 'f', 1)
        << Qt::endl;
    return sink == 42 ? 2 : 0; // keeps the results alive
}
