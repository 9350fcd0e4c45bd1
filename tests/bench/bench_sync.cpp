// Sync benchmark, all over real HTTPS on 127.0.0.1 against a real zhitongche-server (SQLite, or
// PostgreSQL with --postgres-port of a running cluster): bootstrap of N cases into an empty client
// against inserting the same rows through the write path (the floor) and through raw prepared
// SQLite inserts, both measured in the same run; push of 10,000 new cases; incremental sync of 100
// changes; a sync with nothing to do. Prints times and ratios.
//
//   bench_sync [--cases N] [--push M] [--rounds R] [--edit location|title] [--no-floor] [--objects] [--references]
// --rounds repeats the incremental push/pull R times (other cases each round) and prints the median and
// the mean CPU (the CPU clock ticks in 10 ms, so one round cannot tell 25 ms from 30 ms); --edit title
// edits titles instead of locations, so every pulled row is re-indexed for search; --no-floor skips the
// floor and raw inserts (half the run on a big store) when only the sync figures are wanted; --objects
// bootstraps in the object page form (as a client before format=rows) for a same-build comparison;
// --references gives every case the station's category, department and deputy, as real cases have
// (the server checks each reference's station, decision 34).
// Needs the openssl CLI and the built zhitongche-server.

#include "common/ProcessMemory.h"
#include "PgCluster.h"
#include "ServerProcess.h"
#include "TestCa.h"
#include "common/ThreadCpuTime.h"

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "storage/CaseSearchIndex.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>
#include <ctime>
#include <unistd.h>

using namespace zt;
using namespace zt::test;

namespace {

QTextStream out(stdout);
const QString kPassword = QStringLiteral("bench password 1");

qint64 rssKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}

QVariantMap caseShape(const QString &stationId, const QString &id, int i)
{
    return {{QStringLiteral("station_id"), stationId},
            {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("title"), QStringLiteral("小区地下车库雨天进水，车位无法使用 %1").arg(i)},
            {QStringLiteral("description"), QStringLiteral("居民反映两个地下车库每逢大雨必进水，积水最深处约半米，六十多个车位无法使用，"
                                                           "已向物业多次反映未果，希望代表协调街道城建科和区物业办尽快排查原因并维修。%1")
                                                .arg(id.right(6))},
            {QStringLiteral("community_code"), QStringLiteral("330203006003")},
            {QStringLiteral("location"), QStringLiteral("白云庄小区 3 幢北侧")},
            {QStringLiteral("channel"), QStringLiteral("walk_in")},
            {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
            {QStringLiteral("citizen_phone"), QStringLiteral("13857401234")},
            {QStringLiteral("status"), QStringLiteral("registered")},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}};
}

// --references: the station's category, department and deputy that every case names (the server checks
// each reference's station, decision 34); empty without the option.
QString g_categoryId;
QString g_departmentId;
QString g_deputyId;

// ~630 bytes a case, like the peer benchmark's documents.
QVariantMap caseFields(const QString &stationId, const QString &id, int i)
{
    QVariantMap fields = caseShape(stationId, id, i);
    if (!g_categoryId.isEmpty()) {
        fields.insert(QStringLiteral("category_id"), g_categoryId);
        fields.insert(QStringLiteral("department_id"), g_departmentId);
        fields.insert(QStringLiteral("deputy_id"), g_deputyId);
    }
    return fields;
}

std::unique_ptr<Store> openStore(const QString &path, const QString &stationId, QChar letter, bool createStation)
{
    auto opened = Store::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    std::unique_ptr<Store> store = std::move(opened.value());
    if (createStation) {
        WriteTransaction tx(*store);
        if (!tx.insert(QStringLiteral("station"), stationId,
                       {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), QStringLiteral("330203006")},
                        {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                        {QStringLiteral("division_code"), QStringLiteral("330203006")}})
            || (!g_categoryId.isEmpty()
                && (!tx.insert(QStringLiteral("category"), g_categoryId,
                               {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), QStringLiteral("CJ")},
                                {QStringLiteral("name"), QStringLiteral("城建")}})
                    || !tx.insert(QStringLiteral("department"), g_departmentId,
                                  {{QStringLiteral("station_id"), stationId}, {QStringLiteral("name"), QStringLiteral("区住建局")}})
                    || !tx.insert(QStringLiteral("deputy"), g_deputyId,
                                  {{QStringLiteral("station_id"), stationId}, {QStringLiteral("name"), QStringLiteral("李建国")},
                                   {QStringLiteral("level"), QStringLiteral("county")}})))
            || !tx.commit())
            qFatal("cannot create the station");
    }
    if (!store->setUpDevice(stationId, letter))
        qFatal("cannot set up the device");
    return store;
}

void insertCases(Store &store, const QString &stationId, const QStringList &ids, WriteTransaction::Outbox outbox, int offset = 0)
{
    WriteTransaction tx(store, outbox);
    for (int i = 0; i < ids.size(); ++i)
        if (!tx.insert(QStringLiteral("cases"), ids.at(i), caseFields(stationId, ids.at(i), offset + i)))
            qFatal("insert failed");
    if (!tx.commit())
        qFatal("commit failed");
}

SyncClient &enrolled(SyncClient &client, const ServerProcess &server, const TestCa &ca)
{
    if (!client.configure(QUrl(server.url()), ca.caFile()) || !client.enrol(QStringLiteral("station6"), kPassword))
        qFatal("enrolment failed");
    return client;
}

double msecs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time (user + system) in ms: of this process (client, incl. Qt's network thread) and of the
// server process. On a loaded machine the wall time mostly measures waiting for a core; the CPU
// times are what the work costs, and client + server CPU is what a serial exchange (push,
// incremental, empty sync) takes on an idle machine, less the loopback latency.
double cpuMsOf(qint64 pid)
{
    QFile f(pid ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

struct CpuSpan
{
    qint64 serverPid = 0;
    double client = 0;
    double server = 0;
    void start()
    {
        client = cpuMsOf(0);
        server = cpuMsOf(serverPid);
    }
    QString stop(int repetitions = 1)
    {
        const double c = (cpuMsOf(0) - client) / repetitions;
        const double s = (cpuMsOf(serverPid) - server) / repetitions;
        return QStringLiteral("CPU client %1 + server %2 = %3 ms").arg(c, 0, 'f', 1).arg(s, 0, 'f', 1).arg(c + s, 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("cases"), QStringLiteral("Cases to bootstrap."), QStringLiteral("n"), QStringLiteral("100000")));
    parser.addOption(QCommandLineOption(QStringLiteral("push"), QStringLiteral("New cases to push."), QStringLiteral("n"), QStringLiteral("10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("postgres"), QStringLiteral("Run the server on a private PostgreSQL cluster.")));
    parser.addOption(QCommandLineOption(QStringLiteral("rounds"), QStringLiteral("Incremental rounds."), QStringLiteral("n"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("edit"), QStringLiteral("Column the incremental edits change."), QStringLiteral("column"),
                                        QStringLiteral("location")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-floor"), QStringLiteral("Skip the floor and raw inserts.")));
    parser.addOption(QCommandLineOption(QStringLiteral("objects"),
                                        QStringLiteral("Bootstrap in the object page form, as a client before decision 32 (format=rows).")));
    parser.addOption(QCommandLineOption(QStringLiteral("batch"),
                                        QStringLiteral("The server's push_max_mutations (0: as a server before decision 26, 200)."),
                                        QStringLiteral("n"), QStringLiteral("1000")));
    parser.addOption(QCommandLineOption(QStringLiteral("references"),
                                        QStringLiteral("Every case names the station's category, department and deputy.")));
    parser.addOption(QCommandLineOption(QStringLiteral("pg-statements"),
                                        QStringLiteral("With --postgres: load pg_stat_statements in the cluster and print where "
                                                       "PostgreSQL spent the push of new cases, statement by statement.")));
    parser.process(app);
    if (parser.isSet(QStringLiteral("references"))) {
        g_categoryId = Uuid7::generate();
        g_departmentId = Uuid7::generate();
        g_deputyId = Uuid7::generate();
    }
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString editColumn = parser.value(QStringLiteral("edit"));
    if (editColumn != QLatin1String("location") && editColumn != QLatin1String("title"))
        qFatal("--edit takes location or title");
    const bool withFloor = !parser.isSet(QStringLiteral("no-floor"));
    const bool postgres = parser.isSet(QStringLiteral("postgres"));
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    const int pushCount = parser.value(QStringLiteral("push")).toInt();
    const bool pgStatements = postgres && parser.isSet(QStringLiteral("pg-statements"));
    if (pgStatements) // PgCluster adds ZT_PG_OPTIONS to the server's options
        qputenv("ZT_PG_OPTIONS", qgetenv("ZT_PG_OPTIONS") + " -c shared_preload_libraries=pg_stat_statements "
                                                           "-c pg_stat_statements.track_planning=on -c pg_stat_statements.max=1000");

    QTemporaryDir dir;
    TestCa ca;
    QString error;
    if (!ca.create(dir.filePath(QStringLiteral("ca")), &error))
        qFatal("%s", qPrintable(error));
    const QString stationId = Uuid7::generate();
    ServerSetup setup;
    setup.dir = dir.filePath(QStringLiteral("server"));
    QDir().mkpath(setup.dir);
    setup.certificateFile = ca.certificateFile();
    setup.keyFile = ca.keyFile();
    setup.syncSection = QStringLiteral("push_max_mutations=%1").arg(parser.value(QStringLiteral("batch")).toInt());
    PgCluster pg;
    if (postgres) {
        if (!pg.start(&error) || !pg.createDatabase(QStringLiteral("zt_bench"), &error))
            qFatal("%s", qPrintable(error));
        setup.postgres = true;
        setup.pgPort = pg.port();
        setup.pgDatabase = QStringLiteral("zt_bench");
    }
    ServerProcess server(setup);
    server.admin({QStringLiteral("district"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("330203"),
                  QStringLiteral("--name"), QStringLiteral("海曙区")});
    server.admin({QStringLiteral("station"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("330203006"),
                  QStringLiteral("--name"), QStringLiteral("白云"), QStringLiteral("--district"), QStringLiteral("330203"),
                  QStringLiteral("--id"), stationId});
    server.admin({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("station6"),
                  QStringLiteral("--kind"), QStringLiteral("station"), QStringLiteral("--scope"), QStringLiteral("330203006"),
                  QStringLiteral("--password"), kPassword});
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    out << "bench_sync: " << cases << " cases to bootstrap, " << pushCount << " to push, server on "
        << (postgres ? "PostgreSQL" : "SQLite") << " over HTTPS\n";
    out.flush();

    QStringList ids;
    for (int i = 0; i < cases; ++i)
        ids << Uuid7::generate();

    // The source PC: N cases written offline, pushed (also measured: the server's bulk rate).
    auto source = openStore(dir.filePath(QStringLiteral("source.sqlite")), stationId, QLatin1Char('A'), true);
    insertCases(*source, stationId, ids, WriteTransaction::Outbox::Record);
    SyncClient sourceClient(*source);
    enrolled(sourceClient, server, ca);
    QElapsedTimer t;
    t.start();
    if (!sourceClient.push())
        qFatal("initial push failed");
    const double bulkPush = msecs(t);
    out << QStringLiteral("  push of %1 cases (setting the scene): %2 ms, %3 mutations/s\n")
               .arg(cases).arg(bulkPush, 0, 'f', 0).arg(cases / (bulkPush / 1000.0), 0, 'f', 0);

    // Floor: the same rows into an empty store through the write path (no outbox: not a local edit).
    double floor = 0;
    if (withFloor) {
        auto floorStore = openStore(dir.filePath(QStringLiteral("floor.sqlite")), stationId, QLatin1Char('F'), true);
        t.restart();
        insertCases(*floorStore, stationId, ids, WriteTransaction::Outbox::Skip);
        floor = msecs(t);
    }

    // Raw SQLite: prepared INSERTs of the same columns in one transaction.
    double raw = 0;
    if (withFloor) {
        auto rawStore = openStore(dir.filePath(QStringLiteral("raw.sqlite")), stationId, QLatin1Char('R'), true);
        t.restart();
        QSqlQuery q(rawStore->db());
        q.exec(QStringLiteral("BEGIN"));
        const QVariantMap sample = caseFields(stationId, ids.first(), 0);
        QStringList columns = sample.keys();
        columns << QStringLiteral("id") << QStringLiteral("hlc");
        q.prepare(QStringLiteral("INSERT INTO cases (%1) VALUES (%2)")
                      .arg(columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (int i = 0; i < ids.size(); ++i) {
            const QVariantMap f = caseFields(stationId, ids.at(i), i);
            int c = 0;
            for (auto it = f.constBegin(); it != f.constEnd(); ++it)
                q.bindValue(c++, it.value());
            q.bindValue(c++, ids.at(i));
            q.bindValue(c++, QStringLiteral("0000018c3a5f2b10-0001-raw"));
            if (!q.exec())
                qFatal("raw insert failed");
        }
        QSqlQuery(rawStore->db()).exec(QStringLiteral("COMMIT"));
        raw = msecs(t);
    }

    // Bootstrap: an empty PC pulls everything. The peak RSS is reset first (Linux: clear_refs 5), so
    // VmHWM afterwards is the peak of the bootstrap, not of setting the scene.
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    const qint64 rssBefore = rssKb("VmRSS:");
    auto fresh = openStore(dir.filePath(QStringLiteral("fresh.sqlite")), stationId, QLatin1Char('B'), false);
    SyncClient freshClient(*fresh);
    enrolled(freshClient, server, ca);
    freshClient.setPageSize(1000);
    freshClient.setRowsForm(!parser.isSet(QStringLiteral("objects")));
    CpuSpan cpu;
    cpu.serverPid = server.pid();
    // For a profiler to attach to this process (and the server's) for the bootstrap alone.
    out << QStringLiteral("  bootstrap starts (client pid %1, server pid %2)\n").arg(QCoreApplication::applicationPid()).arg(server.pid());
    out.flush();
    t.restart();
    cpu.start();
    const double storeThreadBefore = ThreadCpuTime::ms();
    auto boot = freshClient.pull();
    const double bootstrap = msecs(t);
    const QString bootCpu = cpu.stop();
    const double storeThread = ThreadCpuTime::ms() - storeThreadBefore;
    out << "  bootstrap done\n";
    out.flush();
    if (!boot)
        qFatal("bootstrap failed: %s", qPrintable(boot.error().message));
    const qint64 rssAfter = rssKb("VmRSS:");
    const qint64 rssPeak = rssKb("VmHWM:");
    t.restart();
    if (!freshClient.buildIndexesAfterBootstrap())
        qFatal("building the indexes after the bootstrap failed");
    const double indexing = msecs(t);
    t.restart();
    SyncReport verified;
    if (!freshClient.verify(verified) || !verified.mismatchedTables.isEmpty() || !verified.repairedTables.isEmpty())
        qFatal("checksums differ after the bootstrap");
    const double verifying = msecs(t);

    // Push of M new cases from a third PC.
    auto pusher = openStore(dir.filePath(QStringLiteral("pusher.sqlite")), stationId, QLatin1Char('C'), false);
    QStringList newIds;
    for (int i = 0; i < pushCount; ++i)
        newIds << Uuid7::generate();
    SyncClient pushClient(*pusher);
    enrolled(pushClient, server, ca);
    pushClient.setPageSize(1000);
    if (!pushClient.pull()) // a new PC first gets its station (the cases refer to it)
        qFatal("pull before push failed");
    insertCases(*pusher, stationId, newIds, WriteTransaction::Outbox::Record, cases);
    std::optional<QSqlDatabase> statements;
    // The server's PostgreSQL backends (pids) and their CPU time: all the backend did for the push,
    // where pg_stat_statements leaves out parsing an EXECUTE's text and the protocol.
    auto backendCpu = [&statements]() {
        double ms = 0;
        QSqlQuery q(*statements);
        q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = 'zt_bench' AND backend_type = 'client backend' "
                              "AND pid <> pg_backend_pid()"));
        while (q.next())
            ms += cpuMsOf(q.value(0).toLongLong());
        return ms;
    };
    double backendCpuBefore = 0;
    if (pgStatements) {
        statements = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg_stat_statements"));
        statements->setHostName(QStringLiteral("127.0.0.1"));
        statements->setPort(pg.port());
        statements->setUserName(QStringLiteral("postgres"));
        statements->setDatabaseName(QStringLiteral("zt_bench"));
        QSqlQuery q(statements->open() ? *statements : QSqlDatabase());
        if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")) ||
            !q.exec(QStringLiteral("SELECT pg_stat_statements_reset()")))
            qFatal("pg_stat_statements: %s", qPrintable(q.lastError().text()));
        backendCpuBefore = backendCpu();
    }
    out << QStringLiteral("  push starts\n"); // a mark for a profiler attached to the two pids above
    out.flush();
    const qsizetype logBeforePush = server.log().size();
    cpu.start();
    t.restart();
    if (!pushClient.push())
        qFatal("push failed");
    const double push = msecs(t);
    const QString pushCpu = cpu.stop();
    const QString pushLog = server.log().mid(logBeforePush);
    out << QStringLiteral("  push done\n"); // where a profiler started at "push starts" stops
    out.flush();
    if (statements) {
        // Where PostgreSQL's backend spent the push: planning and execution per statement (the
        // client's own reads, e.g. this query, are left out by the filter on calls).
        QSqlQuery q(*statements);
        if (!q.exec(QStringLiteral("SELECT calls, rows, round(total_plan_time::numeric, 1), round(total_exec_time::numeric, 1), "
                                   "shared_blks_hit + shared_blks_read, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) "
                                   "FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' "
                                   "ORDER BY total_plan_time + total_exec_time DESC LIMIT 15")))
            qFatal("pg_stat_statements: %s", qPrintable(q.lastError().text()));
        out << QStringLiteral("  PostgreSQL during the push (pg_stat_statements): calls, rows, plan ms, exec ms, buffers, WAL bytes, statement\n");
        double plan = 0, exec = 0;
        while (q.next()) {
            plan += q.value(2).toDouble();
            exec += q.value(3).toDouble();
            out << QStringLiteral("    %1 | %2 | %3 | %4 | %5 | %6 | %7\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        }
        out << QStringLiteral("    in all (these statements): plan %1 ms, exec %2 ms; the server's backends used %3 ms of CPU\n")
                   .arg(plan, 0, 'f', 0).arg(exec, 0, 'f', 0).arg(backendCpu() - backendCpuBefore, 0, 'f', 0);
        out.flush();
    }
    if (!freshClient.syncOnce() || !sourceClient.syncOnce() || !pushClient.syncOnce())
        qFatal("catch-up failed");

    // Incremental: 100 edits on the source, then the fresh PC syncs them (push on one side, pull on the other).
    // Each round edits other cases, spread over the whole store.
    double incrementalPush = 0;
    double incrementalPull = 0;
    QString incrementalPushCpu;
    QString incrementalPullCpu;
    QList<double> pushWalls, pullWalls;
    double pushClientCpu = 0, pushServerCpu = 0, pullClientCpu = 0, pullServerCpu = 0;
    for (int round = 0; round < rounds; ++round) {
        {
            WriteTransaction tx(*source);
            for (int i = 0; i < 100; ++i) {
                const QString id = ids.at((i * (cases / 100) + round) % cases);
                const QString value = editColumn == QLatin1String("title") ? QStringLiteral("路灯不亮第 %1 轮 %2 号").arg(round).arg(i)
                                                                           : QStringLiteral("改到 %1 号 %2").arg(i).arg(round);
                if (!tx.update(QStringLiteral("cases"), id, {{editColumn, value}}))
                    qFatal("edit failed");
            }
            if (!tx.commit())
                qFatal("edit commit failed");
        }
        double client = cpuMsOf(0), server = cpuMsOf(cpu.serverPid);
        cpu.start();
        t.restart();
        if (!sourceClient.push())
            qFatal("incremental push failed");
        pushWalls << msecs(t);
        const QString pushCpu = cpu.stop();
        pushClientCpu += cpuMsOf(0) - client;
        pushServerCpu += cpuMsOf(cpu.serverPid) - server;
        client = cpuMsOf(0);
        server = cpuMsOf(cpu.serverPid);
        cpu.start();
        t.restart();
        auto incremental = freshClient.syncOnce();
        pullWalls << msecs(t);
        const QString pullCpu = cpu.stop();
        pullClientCpu += cpuMsOf(0) - client;
        pullServerCpu += cpuMsOf(cpu.serverPid) - server;
        if (!incremental || incremental->pulled != 100)
            qFatal("incremental pull got %d rows", incremental ? incremental->pulled : -1);
        if (round == 0) {
            incrementalPush = pushWalls.first();
            incrementalPull = pullWalls.first();
            incrementalPushCpu = pushCpu;
            incrementalPullCpu = pullCpu;
        }
    }
    std::sort(pushWalls.begin(), pushWalls.end());
    std::sort(pullWalls.begin(), pullWalls.end());

    // Nothing to do: median of 21.
    QList<double> empties;
    cpu.start();
    for (int i = 0; i < 21; ++i) {
        t.restart();
        if (!freshClient.syncOnce())
            qFatal("empty sync failed");
        empties << msecs(t);
    }
    const QString emptyCpu = cpu.stop(21);
    std::sort(empties.begin(), empties.end());

    if (withFloor) {
        out << QStringLiteral("  raw SQLite insert of %1 cases:      %2 ms\n").arg(cases).arg(raw, 0, 'f', 0);
        out << QStringLiteral("  floor (write path, no outbox):      %1 ms (%2x raw)\n").arg(floor, 0, 'f', 0).arg(floor / raw, 0, 'f', 2);
        out << QStringLiteral("  bootstrap of %1 cases over HTTPS:  %2 ms = %3x floor, %4x raw (goal <= 2.5x floor, < 1700 ms)\n")
                   .arg(cases).arg(bootstrap, 0, 'f', 0).arg(bootstrap / floor, 0, 'f', 2).arg(bootstrap / raw, 0, 'f', 2);
    } else {
        out << QStringLiteral("  bootstrap of %1 cases over HTTPS:  %2 ms (floor and raw skipped)\n").arg(cases).arg(bootstrap, 0, 'f', 0);
    }
    out << QStringLiteral("      %1 (the client's store thread %2 ms of it)\n").arg(bootCpu).arg(storeThread, 0, 'f', 0);
    out << QStringLiteral("  client RSS during bootstrap: %1 MB -> %2 MB, peak %3 MB (goal < 100 MB)\n")
               .arg(rssBefore / 1024).arg(rssAfter / 1024).arg(rssPeak / 1024);
    out << QStringLiteral("  afterwards, off the bootstrap path: the tables' indexes and the search index %1 ms, checksum verify %2 ms\n")
               .arg(indexing, 0, 'f', 0).arg(verifying, 0, 'f', 0);
    out << QStringLiteral("  push of %1 new cases:               %2 ms (goal < 500 ms; PouchDB 2400 ms)\n").arg(pushCount).arg(push, 0, 'f', 0);
    out << QStringLiteral("      %1\n").arg(pushCpu);
    out << QStringLiteral("  incremental: push of 100 edits %1 ms, pull of 100 on another PC %2 ms (goal < 36 ms)\n")
               .arg(incrementalPush, 0, 'f', 1).arg(incrementalPull, 0, 'f', 1);
    out << QStringLiteral("      push %1; pull %2\n").arg(incrementalPushCpu, incrementalPullCpu);
    if (rounds > 1) {
        out << QStringLiteral("  incremental over %1 rounds (%2 edits), median: push %3 ms, pull %4 ms\n")
                   .arg(rounds).arg(editColumn).arg(pushWalls.at(rounds / 2), 0, 'f', 1).arg(pullWalls.at(rounds / 2), 0, 'f', 1);
        out << QStringLiteral("      mean CPU: push client %1 + server %2 ms; pull client %3 + server %4 ms\n")
                   .arg(pushClientCpu / rounds, 0, 'f', 1).arg(pushServerCpu / rounds, 0, 'f', 1)
                   .arg(pullClientCpu / rounds, 0, 'f', 1).arg(pullServerCpu / rounds, 0, 'f', 1);
    }
    out << QStringLiteral("  sync with nothing to do (median of 21): %1 ms (goal < 7 ms)\n").arg(empties.at(10), 0, 'f', 2);
    out << QStringLiteral("      per sync: %1\n").arg(emptyCpu);
    // How much of the push time the server spent inside its transactions (from its JSON log).
    double serverPushMs = 0;
    int pushes = 0;
    int waited = 0; // batches that waited for the device's previous batch on another thread (decision 39)
    int gaps = 0;   // pushes answered 409 (a batch sent ahead that came first: sent again)
    QSet<QString> pushThreads;
    for (const QString &line : server.log().split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("push")) {
            serverPushMs += o.value(QStringLiteral("ms")).toDouble();
            ++pushes;
            waited += o.value(QStringLiteral("waited")).toBool() ? 1 : 0;
        }
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("request")
            && o.value(QStringLiteral("path")).toString() == QLatin1String("/sync/v1/push")) {
            gaps += o.value(QStringLiteral("status")).toInt() == 409 ? 1 : 0;
            pushThreads.insert(o.value(QStringLiteral("thread")).toString());
        }
    }
    out << QStringLiteral("  server time inside push transactions: %1 ms over %2 batches (all pushes above)\n")
               .arg(serverPushMs, 0, 'f', 0).arg(pushes);
    out << QStringLiteral("      batches that waited for the device's previous one: %1; answered 409: %2; on %3 server thread(s)\n")
               .arg(waited).arg(gaps).arg(pushThreads.size());
    // The same for the measured push of pushCount alone: what sets its wall time is the serial work
    // inside the write lock (the batches' own work, then the groups' transactions with their COMMIT).
    {
        double batchMs = 0, groupMs = 0, readMs = 0, applyMs = 0, writeMs = 0, batchCpuMs = 0, handlerCpuMs = 0;
        int batches = 0, groups = 0;
        for (const QString &line : pushLog.split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString event = o.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("push")) {
                batchMs += o.value(QStringLiteral("ms")).toDouble();
                readMs += o.value(QStringLiteral("read_ms")).toDouble();
                applyMs += o.value(QStringLiteral("apply_ms")).toDouble();
                writeMs += o.value(QStringLiteral("write_ms")).toDouble();
                batchCpuMs += o.value(QStringLiteral("cpu_ms")).toDouble();
                ++batches;
            } else if (event == QLatin1String("push.group")) {
                groupMs += o.value(QStringLiteral("ms")).toDouble();
                ++groups;
            } else if (event == QLatin1String("request") && o.value(QStringLiteral("path")).toString() == QLatin1String("/sync/v1/push")) {
                handlerCpuMs += o.value(QStringLiteral("cpu_ms")).toDouble();
            }
        }
        out << QStringLiteral("  the push of %1 inside the write lock: %2 ms in %3 transactions (with COMMIT), of which the %4 "
                              "batches' own work %5 ms (reads %6, mutations %7, writes %8)\n")
                   .arg(pushCount).arg(groupMs, 0, 'f', 1).arg(groups).arg(batches).arg(batchMs, 0, 'f', 1)
                   .arg(readMs, 0, 'f', 1).arg(applyMs, 0, 'f', 1).arg(writeMs, 0, 'f', 1);
        out << QStringLiteral("      CPU: the batches' own work %1 ms; the push handlers in all (checks before the lock, the batches, "
                              "COMMIT) %2 ms\n")
                   .arg(batchCpuMs, 0, 'f', 1).arg(handlerCpuMs, 0, 'f', 1);
    }
    out.flush();
    server.stop();
    pg.stop();
    return 0;
}
