// The proposed groups of similar cases (SuggestionGrouper) on a demo store: how long proposing takes against
// reading the same cases with raw SQL in the same run (the grouping's own cost is the difference), and the
// groups it proposes, to judge them by eye. Prints the CPU times too (the machine is shared) and the peak resident
// memory (VmHWM), which must not grow with the store: the grouper reads the cases a page at a time.

#include "common/ProcessMemory.h"
#include "demo/DemoGenerator.h"
#include "storage/Store.h"
#include "suggestions/SuggestionGrouper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace zt;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Peak resident memory of this process so far, in MB (VmHWM of /proc/self/status).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// The cases the grouper reads, as plain SQL with nothing done to them.
qint64 rawRead(const QSqlDatabase &db, const QString &station, const QDate &from, const QDate &to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.title, c.category_id, c.community_code, c.citizen_name, c.citizen_phone, "
                       "c.registered_on, c.status FROM cases c WHERE c.station_id = ? AND c.deleted = 0 AND "
                       "c.registered_on BETWEEN ? AND ? AND c.status NOT IN ('cancelled', 'merged', 'not_accepted')"));
    q.addBindValue(station);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    qint64 n = 0;
    if (q.exec())
        while (q.next())
            n += q.value(1).toString().size();
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases in a generated store (0: the demo's default)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Path of the store (reused if present)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measurements."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({casesOption, bigOption, roundsOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(bigOption) ? parser.value(bigOption) : dir.filePath(QStringLiteral("demo.sqlite"));
    const bool exists = QFileInfo::exists(path);
    OpenOptions openOptions;
    openOptions.backupBeforeMigration = false;
    auto opened = Store::open(path, openOptions);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    if (!exists) {
        DemoOptions options;
        if (const int n = parser.value(casesOption).toInt(); n > 0)
            options.cases = n;
        options.endDate = QDate(2026, 10, 31);
        out << "generating the demo store..." << Qt::endl;
        if (auto summary = DemoGenerator::generate(store, options); !summary) {
            out << "generation failed: " << summary.error().message << Qt::endl;
            return 1;
        }
    }
    QSqlQuery last(store.db());
    last.exec(QStringLiteral("SELECT max(registered_on), count(*) FROM cases"));
    last.next();
    const QDate today = QDate::fromString(last.value(0).toString(), Qt::ISODate);
    out << "store: " << last.value(1).toLongLong() << " cases, the last registered on " << today.toString(Qt::ISODate)
        << Qt::endl;

    const SuggestionGrouper grouper(store.db(), store.stationId());
    const SuggestionGrouperOptions options;
    const int rounds = parser.value(roundsOption).toInt();
    QList<double> ours, raw, oursCpu, rawCpu;
    QElapsedTimer timer;
    out << "peak RSS before proposing: " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;
    timer.start();
    double cpu = cpuMs();
    QList<SuggestionGroup> groups = grouper.propose(today, options); // warm the page cache
    out << QStringLiteral("first run (cold cache): %1 ms, CPU %2 ms")
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
               .arg(cpuMs() - cpu, 0, 'f', 1)
        << Qt::endl;
    qint64 sink = 0;
    for (int i = 0; i < rounds; ++i) {
        timer.restart();
        cpu = cpuMs();
        groups = grouper.propose(today, options);
        ours << timer.nsecsElapsed() / 1e6;
        oursCpu << cpuMs() - cpu;
        timer.restart();
        cpu = cpuMs();
        sink += rawRead(store.db(), store.stationId(), today.addMonths(-options.months), today);
        raw << timer.nsecsElapsed() / 1e6;
        rawCpu << cpuMs() - cpu;
    }
    const double o = median(ours), r = median(raw);
    out << QStringLiteral(
               "proposing groups over %1 months, median of %2: %3 ms; reading the same cases in raw SQL: %4 ms; "
               "ratio %5x")
               .arg(options.months)
               .arg(rounds)
               .arg(o, 0, 'f', 1)
               .arg(r, 0, 'f', 1)
               .arg(o / r, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  CPU time: %1 ms vs raw %2 ms; peak RSS of the whole run: %3 MB")
               .arg(median(oursCpu), 0, 'f', 1)
               .arg(median(rawCpu), 0, 'f', 1)
               .arg(peakRssMb(), 0, 'f', 1)
        << Qt::endl;
    out << groups.size() << " groups; the first 15:" << Qt::endl;
    for (const SuggestionGroup &g : groups.mid(0, 15))
        out << "  " << (g.kind == SuggestionGroup::Kind::SharedWords ? "words " : "place ")
            << (g.categoryName.isEmpty() ? QStringLiteral("*") : g.categoryName) << " / "
            << (g.communityName.isEmpty() ? QStringLiteral("*") : g.communityName) << ": " << g.caseCount()
            << " cases, " << g.citizens << " citizens, " << g.openCases << " open, "
            << g.firstRaised.toString(Qt::ISODate) << ".." << g.lastRaised.toString(Qt::ISODate) << ", "
            << g.words.join(QStringLiteral(" ")) << Qt::endl;
    return sink < 0 ? 1 : 0;
}
