// One device's push batches in flight two at a time (server/README.md decision 39), end to end against
// the real zhitongche-server (two threads) over real HTTPS, on the back-end named by ZT_SYNC_BACKEND.
// A PC sends its next batch on a second connection once the previous one is uploaded; the server
// checks it on another thread meanwhile and applies it only after the previous one committed, so
// both are answered 200 and applied in device_seq order (before this, the second one was answered
// 409 gap whenever it met the first one in progress). A first batch that fails leaves the second
// unapplied (409), and a PC whose answers are cut while two batches are in flight ends with every
// change on the server once.

#include "FaultProxy.h"
#include "HttpProbe.h"
#include "TwoStationSync.h"

#include "sync/PushBatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

// Sends `first`, and `second` on another connection as soon as `first` is uploaded (as SyncClient
// does); waits for both answers.
std::pair<ProbeReply, ProbeReply> sendTwoAtOnce(const HttpProbe &probe, const QByteArray &first, const QByteArray &second)
{
    QNetworkAccessManager networkA;
    QNetworkAccessManager networkB;
    const QString path = QStringLiteral("/sync/v1/push");
    std::unique_ptr<QNetworkReply> a(networkA.post(probe.request(path), first));
    {
        QEventLoop uploaded;
        QObject::connect(a.get(), &QNetworkReply::uploadProgress, &uploaded, [&uploaded](qint64 sent, qint64 total) {
            if (total > 0 && sent >= total)
                uploaded.quit();
        });
        QObject::connect(a.get(), &QNetworkReply::finished, &uploaded, &QEventLoop::quit);
        uploaded.exec();
    }
    std::unique_ptr<QNetworkReply> b(networkB.post(probe.request(path), second));
    for (QNetworkReply *reply : {a.get(), b.get()}) {
        if (reply->isFinished())
            continue;
        QEventLoop done;
        QObject::connect(reply, &QNetworkReply::finished, &done, &QEventLoop::quit);
        done.exec();
    }
    return {HttpProbe::read(a.get()), HttpProbe::read(b.get())};
}

// The status code of the one HTTP answer read from a raw connection (0: none within 30 s).
int readStatus(QSslSocket &socket)
{
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000) {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            qint64 length = 0;
            for (const QByteArray &line : answer.left(headEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (answer.size() >= headEnd + 4 + length)
                return answer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
        }
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    return 0;
}

} // namespace

class tst_SyncPushPipeline : public QObject
{
    Q_OBJECT

    TwoStationServer m_servers;

    // `count` new cases in one transaction (their outbox rows are the mutations pushed).
    static bool addCases(SyncPc &pc, const QString &stationId, int count)
    {
        WriteTransaction tx(pc.store());
        for (int i = 0; i < count; ++i) {
            const QString id = Uuid7::generate();
            if (!tx.insert(QStringLiteral("cases"), id,
                           {{QStringLiteral("station_id"), stationId},
                            {QStringLiteral("case_no"), QStringLiteral("P-") + id.right(12)},
                            {QStringLiteral("title"), QStringLiteral("路灯不亮 %1").arg(i)},
                            {QStringLiteral("channel"), QStringLiteral("walk_in")},
                            {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                            {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}}))
                return false;
        }
        return tx.commit().ok();
    }

    static QByteArray batch(SyncPc &pc, const QList<sync::Mutation> &mutations)
    {
        return sync::PushBatch{pc.store().deviceId(), Uuid7::generate(), mutations}.toJson();
    }

    // The server's count of stored cases (its checksum endpoint).
    static int serverCases(const HttpProbe &probe)
    {
        const ProbeReply sums = probe.send("GET", QStringLiteral("/sync/v1/checksum"));
        return sums.json().value(QStringLiteral("tables")).toObject().value(QStringLiteral("cases")).toObject().value(QStringLiteral("count")).toInt();
    }

    static QJsonArray results(const ProbeReply &reply) { return reply.json().value(QStringLiteral("results")).toArray(); }

    static int waitedBatches(const ServerProcess &server)
    {
        int waited = 0;
        for (const QString &line : server.log().split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            waited += o.value(QStringLiteral("event")).toString() == QLatin1String("push") && o.value(QStringLiteral("waited")).toBool();
        }
        return waited;
    }

    int m_resent = 0; // second batches answered gap and sent again (said, not asserted: it depends on timing)

private slots:
    void initTestCase()
    {
        const QString error = m_servers.init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_servers.stop(); }

    void twoBatchesSentAtOnceApplyInOrder()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc pc(stationId, QLatin1Char('A'), true);
        QVERIFY(addCases(pc, stationId, 5999));
        const QList<sync::Mutation> all = pc.sync().state().pending(6000);
        QCOMPARE(all.size(), 6000); // the station and the cases
        HttpProbe probe(server->url(), m_servers.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, pc.store().deviceId()).status, 200);

        // Three rounds: a batch of 1,000 and, while the server works on it, the next 1,000.
        for (int round = 0; round < 3; ++round) {
            const QList<sync::Mutation> first = all.mid(round * 2000, 1000);
            const QList<sync::Mutation> second = all.mid(round * 2000 + 1000, 1000);
            const QByteArray secondBody = batch(pc, second);
            auto [a, b] = sendTwoAtOnce(probe, batch(pc, first), secondBody);
            QVERIFY2(a.status == 200, a.body.constData());
            if (b.status == 409 && b.json().value(QStringLiteral("error")).toString() == QLatin1String("gap")) {
                // The second reached a server thread first and its predecessor did not come within the
                // grace (both bodies on one thread, or the first's 1 MB still being read on a busy
                // machine): answered gap with nothing applied, and sent again as SyncClient does.
                ++m_resent;
                b = probe.send("POST", QStringLiteral("/sync/v1/push"), secondBody);
            }
            QVERIFY2(b.status == 200, b.body.constData()); // 409 gap before decision 39 when it met the first in progress
            const QJsonArray answersA = results(a);
            const QJsonArray answersB = results(b);
            QCOMPARE(answersA.size(), first.size());
            QCOMPARE(answersB.size(), second.size());
            // In device_seq order: every row of the second batch has a later version than the first's.
            qint64 lastOfFirst = 0;
            for (const QJsonValue &v : answersA)
                lastOfFirst = std::max(lastOfFirst, v.toObject().value(QStringLiteral("sv")).toInteger());
            for (qsizetype i = 0; i < answersB.size(); ++i) {
                const QJsonObject r = answersB.at(i).toObject();
                QCOMPARE(r.value(QStringLiteral("device_seq")).toInteger(), second.at(i).deviceSeq);
                QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
                QVERIFY(r.value(QStringLiteral("sv")).toInteger() > lastOfFirst);
            }
        }
        QCOMPARE(serverCases(probe), 5999);
        // Whether the second batch met the first in progress depends on which server thread took its
        // connection; said, not asserted.
        qInfo("second batches that waited for the first on another thread: %d of 3; sent again after a gap: %d",
              waitedBatches(*server), m_resent);
    }

    void aBatchWhoseBodyIsStillComingIsWaitedFor()
    {
        // Decision 46: the first batch is noted from its request headers (X-ZT-First-Seq), before its
        // body is in, so the second waits for it however long the body takes. Before, the second waited
        // 200 ms (decision 39's grace) for the first to be read and was then answered 409 gap.
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc pc(stationId, QLatin1Char('A'), true);
        QVERIFY(addCases(pc, stationId, 1999));
        const QList<sync::Mutation> all = pc.sync().state().pending(2000);
        QCOMPARE(all.size(), 2000);
        HttpProbe probe(server->url(), m_servers.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, pc.store().deviceId()).status, 200);
        const QString path = QStringLiteral("/sync/v1/push");
        const QByteArray first = batch(pc, all.mid(0, 1000));
        const QByteArray second = batch(pc, all.mid(1000));

        // The first batch's headers and half its body, on a connection of its own.
        QSslSocket raw;
        QFile ca(m_servers.caFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        raw.setSslConfiguration(tls);
        raw.connectToHostEncrypted(QStringLiteral("localhost"), server->port());
        QVERIFY2(raw.waitForEncrypted(30'000), qPrintable(raw.errorString()));
        const QByteArray head = "POST /sync/v1/push HTTP/1.1\r\nHost: localhost:" + QByteArray::number(server->port())
                                + "\r\nContent-Type: application/json\r\nAuthorization: " + probe.request(path).rawHeader("Authorization")
                                + "\r\nX-ZT-First-Seq: " + QByteArray::number(all.first().deviceSeq)
                                + "\r\nContent-Length: " + QByteArray::number(first.size()) + "\r\n\r\n";
        raw.write(head + first.left(first.size() / 2));
        while (raw.bytesToWrite() > 0)
            QVERIFY(raw.waitForBytesWritten(30'000));
        QTest::qWait(1000); // the server reads the headers

        // The second batch, whole, while the first's body is still to come.
        QNetworkAccessManager network;
        QNetworkRequest request = probe.request(path);
        request.setRawHeader("X-ZT-First-Seq", QByteArray::number(all.at(1000).deviceSeq));
        std::unique_ptr<QNetworkReply> b(network.post(request, second));
        QTest::qWait(1000); // five times the grace
        QVERIFY2(!b->isFinished(), HttpProbe::read(b.get()).body.constData()); // was: 409 gap after 200 ms

        // The rest of the first body: the first is applied, then the second.
        raw.write(first.mid(first.size() / 2));
        QCOMPARE(readStatus(raw), 200);
        if (!b->isFinished()) {
            QEventLoop done;
            QObject::connect(b.get(), &QNetworkReply::finished, &done, &QEventLoop::quit);
            done.exec();
        }
        const ProbeReply answerB = HttpProbe::read(b.get());
        QVERIFY2(answerB.status == 200, answerB.body.constData());
        QCOMPARE(results(answerB).size(), 1000);
        QCOMPARE(serverCases(probe), 1999);
    }

    void aFailedFirstBatchLeavesTheSecondUnapplied()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc pc(stationId, QLatin1Char('A'), true);
        QVERIFY(addCases(pc, stationId, 1199));
        const QList<sync::Mutation> all = pc.sync().state().pending(5000);
        QCOMPARE(all.size(), 1200);
        HttpProbe probe(server->url(), m_servers.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, pc.store().deviceId()).status, 200);
        QCOMPARE(probe.send("POST", QStringLiteral("/sync/v1/push"), batch(pc, all.mid(0, 100))).status, 200);

        // The first batch fails whole (device_seq 100 again with another mutation id: a fork), after
        // the server read and checked its 1,000 mutations; the second comes while it is in progress.
        QList<sync::Mutation> forked = all.mid(99, 1000);
        forked[0].mutationId = Uuid7::generate();
        const QList<sync::Mutation> second = all.mid(1099);
        const auto [a, b] = sendTwoAtOnce(probe, batch(pc, forked), batch(pc, second));
        QCOMPARE(a.status, 409);
        QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("fork"));
        QCOMPARE(b.status, 409);
        QCOMPARE(b.json().value(QStringLiteral("error")).toString(), QStringLiteral("gap"));
        QCOMPARE(b.json().value(QStringLiteral("expected")).toInteger(), 101);
        QCOMPARE(serverCases(probe), 99); // the station row and 99 cases before; nothing of either batch

        // Sent again in order, both apply.
        QCOMPARE(probe.send("POST", QStringLiteral("/sync/v1/push"), batch(pc, all.mid(100, 999))).status, 200);
        QCOMPARE(probe.send("POST", QStringLiteral("/sync/v1/push"), batch(pc, second)).status, 200);
        QCOMPARE(serverCases(probe), 1199);
    }

    void aPcPushesTwoBatchesInFlightAndSurvivesCutAnswers()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        SyncPc pc(stationId, QLatin1Char('A'), true);
        QVERIFY(m_servers.enrol(pc, QStringLiteral("https://localhost:%1").arg(proxy.port()), QStringLiteral("station6")));
        QVERIFY(addCases(pc, stationId, 3499));

        // Four batches of up to 1,000 (the server's limit), the next always in flight.
        auto pushed = pc.sync().push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->pushed, 3500);
        QCOMPARE(pushed->rejected, 0);
        QCOMPARE(pc.sync().state().pendingCount(), 0);

        // Answers lost on the way back while two batches are in flight: whatever the server applied
        // is answered from its log on the next sync, and nothing is stored twice.
        QVERIFY(addCases(pc, stationId, 3000));
        proxy.cutResponseAfterClientSent(300'000, 3);
        (void)pc.sync().push();
        proxy.disarm();
        QVERIFY(TwoStationServer::syncOk(pc));
        QCOMPARE(pc.sync().state().pendingCount(), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'done'")), 6500);
        if (!m_servers.postgres()) {
            // SQLite: the pushes' WAL checkpoints (decision 30), run by a worker before its next push
            // rather than inside the group that committed (decision 47), did run: the ~6 MB of cases
            // reached the main file.
            const QString file = QFileInfo(server->configFile()).absoluteDir().filePath(QStringLiteral("server.sqlite"));
            QVERIFY2(QFileInfo(file).size() > 2 * 1024 * 1024, qPrintable(QString::number(QFileInfo(file).size())));
        }
        HttpProbe probe(server->url(), m_servers.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate()).status, 200);
        QCOMPARE(serverCases(probe), 6499);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv > 0")), 6499);
    }
};

QTEST_GUILESS_MAIN(tst_SyncPushPipeline)
#include "tst_syncpushpipeline.moc"
