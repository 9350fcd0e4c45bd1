// What the server's reference check (decision 34, sync/ReferenceScopeGuard) adds to a push, measured
// in-process on thread CPU time, which the load on a shared machine moves far less than bench_sync's
// whole-process figures: a batch of N new cases, each naming the station's category, department and
// deputy (as real cases do), checked the way PushProcessor checks it (prepare once, then a refusal
// check per mutation), against the validator's test insert of the same rows (RowValidator::check, a
// part of every push already) measured in the same run. Median of the rounds.
//
//   bench_pushreferences [--cases 10000] [--rounds 15]

#include "common/ProcessMemory.h"
#include "ServerConfig.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "sync/ReferenceScopeGuard.h"
#include "sync/RowValidator.h"

#include "common/Uuid7.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace zt;
using namespace zt::server;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1.0e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("cases"), QStringLiteral("Cases in the batch."), QStringLiteral("n"), QStringLiteral("10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("rounds"), QStringLiteral("Rounds."), QStringLiteral("n"), QStringLiteral("15")));
    parser.process(app);
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    ServerConfig config;
    config.sqlitePath = dir.filePath(QStringLiteral("server.sqlite"));
    auto db = ServerDatabase::open(config);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    RowStore rows(*db.value());
    RowValidator validator;
    if (Status s = validator.init(); !s)
        qFatal("%s", qPrintable(s.error().message));

    const QString stationId = Uuid7::generate();
    const QString category = Uuid7::generate();
    const QString department = Uuid7::generate();
    const QString deputy = Uuid7::generate();
    qint64 sv = 0;
    auto stored = [&](const QString &table, const QString &id, const QJsonObject &data) {
        StoredRow r;
        r.stationId = stationId;
        r.sv = ++sv;
        r.data = data;
        r.data.insert(QStringLiteral("station_id"), stationId);
        if (Status s = rows.put(table, id, r); !s)
            qFatal("%s", qPrintable(s.error().message));
    };
    stored(QStringLiteral("category"), category, {{QStringLiteral("code"), QStringLiteral("CJ")}, {QStringLiteral("name"), QStringLiteral("城建")}});
    stored(QStringLiteral("department"), department, {{QStringLiteral("name"), QStringLiteral("区住建局")}});
    stored(QStringLiteral("deputy"), deputy, {{QStringLiteral("name"), QStringLiteral("李建国")}, {QStringLiteral("level"), QStringLiteral("county")}});

    QList<sync::Mutation> batch;
    batch.reserve(cases);
    for (int i = 0; i < cases; ++i) {
        sync::Mutation m;
        m.deviceSeq = i + 1;
        m.mutationId = Uuid7::generate();
        m.table = QStringLiteral("cases");
        m.rowId = Uuid7::generate();
        m.op = QStringLiteral("insert");
        m.fields = {{QStringLiteral("station_id"), stationId},
                    {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(i, 6, 10, QLatin1Char('0'))},
                    {QStringLiteral("title"), QStringLiteral("小区地下车库雨天进水，车位无法使用 %1").arg(i)},
                    {QStringLiteral("description"), QStringLiteral("居民反映两个地下车库每逢大雨必进水，积水最深处约半米，六十多个车位无法使用，"
                                                                   "已向物业多次反映未果，希望代表协调街道城建科和区物业办尽快排查原因并维修。")},
                    {QStringLiteral("community_code"), QStringLiteral("330203006003")},
                    {QStringLiteral("location"), QStringLiteral("白云庄小区 3 幢北侧")},
                    {QStringLiteral("channel"), QStringLiteral("walk_in")},
                    {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                    {QStringLiteral("citizen_phone"), QStringLiteral("13857401234")},
                    {QStringLiteral("status"), QStringLiteral("registered")},
                    {QStringLiteral("priority"), QStringLiteral("normal")},
                    {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                    {QStringLiteral("category_id"), category},
                    {QStringLiteral("department_id"), department},
                    {QStringLiteral("deputy_id"), deputy},
                    {QStringLiteral("hlc"), QStringLiteral("0000018c1a2b3c4d-0000-bench")}};
        batch.append(m);
    }
    QList<const sync::Mutation *> fresh;
    for (const sync::Mutation &m : std::as_const(batch))
        fresh << &m;
    // The push's row cache as PushProcessor has it before its loop: every fresh row, not stored.
    QHash<QString, std::optional<StoredRow>> cache;
    for (const sync::Mutation &m : std::as_const(batch))
        cache.insert(m.table + QChar(0x1f) + m.rowId, std::nullopt);
    const ReferenceScopeGuard::BatchRow batchRow = [&cache](const QString &t, const QString &id) -> const std::optional<StoredRow> * {
        const auto it = cache.constFind(t + QChar(0x1f) + id);
        return it == cache.constEnd() ? nullptr : &*it;
    };
    Scope scope;
    scope.kind = QStringLiteral("station");
    scope.stationIds = {stationId};

    QList<double> guardCpu;
    QList<double> validatorCpu;
    int refused = 0;
    for (int round = 0; round < rounds; ++round) {
        ReferenceScopeGuard guard(*db.value(), rows);
        double c0 = cpuMs();
        if (Status s = guard.prepare(fresh, batchRow); !s)
            qFatal("%s", qPrintable(s.error().message));
        for (const sync::Mutation &m : std::as_const(batch)) {
            auto r = guard.refusal(scope, m, std::nullopt, batchRow);
            if (!r)
                qFatal("%s", qPrintable(r.error().message));
            refused += r.value() ? 1 : 0;
        }
        guardCpu << cpuMs() - c0;
        c0 = cpuMs();
        for (const sync::Mutation &m : std::as_const(batch))
            if (Status s = validator.check(m.table, m.rowId, m.fields); !s)
                qFatal("%s", qPrintable(s.error().message));
        validator.endBatch();
        validatorCpu << cpuMs() - c0;
    }
    if (refused != 0)
        qFatal("the check refused a case naming its own station's rows");
    const double guard = median(guardCpu);
    const double check = median(validatorCpu);
    out << QStringLiteral("bench_pushreferences: a batch of %1 new cases naming 3 rows each, median of %2 rounds (thread CPU)\n")
               .arg(cases)
               .arg(rounds);
    out << QStringLiteral("  reference check (prepare + one check a mutation): %1 ms, %2 us a mutation\n")
               .arg(guard, 0, 'f', 1)
               .arg(guard * 1000.0 / cases, 0, 'f', 2);
    out << QStringLiteral("  validator test insert of the same rows:            %1 ms, %2 us a mutation\n")
               .arg(check, 0, 'f', 1)
               .arg(check * 1000.0 / cases, 0, 'f', 2);
    out << QStringLiteral("  ratio check / test insert: %1\n").arg(check > 0 ? guard / check : 0.0, 0, 'f', 3);
    return 0;
}
