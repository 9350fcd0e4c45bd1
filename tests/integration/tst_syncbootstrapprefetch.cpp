// A bootstrap's pages are received and scanned on a thread of their own while the store's thread
// applies (sync/BootstrapPrefetch): two pages ahead and no more, and whatever happens to the pages
// fetched ahead (a Stop, a cut line, an access token that expired meanwhile), the store holds exactly
// the pages it applied, with their cursor, and the next sync goes on from there. Real server over
// real HTTPS, both back-ends (ZT_SYNC_BACKEND).

#include "FaultProxy.h"
#include "TwoStationSync.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace zt;
using namespace zt::test;

class tst_SyncBootstrapPrefetch : public QObject
{
    Q_OBJECT

private:
    TwoStationServer m_servers;

    // Bootstrap requests the server answered so far (with this status, or any).
    static int bootstrapAnswers(const ServerProcess &server, int status = 0)
    {
        int answers = 0;
        for (const QString &line : server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("request")
                && o.value(QStringLiteral("path")).toString() == QLatin1String("/sync/v1/bootstrap")
                && (status == 0 || o.value(QStringLiteral("status")).toInt() == status))
                ++answers;
        }
        return answers;
    }

    // Runs the event loop (the fault proxy lives on it) until the condition holds or 20 s passed.
    template <typename Condition>
    static bool waitFor(Condition condition)
    {
        const QDeadlineTimer deadline(20'000);
        while (!condition()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    // A station with 20 cases on the server (its first PC's), so a bootstrap in pages of 3 rows
    // has 7 pages (the station row and the cases).
    static bool fillStation(SyncPc &first, TwoStationServer &servers, const ServerProcess &server)
    {
        for (int i = 0; i < 20; ++i)
            if (first.insert(QStringLiteral("cases"), {},
                             {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(i, 4, 10, QLatin1Char('0'))},
                              {QStringLiteral("title"), QStringLiteral("楼道灯不亮 %1").arg(i)},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")},
                              {QStringLiteral("priority"), QStringLiteral("high")},
                              {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                    .isEmpty())
                return false;
        return servers.enrol(first, server, QStringLiteral("station6")) && TwoStationServer::syncOk(first);
    }

    static QMap<QString, QVariantMap> cases(SyncPc &pc) { return StoreRows::all(pc.store().db(), QStringLiteral("cases")); }

    // What a stopped or failed bootstrap leaves: whole pages (rows of 3) and the cursor saved with them.
    static void verifyWholePages(SyncPc &pc, int pages)
    {
        QCOMPARE(pc.count(QStringLiteral("SELECT (SELECT count(*) FROM station) + (SELECT count(*) FROM cases)")), 3 * pages);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv > %1").arg(pc.sync().state().cursor())), 0);
        QVERIFY(!pc.sync().state().bootstrapToken().isEmpty());
    }

private slots:
    void initTestCase()
    {
        const QString error = m_servers.init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_servers.stop(); }

    // While the store's thread applies a page (here: sits in its progress report), the next two pages
    // are asked for and no third; a Stop then keeps the applied page only, and the next sync goes on.
    // The rows are written with CHECK constraints off (decision 35) and the checks are back afterwards.
    void twoPagesAheadAndAStopKeepsTheAppliedPage()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc first(stationId, QLatin1Char('A'), true);
        QVERIFY(fillStation(first, m_servers, *server));

        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, *server, QStringLiteral("station6")));
        second.sync().setPageSize(3);
        const int before = bootstrapAnswers(*server);
        int askedAhead = -1;
        int stillAhead = -1;
        int checksIgnored = -1;
        second.sync().setProgressHandler([&](const SyncProgress &p) {
            if (p.phase != SyncProgress::Phase::Bootstrap || askedAhead >= 0)
                return;
            checksIgnored = second.count(QStringLiteral("PRAGMA ignore_check_constraints"));
            waitFor([&] { return bootstrapAnswers(*server) - before >= 3; });
            askedAhead = bootstrapAnswers(*server) - before;
            QTest::qWait(500); // and nothing more is asked for while this page is not done
            stillAhead = bootstrapAnswers(*server) - before;
            second.sync().cancel(); // as if the user pressed Stop
        });
        auto stopped = second.sync().pull();
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QStringLiteral("sync.cancelled"));
        QCOMPARE(askedAhead, 3); // the applied page and two ahead
        QCOMPARE(stillAhead, 3);
        verifyWholePages(second, 1);
        QCOMPARE(checksIgnored, 1);
        QCOMPARE(second.count(QStringLiteral("PRAGMA ignore_check_constraints")), 0);

        second.sync().setProgressHandler({});
        auto rest = second.sync().pull();
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
        QVERIFY(rest->bootstrapped);
        QVERIFY(second.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(cases(second), cases(first));
        // The checks are on again for whatever this PC writes next.
        const QString any = cases(second).firstKey();
        QVERIFY(!second.edit(QStringLiteral("cases"), any, {{QStringLiteral("priority"), QStringLiteral("whenever")}}));
        QCOMPARE(second.value(QStringLiteral("cases"), any, QStringLiteral("priority")).toString(), QStringLiteral("high"));
    }

    // The line is cut while a page fetched ahead is on its way: the pages received before it are
    // applied, the cut one is not, and the next sync goes on from the cursor saved with the last.
    void aCutWhileFetchingAheadKeepsTheAppliedPages()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc first(stationId, QLatin1Char('A'), true);
        QVERIFY(fillStation(first, m_servers, *server));

        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, QStringLiteral("https://localhost:%1").arg(proxy.port()), QStringLiteral("station6")));
        second.sync().setPageSize(3);
        const int before = bootstrapAnswers(*server);
        bool armed = false;
        second.sync().setProgressHandler([&](const SyncProgress &p) {
            if (p.phase != SyncProgress::Phase::Bootstrap || armed)
                return;
            // Pages 2 and 3 are fetched ahead while page 1 is applied; once their bytes are through,
            // the next answer (page 4, asked for when page 2 is taken) is cut, and the line stays down.
            waitFor([&] { return bootstrapAnswers(*server) - before >= 3; });
            waitFor([&] { // nothing more for a second: page 3 is through (the server logs before it answers)
                const qint64 now = proxy.serverBytes();
                QTest::qWait(1000);
                return proxy.serverBytes() == now;
            });
            proxy.setDownAfterCut(true);
            proxy.cutAfterServerSent(1);
            armed = true;
        });
        auto cut = second.sync().pull();
        QVERIFY(armed);
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, QStringLiteral("sync.offline"));
        QCOMPARE(proxy.cuts(), 1);
        verifyWholePages(second, 3);

        proxy.disarm();
        proxy.setDown(false);
        second.sync().setProgressHandler({});
        auto rest = second.sync().pull();
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
        QVERIFY(second.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(cases(second), cases(first));
    }

    // The access token expires while pages are fetched ahead with it: the page refused with 401 is
    // asked for again with a new token, and the pages after it are fetched ahead with that one.
    void accessTokenExpiringWhileFetchingAhead()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate(), 1); // valid to the end of the next second
        QVERIFY(server);
        SyncPc first(stationId, QLatin1Char('A'), true);
        QVERIFY(fillStation(first, m_servers, *server));

        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, *server, QStringLiteral("station6")));
        second.sync().setPageSize(3);
        bool waited = false;
        second.sync().setProgressHandler([&](const SyncProgress &p) {
            if (p.phase != SyncProgress::Phase::Bootstrap || waited)
                return;
            waited = true;
            QTest::qWait(2100); // the token the pages ahead were asked with is now too old
        });
        auto pulled = second.sync().pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(pulled->bootstrapped);
        QVERIFY(bootstrapAnswers(*server, 401) >= 1);
        QVERIFY(second.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(cases(second), cases(first));
    }
};

QTEST_GUILESS_MAIN(tst_SyncBootstrapPrefetch)
#include "tst_syncbootstrapprefetch.moc"
