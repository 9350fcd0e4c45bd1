// Group commit of pushes (server/README.md decision 40), over real HTTPS on 127.0.0.1 against SQLite or
// PostgreSQL (ZT_SYNC_BACKEND). Twelve devices of two stations push at the same instant, round after
// round, to a server with more threads than devices, so several pushes wait for the write lock together
// and are applied in one transaction. In every round one device sends a batch that is refused whole
// (409, nothing of it kept): a gap in the first round, then a fork (a device_seq the server applied
// with another mutation). A gap waits up to 200 ms for its predecessor before it goes to the write
// lock (decision 39), so it lands in a group of its own; a fork goes with the others. One a batch with a row outside its scope (that row rejected, its others applied), one
// the batch of its last round again (answered from the log as before); the others plain batches. Every
// device gets its own right answer whatever group its batch landed in, every version is drawn once, and
// at the end the server holds every applied row at the version its push was answered with, and none of
// the refused ones. The server's log must show a group that kept some batches and undid others.

#include "Barrier.h"
#include "HttpProbe.h"
#include "ServerProcess.h"
#include "SyncTestBackend.h"

#include "common/Uuid7.h"
#include "storage/Migrator.h"
#include "sync/PushBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
constexpr int kDevicesPerStation = 6;
constexpr int kDevices = 2 * kDevicesPerStation;
constexpr int kCasesPerBatch = 20;
constexpr int kMaxRounds = 12;
constexpr int kMinRounds = 3;

// What a device does in a round.
enum class Role { Plain, Gap, Fork, OutOfScope, Replay };

struct Device
{
    QString id;
    int station = 0;
    HttpProbe *probe = nullptr;
    qint64 lastSeq = 0;
    sync::PushBatch lastBatch;
    QJsonArray lastResults;
    // What the server must hold at the end: row id -> the sv its push was answered with.
    QHash<QString, qint64> applied;
    QSet<QString> refused; // row ids that must not be on the server
    // This round: what was sent, and the answer.
    Role role = Role::Plain;
    sync::PushBatch sent;
    ProbeReply reply;
};

} // namespace

class tst_SyncPushGroup : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;

    static sync::Mutation caseInsert(const QString &deviceId, qint64 seq, const QString &stationId, const QString &caseNo)
    {
        sync::Mutation m;
        m.deviceSeq = seq;
        m.mutationId = Uuid7::generate();
        m.txId = Uuid7::generate();
        m.table = QStringLiteral("cases");
        m.rowId = Uuid7::generate();
        m.op = QStringLiteral("insert");
        m.fields = QJsonObject{{QStringLiteral("station_id"), stationId},
                               {QStringLiteral("case_no"), caseNo},
                               {QStringLiteral("title"), QStringLiteral("路灯不亮 %1").arg(caseNo)},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}};
        m.hlc = QStringLiteral("0000018c3a5f2b10-%1-%2").arg(seq % 10000, 4, 10, QLatin1Char('0')).arg(deviceId.right(8));
        m.schemaV = Migrator::latestVersion();
        return m;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void devicesPushingAtOnceGetTheirOwnAnswers()
    {
        const QStringList stationIds{Uuid7::generate(), Uuid7::generate()};
        const QStringList stationCodes{QStringLiteral("330203006"), QStringLiteral("330203007")};
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server"));
        setup.threads = kDevices + 2; // every push gets a thread: they wait for the write lock together
        ServerProcess server(setup);
        const QStringList lines = SyncTestBackend::districtScript(stationIds, stationCodes, kPassword);
        QString error;
        QVERIFY2(SyncTestBackend::runAdminScript(server, setup, lines, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        std::vector<Device> devices(kDevices);
        std::vector<std::unique_ptr<HttpProbe>> probes;
        for (int i = 0; i < kDevices; ++i) {
            Device &d = devices[size_t(i)];
            d.id = Uuid7::generate();
            d.station = i / kDevicesPerStation;
            probes.push_back(std::make_unique<HttpProbe>(server.url(), m_backend.ca().caFile()));
            d.probe = probes.back().get();
            QCOMPARE(d.probe->login(QStringLiteral("station%1").arg(d.station), kPassword, d.id).status, 200);
        }

        bool mixedGroupSeen = false;
        int round = 0;
        for (; round < kMaxRounds && !(mixedGroupSeen && round >= kMinRounds); ++round) {
            // The roles move from device to device; both stations have a bad batch in each round.
            for (int i = 0; i < kDevices; ++i) {
                Device &d = devices[size_t(i)];
                const int slot = (i + round) % kDevicesPerStation;
                const Role refusedWhole = round > 0 && d.lastSeq >= 1 ? Role::Fork : Role::Gap;
                d.role = slot == 0 ? refusedWhole : slot == 1 ? Role::OutOfScope : slot == 2 && round > 0 ? Role::Replay : Role::Plain;
                if (d.role == Role::Replay) {
                    d.sent = d.lastBatch;
                    continue;
                }
                // A gap: the batch starts one past the seq the server expects; a fork: at the last
                // seq the server applied, with another mutation.
                const qint64 first = d.lastSeq + (d.role == Role::Gap ? 2 : d.role == Role::Fork ? 0 : 1);
                d.sent = sync::PushBatch{d.id, Uuid7::generate(), {}};
                for (int k = 0; k < kCasesPerBatch; ++k) {
                    // A row of the other station: refused alone, the batch's other rows go in.
                    const bool foreign = d.role == Role::OutOfScope && k == kCasesPerBatch / 2;
                    d.sent.mutations << caseInsert(d.id, first + k, stationIds.at(foreign ? 1 - d.station : d.station),
                                                   QStringLiteral("C-%1-%2-%3").arg(i).arg(round).arg(k));
                }
            }
            Barrier barrier(kDevices);
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < kDevices; ++i) {
                threads.emplace_back(QThread::create([&devices, &barrier, i] {
                    Device &d = devices[size_t(i)];
                    const QByteArray body = d.sent.toJson();
                    barrier.arriveAndWait();
                    d.reply = d.probe->send("POST", QStringLiteral("/sync/v1/push"), body);
                }));
                threads.back()->start();
            }
            for (auto &t : threads)
                QVERIFY(t->wait(QDeadlineTimer(120'000)));

            for (int i = 0; i < kDevices; ++i) {
                Device &d = devices[size_t(i)];
                const QString who = QStringLiteral("round %1, device %2").arg(round).arg(i);
                if (d.role == Role::Gap || d.role == Role::Fork) {
                    QVERIFY2(d.reply.status == 409, qPrintable(who + QLatin1Char(' ') + QString::fromUtf8(d.reply.body)));
                    const bool gap = d.role == Role::Gap;
                    QCOMPARE(d.reply.json().value(QStringLiteral("error")).toString(), gap ? QStringLiteral("gap") : QStringLiteral("fork"));
                    if (gap)
                        QCOMPARE(d.reply.json().value(QStringLiteral("expected")).toInteger(), d.lastSeq + 1);
                    else
                        QCOMPARE(d.reply.json().value(QStringLiteral("device_seq")).toInteger(), d.lastSeq);
                    for (const sync::Mutation &m : std::as_const(d.sent.mutations))
                        d.refused.insert(m.rowId);
                    continue;
                }
                QVERIFY2(d.reply.status == 200, qPrintable(who + QLatin1Char(' ') + QString::fromUtf8(d.reply.body)));
                const QJsonArray results = d.reply.json().value(QStringLiteral("results")).toArray();
                if (d.role == Role::Replay) {
                    QVERIFY2(results == d.lastResults, qPrintable(who)); // the stored answers, unchanged
                    continue;
                }
                QCOMPARE(results.size(), kCasesPerBatch);
                for (int k = 0; k < kCasesPerBatch; ++k) {
                    const QJsonObject r = results.at(k).toObject();
                    const sync::Mutation &m = d.sent.mutations.at(k);
                    QCOMPARE(r.value(QStringLiteral("device_seq")).toInteger(), m.deviceSeq);
                    if (d.role == Role::OutOfScope && k == kCasesPerBatch / 2) {
                        QVERIFY2(r.value(QStringLiteral("status")).toString() == QLatin1String("rejected"), qPrintable(who));
                        QCOMPARE(r.value(QStringLiteral("code")).toString(), QStringLiteral("out_of_scope"));
                        d.refused.insert(m.rowId);
                        continue;
                    }
                    QVERIFY2(r.value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                             qPrintable(who + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact))));
                    const qint64 sv = r.value(QStringLiteral("sv")).toInteger();
                    QVERIFY(sv > 0);
                    d.applied.insert(m.rowId, sv);
                }
                d.lastSeq = d.sent.mutations.last().deviceSeq;
                d.lastBatch = d.sent;
                d.lastResults = results;
            }

            // Was a batch undone in a group whose other batches stayed?
            for (const QString &line : server.log().split(QLatin1Char('\n'))) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                if (o.value(QStringLiteral("event")).toString() == QLatin1String("push.group")) {
                    const int batches = o.value(QStringLiteral("batches")).toInt();
                    const int kept = o.value(QStringLiteral("kept")).toInt();
                    mixedGroupSeen = mixedGroupSeen || (kept > 0 && kept < batches);
                }
            }
        }
        qInfo("rounds: %d", round);
        QVERIFY2(mixedGroupSeen, "no group held both a kept and an undone batch");

        // Every version was drawn once, across all devices and groups.
        QHash<qint64, QString> bySv;
        for (const Device &d : devices)
            for (auto it = d.applied.constBegin(); it != d.applied.constEnd(); ++it) {
                QVERIFY2(!bySv.contains(it.value()), qPrintable(QStringLiteral("sv %1 answered twice").arg(it.value())));
                bySv.insert(it.value(), it.key());
            }

        // The server's view (the district sees both stations): every applied row at its answered
        // version, none of the refused rows.
        HttpProbe district(server.url(), m_backend.ca().caFile());
        QCOMPARE(district.login(QStringLiteral("district"), kPassword, Uuid7::generate()).status, 200);
        QHash<QString, qint64> onServer;
        qint64 since = 0;
        for (bool more = true; more;) {
            const ProbeReply page = district.send("GET", QStringLiteral("/sync/v1/pull?since=%1&limit=1000&schema=%2")
                                                            .arg(since).arg(Migrator::latestVersion()));
            QVERIFY2(page.status == 200, page.body.constData());
            const QJsonObject o = page.json();
            for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject entry = row.toObject(); // {"seq", "tbl", "op", "row": {...}}
                const QJsonObject r = entry.value(QStringLiteral("row")).toObject();
                if (entry.value(QStringLiteral("tbl")).toString() == QLatin1String("cases"))
                    onServer.insert(r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("sv")).toInteger());
            }
            since = o.value(QStringLiteral("next_since")).toInteger();
            more = o.value(QStringLiteral("has_more")).toBool();
        }
        qsizetype expected = 0;
        for (const Device &d : devices) {
            expected += d.applied.size();
            for (auto it = d.applied.constBegin(); it != d.applied.constEnd(); ++it)
                QCOMPARE(onServer.value(it.key(), -1), it.value());
            for (const QString &id : d.refused)
                QVERIFY2(!onServer.contains(id), qPrintable(id));
        }
        QCOMPARE(onServer.size(), expected);
    }
};

QTEST_GUILESS_MAIN(tst_SyncPushGroup)
#include "tst_syncpushgroup.moc"
