// Many PCs syncing at the same time against one multi-threaded server, over real HTTPS on
// 127.0.0.1, SQLite or PostgreSQL (ZT_SYNC_BACKEND, as tst_sync). Eight PCs of two stations, each
// on its own thread with its own store and SyncClient, make cases and edit them (their own cases and
// each other's) in rounds, syncing after every round, all at once. At the end every PC of a station
// holds the same rows, every case made exists exactly once, no PC's last edit of its own cases is
// lost, nothing waits in an outbox, and the server's checksums agree with the PCs'.

#include "Barrier.h"
#include "HttpProbe.h"
#include "SyncTestBackend.h"
#include "ServerProcess.h"
#include "StoreRows.h"
#include "TestCa.h"

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
constexpr int kPcsPerStation = 4;
constexpr int kRounds = 3;
constexpr int kNewCasesPerRound = 6;

// What one PC ends with, handed back to the test's thread (stores stay on their own threads).
struct PcOutcome
{
    QString error; // the first thing that went wrong, empty when all went well
    QStringList madeCases;
    QHash<QString, QString> lastOwnLocation; // case id -> the last location this PC wrote
    QMap<QString, QVariantMap> cases;        // every case row at the end
    int pending = -1;
    int failedSyncsDuringRounds = 0;
};

} // namespace

class tst_SyncConcurrent : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void eightPcsSyncingAtOnceConverge()
    {
        const QStringList stationIds{Uuid7::generate(), Uuid7::generate()};
        const QStringList stationCodes{QStringLiteral("330203006"), QStringLiteral("330203007")};
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server"));
        setup.threads = 4; // more threads than this machine's cores: requests really overlap
        ServerProcess server(setup);
        const QStringList lines = SyncTestBackend::districtScript(stationIds, stationCodes, kPassword);
        QString error;
        QVERIFY2(SyncTestBackend::runAdminScript(server, setup, lines, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        constexpr int pcs = 2 * kPcsPerStation;
        std::vector<PcOutcome> outcomes(pcs);
        Barrier barrier(pcs);
        const QString url = server.url();
        const QString caFile = m_ca.caFile();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);

        auto runPc = [&](int index) {
            PcOutcome &out = outcomes[size_t(index)];
            auto note = [&out](const QString &what) {
                if (out.error.isEmpty())
                    out.error = what;
            };
            const int station = index / kPcsPerStation;
            const int within = index % kPcsPerStation;
            const QString stationId = stationIds.at(station);
            QRandomGenerator random(seed + quint32(index));
            QTemporaryDir dir;
            auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
            if (!opened) {
                note(QStringLiteral("open: %1").arg(opened.error().message));
                for (int i = 0; i < 2 + kRounds + 3; ++i)
                    barrier.arriveAndWait();
                return;
            }
            Store &store = *opened.value();
            if (within == 0) {
                // The first PC of a station makes the station row; the others pull it before they write.
                WriteTransaction tx(store);
                if (!tx.insert(QStringLiteral("station"), stationId,
                               {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), stationCodes.at(station)},
                                {QStringLiteral("name"), QStringLiteral("联络站 %1").arg(station)},
                                {QStringLiteral("division_code"), stationCodes.at(station)}})
                    || !tx.commit())
                    note(QStringLiteral("cannot create the station row"));
            }
            if (!store.setUpDevice(stationId, QChar(QLatin1Char('A').unicode() + within)))
                note(QStringLiteral("cannot set up the device"));
            SyncClient sync(store);
            auto syncOnce = [&](const char *when) {
                auto r = sync.syncOnce();
                if (!r)
                    return QStringLiteral("%1: %2 (%3)").arg(QLatin1String(when), r.error().message, r.error().code);
                return QString();
            };
            auto enrolAndSync = [&] {
                if (Status s = sync.configure(QUrl(url), caFile); !s)
                    note(QStringLiteral("configure: %1").arg(s.error().message));
                else if (Status e = sync.enrol(QStringLiteral("station%1").arg(station), kPassword); !e)
                    note(QStringLiteral("enrol: %1").arg(e.error().message));
                else if (const QString why = syncOnce("first sync"); !why.isEmpty())
                    note(why);
            };
            if (within == 0)
                enrolAndSync();
            barrier.arriveAndWait();
            if (within != 0)
                enrolAndSync();
            barrier.arriveAndWait();

            for (int round = 0; round < kRounds; ++round) {
                // New cases, a new location on each of this PC's own cases (only it writes those,
                // so its last value must survive), and titles of any case of the station (conflicts).
                for (int i = 0; i < kNewCasesPerRound; ++i) {
                    const QString id = Uuid7::generate();
                    WriteTransaction tx(store);
                    if (!tx.insert(QStringLiteral("cases"), id,
                                   {{QStringLiteral("station_id"), stationId},
                                    {QStringLiteral("case_no"), QStringLiteral("C-%1-%2").arg(index).arg(out.madeCases.size())},
                                    {QStringLiteral("title"), QStringLiteral("并发 %1 %2").arg(index).arg(i)},
                                    {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                    {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                                    {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                        || !tx.commit()) {
                        note(QStringLiteral("cannot insert a case"));
                        continue;
                    }
                    out.madeCases << id;
                }
                for (const QString &id : std::as_const(out.madeCases)) {
                    const QString location = QStringLiteral("PC %1 round %2").arg(index).arg(round);
                    WriteTransaction tx(store);
                    if (tx.update(QStringLiteral("cases"), id, {{QStringLiteral("location"), location}}) && tx.commit())
                        out.lastOwnLocation.insert(id, location);
                    else
                        note(QStringLiteral("cannot edit an own case"));
                }
                const QStringList known = StoreRows::all(store.db(), QStringLiteral("cases")).keys();
                for (int e = 0; e < 3 && !known.isEmpty(); ++e) {
                    const QString id = known.at(int(random.bounded(quint32(known.size()))));
                    WriteTransaction tx(store);
                    if (!tx.update(QStringLiteral("cases"), id, {{QStringLiteral("title"), QStringLiteral("PC %1 改 %2").arg(index).arg(e)}})
                        || !tx.commit())
                        note(QStringLiteral("cannot edit a case"));
                }
                // Busy answers (503 + Retry-After) are allowed while everybody syncs; the final syncs are not.
                if (!syncOnce("round").isEmpty())
                    ++out.failedSyncsDuringRounds;
                barrier.arriveAndWait();
            }
            // Everybody pushes what is left, then everybody pulls everybody else's last pushes.
            if (const QString why = syncOnce("final push"); !why.isEmpty())
                note(why);
            barrier.arriveAndWait();
            if (const QString why = syncOnce("final pull"); !why.isEmpty())
                note(why);
            barrier.arriveAndWait();
            out.cases = StoreRows::all(store.db(), QStringLiteral("cases"));
            out.pending = sync.state().pendingCount();
            barrier.arriveAndWait();
        };

        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < pcs; ++i) {
            threads.emplace_back(QThread::create(runPc, i));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(QDeadlineTimer(280'000)));

        int failedDuringRounds = 0;
        for (int i = 0; i < pcs; ++i) {
            QVERIFY2(outcomes[size_t(i)].error.isEmpty(), qPrintable(QStringLiteral("PC %1: %2").arg(i).arg(outcomes[size_t(i)].error)));
            QCOMPARE(outcomes[size_t(i)].pending, 0);
            failedDuringRounds += outcomes[size_t(i)].failedSyncsDuringRounds;
        }
        qInfo("syncs that failed (and were retried later) during the rounds: %d", failedDuringRounds);

        QMap<QString, QVariantMap> everyCase;
        for (int station = 0; station < 2; ++station) {
            const PcOutcome &first = outcomes[size_t(station * kPcsPerStation)];
            QSet<QString> made;
            for (int k = 0; k < kPcsPerStation; ++k)
                for (const QString &id : outcomes[size_t(station * kPcsPerStation + k)].madeCases)
                    made.insert(id);
            // Nothing lost, nothing doubled, nothing of the other station.
            QCOMPARE(made.size(), kPcsPerStation * kRounds * kNewCasesPerRound);
            QCOMPARE(QSet<QString>(first.cases.keyBegin(), first.cases.keyEnd()), made);
            for (int k = 1; k < kPcsPerStation; ++k)
                QCOMPARE(outcomes[size_t(station * kPcsPerStation + k)].cases, first.cases);
            for (int k = 0; k < kPcsPerStation; ++k) {
                const PcOutcome &pc = outcomes[size_t(station * kPcsPerStation + k)];
                for (auto it = pc.lastOwnLocation.constBegin(); it != pc.lastOwnLocation.constEnd(); ++it)
                    QCOMPARE(first.cases.value(it.key()).value(QStringLiteral("location")).toString(), it.value());
            }
            for (auto it = first.cases.constBegin(); it != first.cases.constEnd(); ++it) {
                QVERIFY(it.value().value(QStringLiteral("sv")).toLongLong() > 0);
                everyCase.insert(it.key(), it.value());
            }
        }

        // The server's view (the district sees both stations): the same ids at the same versions.
        HttpProbe probe(url, caFile);
        QCOMPARE(probe.login(QStringLiteral("district"), kPassword, Uuid7::generate()).status, 200);
        const QJsonObject sums = probe.send("GET", QStringLiteral("/sync/v1/checksum")).json().value(QStringLiteral("tables")).toObject();
        const QJsonObject cases = sums.value(QStringLiteral("cases")).toObject();
        QCOMPARE(cases.value(QStringLiteral("count")).toInt(), int(everyCase.size()));
        quint64 local = 0; // XOR of the first 8 bytes of SHA-256("id:sv"), as the server computes it
        for (const QVariantMap &row : std::as_const(everyCase)) {
            const QByteArray h = QCryptographicHash::hash(
                (row.value(QStringLiteral("id")).toString() + QLatin1Char(':') + row.value(QStringLiteral("sv")).toString()).toUtf8(),
                QCryptographicHash::Sha256);
            quint64 x = 0;
            memcpy(&x, h.constData(), sizeof x);
            local ^= x;
        }
        QCOMPARE(cases.value(QStringLiteral("checksum")).toString(), QString::number(local, 16));

        // And the requests really ran on several server threads.
        QSet<QString> threadsSeen;
        for (const QString &line : server.log().split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("request"))
                threadsSeen.insert(o.value(QStringLiteral("thread")).toString());
        }
        QVERIFY2(threadsSeen.size() > 1, qPrintable(QStringList(threadsSeen.values()).join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(tst_SyncConcurrent)
#include "tst_syncconcurrent.moc"
