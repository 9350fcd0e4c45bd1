// Case list benchmark on a big store (default 1,000,000 cases): the first page of the list, a filtered count, a
// rare filter sorted by date, a search for a 3-character and a 2-character word, and the supervision board (open
// cases by deadline). Each runs through the program (CaseListModel on its QSqlDatabase connection) and as the same
// SQL through the raw sqlite3 API on its own connection, in the same run; printed as medians and ratios.
// Goals: list and count within 2x of raw; searches under 50 ms.
//
//   bench_cases [--cases N] [--big PATH] [--rounds R]
// The big store is generated once (several minutes for 1M: the demo generator, then the search index built in one
// pass at the end) and reused when PATH exists.

#include "common/ProcessMemory.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "models/CaseListModel.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <ctime>

using namespace zt;

namespace {

QTextStream out(stdout);

bool generate(const QString &path, int cases)
{
    auto store = Store::open(path);
    if (!store) {
        out << "cannot create " << path << ": " << store.error().message << Qt::endl;
        return false;
    }
    DemoOptions options;
    options.cases = cases;
    options.endDate = QDate(2026, 10, 31);
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrinted = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        if (percent / 10 != lastPrinted / 10) {
            out << "  generating: " << percent << "% after " << timer.elapsed() / 1000 << " s" << Qt::endl;
            lastPrinted = percent;
        }
        return true;
    };
    auto summary = DemoGenerator::generate(*store.value(), options);
    if (!summary) {
        out << "generation failed: " << summary.error().message << Qt::endl;
        return false;
    }
    out << "  generated " << summary->cases << " cases (search index included) in " << timer.elapsed() / 1000.0
        << " s" << Qt::endl;
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall-clock milliseconds; cpu (optional) gets this thread's CPU milliseconds, which a machine shared with
// other builds inflates far less than the wall clock.
double timeMs(const std::function<void()> &f, double *cpu = nullptr)
{
    QElapsedTimer t;
    const double c0 = cpuMs();
    t.start();
    f();
    const double wall = t.nsecsElapsed() / 1e6;
    if (cpu)
        *cpu = cpuMs() - c0;
    return wall;
}

// The statement through the raw API: prepare, bind, step every row, finalize. Returns the rows.
int runRaw(sqlite3 *db, const CaseListModel::Query &query)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = query.sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        out << "raw prepare failed: " << sqlite3_errmsg(db) << Qt::endl;
        return -1;
    }
    for (int i = 0; i < query.binds.size(); ++i) {
        const QVariant &v = query.binds.at(i);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        else {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        // Read what the model reads, so the comparison is fair.
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            sqlite3_column_text(stmt, c);
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the big store."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Path of the big store (reused if present)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measurements per query."),
                                          QStringLiteral("R"), QStringLiteral("9"));
    parser.addOptions({casesOption, bigOption, roundsOption});
    parser.process(app);

    QTemporaryDir dir;
    const int cases = parser.value(casesOption).toInt();
    const QString big = parser.isSet(bigOption) ? parser.value(bigOption) : dir.filePath(QStringLiteral("big.sqlite"));
    if (!QFileInfo::exists(big)) {
        out << "Creating the big store (" << cases << " cases) at " << big << Qt::endl;
        if (!generate(big, cases))
            return 1;
    }
    Clock::setFixedNow(QDateTime(QDate(2026, 10, 31), QTime(9, 0), Qt::UTC));
    OpenOptions openOptions;
    openOptions.backupBeforeMigration = false; // a benchmark store: no 3 GB copy before adding indexes
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(big, openOptions);
    if (!opened) {
        out << "cannot open " << big << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    out << "opened (and migrated) " << big << " in " << openTimer.elapsed() / 1000.0 << " s" << Qt::endl;
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(big).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    CaseSearchIndex::registerOn(raw);

    const QString station = store.stationId();
    const QDate today = Clock::today();
    QString common;
    QString rare;
    {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT category_id FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        common = q.next() ? q.value(0).toString() : QString();
        q.exec(QStringLiteral("SELECT id FROM deputy ORDER BY rowid LIMIT 1"));
        rare = q.next() ? q.value(0).toString() : QString();
    }

    struct Case
    {
        QString name;
        CaseFilter filter;
        bool count = false;
        QString goal;
    };
    QList<Case> plan;
    plan.append({QStringLiteral("first page of the list"), {}, false, QStringLiteral("<= 2x")});
    CaseFilter counted;
    counted.statuses = {CaseStatus::Closed};
    counted.categoryId = common;
    plan.append({QStringLiteral("filtered count (closed, commonest category)"), counted, true, QStringLiteral("<= 2x")});
    CaseFilter rareFilter;
    rareFilter.deputyId = rare;
    plan.append({QStringLiteral("rare filter (one deputy), newest first"), rareFilter, false, QString()});
    CaseFilter search3;
    search3.text = QStringLiteral("停车位");
    plan.append({QStringLiteral("search 停车位 (3 characters), first page"), search3, false, QStringLiteral("< 50 ms")});
    CaseFilter search2;
    search2.text = QStringLiteral("电梯");
    plan.append({QStringLiteral("search 电梯 (2 characters), first page"), search2, false, QStringLiteral("< 50 ms")});
    CaseFilter search1;
    search1.text = QStringLiteral("梯");
    plan.append({QStringLiteral("search 梯 (1 character), first page"), search1, false, QString()});
    CaseFilter board;
    board.sort = CaseFilter::Sort::DeadlineSoonest;
    plan.append({QStringLiteral("supervision board (open cases by deadline)"), board, false, QString()});

    const int rounds = parser.value(roundsOption).toInt();
    out << QStringLiteral("%1 cases; median of %2 rounds; program vs the same SQL on the raw sqlite3 API")
               .arg(cases)
               .arg(rounds)
        << Qt::endl;
    for (const Case &c : plan) {
        const CaseListModel::Query query = c.count ? CaseListModel::countQuery(station, c.filter, today)
                                                   : CaseListModel::pageQuery(station, c.filter, today, {},
                                                                              CaseListModel::PageSize);
        QList<double> program;
        QList<double> direct;
        QList<double> programCpu;
        QList<double> directCpu;
        int rows = 0;
        qint64 counted = 0;
        for (int i = 0; i <= rounds; ++i) {
            // Round 0 warms the page cache and is not counted; then alternate so drift hits both.
            double p = 0;
            double pc = 0;
            if (c.count) {
                p = timeMs([&] { counted = CaseListModel::countMatching(store.db(), station, c.filter, today); }, &pc);
            } else {
                CaseListModel model(store);
                p = timeMs(
                    [&] {
                        model.setFilter(c.filter);
                        rows = model.rowCount();
                    },
                    &pc);
            }
            double rc = 0;
            const double r = timeMs([&] { runRaw(raw, query); }, &rc);
            if (i > 0) {
                program << p;
                direct << r;
                programCpu << pc;
                directCpu << rc;
            }
        }
        const double pm = median(program);
        const double rm = median(direct);
        const double pcm = median(programCpu);
        const double rcm = median(directCpu);
        out << QStringLiteral("  %1: %2 ms vs raw %3 ms = %4x (%5)%6")
                   .arg(c.name)
                   .arg(pm, 0, 'f', 2)
                   .arg(rm, 0, 'f', 2)
                   .arg(rm > 0 ? pm / rm : 0, 0, 'f', 2)
                   .arg(c.count ? QStringLiteral("count %1").arg(counted) : QStringLiteral("%1 rows").arg(rows))
                   .arg(c.goal.isEmpty() ? QString() : QStringLiteral("; goal ") + c.goal)
            << Qt::endl;
        out << QStringLiteral("      CPU time: %1 ms vs raw %2 ms = %3x")
                   .arg(pcm, 0, 'f', 2)
                   .arg(rcm, 0, 'f', 2)
                   .arg(rcm > 0 ? pcm / rcm : 0, 0, 'f', 2)
            << Qt::endl;
    }
    sqlite3_close(raw);
    return 0;
}
