// Load benchmark: many devices syncing at once against one real zhitongche-server over HTTPS on
// 127.0.0.1, SQLite or PostgreSQL (a private cluster this benchmark starts). Each simulated device
// pushes one batch of new cases and then pulls its station's changes until has_more is false.
//
// What a "device" is here: a lean HTTP driver, not a SyncClient with a store. Each device has its
// own QNetworkAccessManager (so its own keep-alive TLS connection, as a real PC has), its own
// enrolment (device id + refresh token from `admin device enrol`) and access token, and sends the
// same JSON a SyncClient sends (PushBatch with full case inserts, ~630-byte cases). All devices run
// in this one process on one event loop, all started at the same moment: the server sees
// `devices` connections with requests arriving together. The client-side store work (outbox reads,
// applying pages) is not part of this benchmark; bench_sync measures that.
//
//   bench_sync_load [--devices 200] [--mutations 50] [--stations 40] [--postgres] [--threads N] [--ramp MS]
//                   [--synchronous full|normal]
// Prints mutations per second and p50/p99 latency of the push requests, the pull requests and the
// whole sync (push + every pull page) per device, each measured from the moment its request was
// handed to the network until its whole answer was in. Beside them, where the time went: the
// server's CPU for the connection phase (TLS handshakes) and for the run, its handlers' own wall
// and CPU time per request kind (from its access log), the CPU left for TLS/HTTP outside the
// handlers, how the requests spread over the server's threads, the CPU of PostgreSQL's backends,
// the benchmark process's own CPU (it shares the cores) and the load average before and after.
// --ramp MS starts the devices evenly over MS milliseconds instead of all at the same instant.

#include "common/ProcessMemory.h"
#include "PgCluster.h"
#include "ServerProcess.h"
#include "TestCa.h"

#include "common/Uuid7.h"
#include "storage/Migrator.h"
#include "sync/HybridClock.h"
#include "sync/PushBatch.h"
#include "sync/SyncLimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <unistd.h>

using namespace zt;
using namespace zt::test;

namespace {

QTextStream out(stdout);
const QString kPassword = QStringLiteral("bench password 1");

struct Device
{
    QString id;
    QString refreshToken;
    QString stationId;
    QString accessToken;
    std::unique_ptr<QNetworkAccessManager> network;
    qint64 since = 0;
    double pushMs = 0;
    QList<double> pullMs;
    double syncMs = 0;
    int pulledRows = 0;
    bool failed = false;
    QString error;
};

// CPU time (user + system) of a process in ms, from /proc.
double cpuMsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// CPU of the PostgreSQL cluster listening on this port: its postmaster and every backend (the
// server's connections stay open for the whole run, so their CPU is still theirs, not reaped).
double postgresCpuMs(quint16 port)
{
    qint64 postmaster = 0;
    QHash<qint64, qint64> parentOf;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        const qint64 id = pid.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        if (!line.contains("(postgres)"))
            continue;
        parentOf.insert(id, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong());
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(id));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().replace('\0', ' ').contains(QStringLiteral("-p %1 ").arg(port).toLatin1()))
            postmaster = id;
    }
    double total = 0;
    for (auto it = parentOf.constBegin(); it != parentOf.constEnd(); ++it)
        if (postmaster && (it.key() == postmaster || it.value() == postmaster))
            total += cpuMsOf(it.key());
    return total;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

class Driver
{
public:
    Driver(QUrl url, QList<QSslCertificate> ca) : m_url(std::move(url)), m_ca(std::move(ca)) {}

    QNetworkReply *send(Device &d, const QByteArray &verb, const QString &path, const QByteArray &body, bool authorised)
    {
        QUrl url = m_url;
        const int query = path.indexOf(QLatin1Char('?'));
        url.setPath(path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_ca);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (authorised)
            request.setRawHeader("Authorization", "Bearer " + d.accessToken.toLatin1());
        return d.network->sendCustomRequest(request, verb, body);
    }

private:
    QUrl m_url;
    QList<QSslCertificate> m_ca;
};

QVariantMap caseFields(const QString &stationId, int i)
{
    return {{QStringLiteral("station_id"), stationId},
            {QStringLiteral("case_no"), QStringLiteral("330203006-2026-L%1").arg(i, 7, 10, QLatin1Char('0'))},
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
            {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}};
}

QByteArray pushBody(const Device &d, int mutations, int firstCaseNo)
{
    sync::PushBatch batch;
    batch.deviceId = d.id;
    batch.batchId = Uuid7::generate();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < mutations; ++i) {
        sync::Mutation m;
        m.deviceSeq = i + 1;
        m.mutationId = Uuid7::generate();
        m.txId = Uuid7::generate();
        m.table = QStringLiteral("cases");
        m.rowId = Uuid7::generate();
        m.op = QStringLiteral("insert");
        m.fields = QJsonObject::fromVariantMap(caseFields(d.stationId, firstCaseNo + i));
        m.hlc = HybridClock::format(now, quint16(i), d.id);
        m.schemaV = Migrator::latestVersion();
        batch.mutations << m;
    }
    return batch.toJson();
}

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("devices"), QStringLiteral("Simulated devices."), QStringLiteral("n"), QStringLiteral("200")));
    parser.addOption(QCommandLineOption(QStringLiteral("mutations"), QStringLiteral("Mutations each device pushes in one batch (<= 1000, the server's default limit)."), QStringLiteral("n"), QStringLiteral("50")));
    parser.addOption(QCommandLineOption(QStringLiteral("stations"), QStringLiteral("Stations the devices belong to."), QStringLiteral("n"), QStringLiteral("40")));
    parser.addOption(QCommandLineOption(QStringLiteral("postgres"), QStringLiteral("Run the server on a private PostgreSQL cluster.")));
    parser.addOption(QCommandLineOption(QStringLiteral("threads"), QStringLiteral("Server threads (0 = its default: one per core, at least 8)."), QStringLiteral("n"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("synchronous"), QStringLiteral("SQLite server: full (default) or normal (decision 27)."),
                                        QStringLiteral("mode")));
    parser.addOption(QCommandLineOption(QStringLiteral("ramp"), QStringLiteral("Start the devices evenly over this many ms (0 = all at once)."), QStringLiteral("ms"), QStringLiteral("0")));
    parser.process(app);
    const int deviceCount = parser.value(QStringLiteral("devices")).toInt();
    const int mutations = std::clamp(parser.value(QStringLiteral("mutations")).toInt(), 1, sync::kDefaultServerBatchMutations);
    const int stations = std::clamp(parser.value(QStringLiteral("stations")).toInt(), 1, deviceCount);
    const bool postgres = parser.isSet(QStringLiteral("postgres"));
    const int threads = std::max(0, parser.value(QStringLiteral("threads")).toInt());
    const QString synchronous = parser.value(QStringLiteral("synchronous"));
    const int rampMs = std::max(0, parser.value(QStringLiteral("ramp")).toInt());
    const QString loadBefore = loadAverage();

    QTemporaryDir dir;
    TestCa ca;
    QString error;
    if (!ca.create(dir.filePath(QStringLiteral("ca")), &error))
        qFatal("%s", qPrintable(error));
    PgCluster pg;
    ServerSetup setup;
    setup.dir = dir.filePath(QStringLiteral("server"));
    QDir().mkpath(setup.dir);
    setup.certificateFile = ca.certificateFile();
    setup.keyFile = ca.keyFile();
    setup.threads = threads;
    setup.sqliteSynchronous = synchronous;
    if (postgres) {
        if (!pg.start(&error) || !pg.createDatabase(QStringLiteral("zt_load"), &error))
            qFatal("%s", qPrintable(error));
        setup.postgres = true;
        setup.pgPort = pg.port();
        setup.pgDatabase = QStringLiteral("zt_load");
    }
    ServerProcess server(setup);

    // Stations of one district, one account each, the devices spread over them: each device pulls
    // its own station's changes (its own and its station neighbours' pushes).
    // Each account costs an argon2id hash; the admin runs are kept short (ServerProcess waits 30 s).
    auto runScript = [&](const QStringList &lines, const QString &name) {
        QFile scriptFile(setup.dir + QLatin1Char('/') + name);
        if (!scriptFile.open(QIODevice::WriteOnly))
            qFatal("cannot write the admin script");
        scriptFile.write(lines.join(QLatin1Char('\n')).toUtf8());
        scriptFile.close();
        QString why;
        const QString output = server.admin({QStringLiteral("script"), scriptFile.fileName()}, &why);
        if (output.isEmpty() && !lines.isEmpty())
            qFatal("admin script %s failed: %s", qPrintable(name), qPrintable(why));
        return output;
    };
    QStringList stationIds;
    QStringList script{QStringLiteral("district add --code 330203 --name 海曙区")};
    for (int s = 0; s < stations; ++s) {
        stationIds << Uuid7::generate();
        script << QStringLiteral("station add --code 3302039%1 --name 站%1 --district 330203 --id %2").arg(s, 2, 10, QLatin1Char('0')).arg(stationIds.last());
    }
    runScript(script, QStringLiteral("stations.txt"));
    for (int s = 0; s < stations; s += 4) {
        QStringList accounts;
        for (int k = s; k < std::min(stations, s + 4); ++k)
            accounts << QStringLiteral("account add --username st%1 --kind station --scope 3302039%2 --password \"%3\"")
                            .arg(k).arg(k, 2, 10, QLatin1Char('0')).arg(kPassword);
        runScript(accounts, QStringLiteral("accounts-%1.txt").arg(s));
    }
    QStringList enrolments;
    for (int i = 0; i < deviceCount; ++i)
        enrolments << QStringLiteral("device enrol --account st%1 --name pc%2").arg(i % stations).arg(i);
    const QString enrolled = runScript(enrolments, QStringLiteral("devices.txt"));
    std::vector<Device> devices(deviceCount);
    {
        int i = -1;
        for (const QString &line : enrolled.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("device_id="))) {
                ++i;
                if (i >= deviceCount)
                    break;
                devices[i].id = line.mid(10).trimmed();
                devices[i].stationId = stationIds.at(i % stations);
            } else if (line.startsWith(QLatin1String("refresh_token=")) && i >= 0 && i < deviceCount) {
                devices[i].refreshToken = line.mid(14).trimmed();
            }
        }
        if (i + 1 != deviceCount)
            qFatal("enrolled %d devices of %d", i + 1, deviceCount);
    }
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    out << "bench_sync_load: " << deviceCount << " devices in " << stations << " stations, " << mutations
        << " new cases each, server on " << (postgres ? "PostgreSQL" : "SQLite") << " over HTTPS, server threads "
        << (threads > 0 ? QString::number(threads) : QStringLiteral("default")) << ", devices started "
        << (rampMs > 0 ? QStringLiteral("over %1 ms").arg(rampMs) : QStringLiteral("at once")) << "; load average " << loadBefore << "\n";
    out.flush();

    QFile caFile(ca.caFile());
    caFile.open(QIODevice::ReadOnly);
    Driver driver(QUrl(server.url()), QSslCertificate::fromData(caFile.readAll(), QSsl::Pem));

    // Every device gets its access token first (TLS handshake and keep-alive connection included),
    // so the measured part is push and pull only.
    int ready = 0;
    QEventLoop loop;
    const double connectServerCpuBefore = cpuMsOf(server.pid());
    QElapsedTimer connectWall;
    connectWall.start();
    for (Device &d : devices) {
        d.network = std::make_unique<QNetworkAccessManager>();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), d.id},
                                                          {QStringLiteral("refresh_token"), d.refreshToken}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = driver.send(d, "POST", QStringLiteral("/api/v1/auth/refresh"), body, false);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&d, reply, &ready, &loop, deviceCount] {
            reply->deleteLater();
            d.accessToken = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
            if (d.accessToken.isEmpty())
                qFatal("refresh failed: %s", qPrintable(reply->errorString()));
            if (++ready == deviceCount)
                loop.quit();
        });
    }
    loop.exec();
    out << QStringLiteral("  connect phase: %1 TLS handshakes + token refreshes in %2 ms, server CPU %3 ms\n")
               .arg(deviceCount).arg(connectWall.elapsed()).arg(cpuMsOf(server.pid()) - connectServerCpuBefore, 0, 'f', 0);
    out.flush();
    const qsizetype logBefore = server.log().size();
    QList<QByteArray> bodies;
    for (int i = 0; i < deviceCount; ++i)
        bodies << pushBody(devices[i], mutations, i * mutations);

    int finished = 0;
    int pushesDone = 0;
    double lastPushAt = 0;
    QElapsedTimer wall;
    std::function<void(Device &, QElapsedTimer *)> pullNext;
    pullNext = [&](Device &d, QElapsedTimer *syncTimer) {
        auto *t = new QElapsedTimer;
        t->start();
        QNetworkReply *reply = driver.send(d, "GET", QStringLiteral("/sync/v1/pull?since=%1&limit=500&schema=%2")
                                                         .arg(d.since).arg(Migrator::latestVersion()), {}, true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t, syncTimer] {
            reply->deleteLater();
            d.pullMs << double(t->nsecsElapsed()) / 1e6;
            delete t;
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                d.failed = true;
                d.error = QStringLiteral("pull: %1").arg(reply->errorString());
            } else {
                d.pulledRows += int(page.value(QStringLiteral("rows")).toArray().size());
                d.since = page.value(QStringLiteral("next_since")).toInteger();
                if (page.value(QStringLiteral("has_more")).toBool()) {
                    pullNext(d, syncTimer);
                    return;
                }
            }
            d.syncMs = double(syncTimer->nsecsElapsed()) / 1e6;
            delete syncTimer;
            if (++finished == deviceCount)
                loop.quit();
        });
    };
    const double serverCpuBefore = cpuMsOf(server.pid());
    const double clientCpuBefore = cpuMsOf(QCoreApplication::applicationPid());
    const double postgresCpuBefore = postgres ? postgresCpuMs(pg.port()) : 0;
    wall.start();
    for (int i = 0; i < deviceCount; ++i) {
        const int startAt = rampMs > 0 ? int(qint64(rampMs) * i / deviceCount) : 0;
        QTimer::singleShot(startAt, &loop, [&, i] {
            Device &d = devices[i];
            auto *syncTimer = new QElapsedTimer;
            syncTimer->start();
            QNetworkReply *reply = driver.send(d, "POST", QStringLiteral("/sync/v1/push"), bodies.at(i), true);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, syncTimer, i] {
                Device &d = devices[i];
                reply->deleteLater();
                d.pushMs = double(syncTimer->nsecsElapsed()) / 1e6;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 200) {
                    d.failed = true;
                    d.error = QStringLiteral("push: %1 %2").arg(status).arg(QString::fromUtf8(reply->readAll().left(200)));
                }
                ++pushesDone;
                lastPushAt = double(wall.nsecsElapsed()) / 1e6;
                pullNext(d, syncTimer);
            });
        });
    }
    loop.exec();
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double serverCpu = cpuMsOf(server.pid()) - serverCpuBefore;
    const double clientCpu = cpuMsOf(QCoreApplication::applicationPid()) - clientCpuBefore;
    const double postgresCpu = postgres ? postgresCpuMs(pg.port()) - postgresCpuBefore : 0;

    QList<double> push, pull, whole;
    int failures = 0;
    qint64 rows = 0;
    for (const Device &d : devices) {
        if (d.failed) {
            if (++failures <= 3)
                out << "  failed: " << d.error << '\n';
            continue;
        }
        push << d.pushMs;
        pull << d.pullMs;
        whole << d.syncMs;
        rows += d.pulledRows;
    }
    const double totalMutations = double(deviceCount) * mutations;
    out << QStringLiteral("  %1 mutations pushed in %2 ms (all pushes answered): %3 mutations/s; everything incl. pulls %4 ms\n")
               .arg(totalMutations, 0, 'f', 0).arg(lastPushAt, 0, 'f', 0).arg(totalMutations / (lastPushAt / 1000.0), 0, 'f', 0)
               .arg(wallMs, 0, 'f', 0);
    out << QStringLiteral("  push request latency:  p50 %1 ms, p99 %2 ms, max %3 ms (goal p99 < 500 ms)\n")
               .arg(percentile(push, 0.5), 0, 'f', 1).arg(percentile(push, 0.99), 0, 'f', 1).arg(percentile(push, 1.0), 0, 'f', 1);
    out << QStringLiteral("  pull request latency:  p50 %1 ms, p99 %2 ms (%3 requests, %4 rows)\n")
               .arg(percentile(pull, 0.5), 0, 'f', 1).arg(percentile(pull, 0.99), 0, 'f', 1).arg(pull.size()).arg(rows);
    out << QStringLiteral("  whole sync per device: p50 %1 ms, p99 %2 ms\n")
               .arg(percentile(whole, 0.5), 0, 'f', 1).arg(percentile(whole, 0.99), 0, 'f', 1);
    out << QStringLiteral("  CPU during the run: server %1 ms, PostgreSQL %2, the %3 simulated devices (this process) %4 ms\n")
               .arg(serverCpu, 0, 'f', 0).arg(postgres ? QStringLiteral("%1 ms").arg(postgresCpu, 0, 'f', 0) : QStringLiteral("-"))
               .arg(deviceCount).arg(clientCpu, 0, 'f', 0);
    out << QStringLiteral("  failed devices: %1\n").arg(failures);
    // The server's own view (from its JSON log): each batch's own work ("push"), and the write
    // transactions that applied them ("push.group": several devices' batches, one COMMIT; decision 40).
    QList<double> serverPush, serverGroups;
    double groupCpu = 0, groupCommit = 0;
    qint64 groupedBatches = 0;
    int largestGroup = 0;
    for (const QString &line : server.log().split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("push"))
            serverPush << o.value(QStringLiteral("ms")).toDouble();
        else if (event == QLatin1String("push.group")) {
            serverGroups << o.value(QStringLiteral("ms")).toDouble();
            groupCpu += o.value(QStringLiteral("cpu_ms")).toDouble();
            groupCommit += o.value(QStringLiteral("commit_ms")).toDouble();
            groupedBatches += o.value(QStringLiteral("batches")).toInt();
            largestGroup = std::max(largestGroup, o.value(QStringLiteral("batches")).toInt());
        }
    }
    auto sum = [](const QList<double> &values) {
        double total = 0;
        for (double v : values)
            total += v;
        return total;
    };
    out << QStringLiteral("  server: %1 push batches applied, %2 ms in all, p50 %3 ms, p99 %4 ms (without their COMMIT)\n")
               .arg(serverPush.size()).arg(sum(serverPush), 0, 'f', 0).arg(percentile(serverPush, 0.5), 0, 'f', 1)
               .arg(percentile(serverPush, 0.99), 0, 'f', 1);
    out << QStringLiteral("  server: %1 push transactions (%2 batches, at most %3 in one), %4 ms in all, p50 %5 ms, p99 %6 ms\n")
               .arg(serverGroups.size()).arg(groupedBatches).arg(largestGroup).arg(sum(serverGroups), 0, 'f', 0)
               .arg(percentile(serverGroups, 0.5), 0, 'f', 1).arg(percentile(serverGroups, 0.99), 0, 'f', 1);
    // Since decision 45 one writer thread runs every push transaction: its CPU inside them (the rest of
    // their wall time is waiting for a core or for the disk), and the COMMITs' share of the wall time.
    out << QStringLiteral("  server: CPU of the thread inside the push transactions %1 ms, their COMMITs %2 ms\n")
               .arg(groupCpu, 0, 'f', 0).arg(groupCommit, 0, 'f', 0);
    // Per request kind, the handlers' own time (access log: wall "ms" and this thread's "cpu_ms");
    // what the server's CPU has beyond the handlers is TLS, HTTP parsing and writing answers.
    QMap<QString, QList<double>> handlerMs;
    QMap<QString, double> handlerCpu;
    QMap<QString, int> perThread;
    double handlersCpu = 0;
    for (const QString &line : server.log().mid(logBefore).split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("event")).toString() != QLatin1String("request") || !o.contains(QStringLiteral("ms")))
            continue;
        const QString kind = o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -1);
        handlerMs[kind] << o.value(QStringLiteral("ms")).toDouble();
        handlerCpu[kind] += o.value(QStringLiteral("cpu_ms")).toDouble();
        handlersCpu += o.value(QStringLiteral("cpu_ms")).toDouble();
        perThread[o.value(QStringLiteral("thread")).toString()] += 1;
    }
    for (auto it = handlerMs.constBegin(); it != handlerMs.constEnd(); ++it)
        out << QStringLiteral("  server handlers, %1: %2 requests, wall p50 %3 ms, p99 %4 ms; CPU %5 ms in all (%6 ms each)\n")
                   .arg(it.key()).arg(it.value().size()).arg(percentile(it.value(), 0.5), 0, 'f', 1)
                   .arg(percentile(it.value(), 0.99), 0, 'f', 1).arg(handlerCpu.value(it.key()), 0, 'f', 0)
                   .arg(handlerCpu.value(it.key()) / double(it.value().size()), 0, 'f', 2);
    out << QStringLiteral("  server CPU outside the handlers (TLS, HTTP, answers): %1 ms\n").arg(serverCpu - handlersCpu - groupCpu, 0, 'f', 0);
    QStringList spread;
    for (auto it = perThread.constBegin(); it != perThread.constEnd(); ++it)
        spread << QStringLiteral("%1: %2").arg(it.key().isEmpty() ? QStringLiteral("?") : it.key()).arg(it.value());
    out << QStringLiteral("  requests per server thread: %1\n").arg(spread.join(QStringLiteral(", ")));
    out << QStringLiteral("  load average before %1, after %2\n").arg(loadBefore, loadAverage());
    out.flush();
    server.stop();
    pg.stop();
    return failures == 0 ? 0 : 1;
}
