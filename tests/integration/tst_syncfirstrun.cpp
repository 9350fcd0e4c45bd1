// A second PC of a station joins it (setup/StationJoin): enrols with the station's account and
// receives the station's data before it is bound to the station, so no form can write before the
// station's own row is here. A district officer's PC joins with the district's account, receives every
// station of the district and opens on the one chosen. Real server over real HTTPS, both back-ends
// (ZT_SYNC_BACKEND).

#include "TwoStationSync.h"

#include "setup/StationJoin.h"

#include <QTest>

using namespace zt;
using namespace zt::test;

class tst_SyncFirstRun : public QObject
{
    Q_OBJECT

private:
    TwoStationServer m_servers;

private slots:
    void initTestCase()
    {
        const QString error = m_servers.init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_servers.stop(); }

    void secondPcReceivesItsStationBeforeItWrites()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        // The station's first PC, set up offline, then synced.
        SyncPc first(stationId, QLatin1Char('A'), true);
        const QString category = first.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("CJ")},
                                                                               {QStringLiteral("name"), QStringLiteral("城建")}});
        const QString registered = first.insert(QStringLiteral("cases"), {},
                                                {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0001")},
                                                 {QStringLiteral("title"), QStringLiteral("地下车库进水")},
                                                 {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                                 {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                                                 {QStringLiteral("category_id"), category}});
        QVERIFY(!category.isEmpty() && !registered.isEmpty());
        QVERIFY(m_servers.enrol(first, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(first));

        // What went wrong before: a second PC bound to its station before the first pull has no
        // station row, and the first case registered on it cannot be stored.
        {
            QTemporaryDir dir;
            auto early = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
            QVERIFY(early);
            QVERIFY(early.value()->setUpDevice(stationId, QLatin1Char('B')));
            WriteTransaction tx(*early.value());
            QVERIFY(tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                              {{QStringLiteral("station_id"), stationId}, {QStringLiteral("case_no"), QStringLiteral("330203006-2026-B0001")},
                               {QStringLiteral("title"), QStringLiteral("路灯不亮")}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-21")}}));
            QVERIFY(!tx.commit());
        }

        // Joining: enrol, receive, then bound; the bootstrap reports its progress with its size.
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Store &second = *opened.value();
        QVERIFY(!second.isSetUp());
        QList<SyncProgress> steps;
        StationJoin::Request request{QUrl(server->url()), m_servers.caFile(), QStringLiteral("station6"), kPassword, QLatin1Char('b'), {}, {}, {}};
        QList<bool> told; // whether the account is a district's, said before any step of the data
        request.accountKnown = [&](bool isDistrict) {
            QVERIFY(steps.isEmpty());
            told << isDistrict;
        };
        auto joined = StationJoin::join(second, request, [&](const SyncProgress &p) {
            steps << p;
            return true;
        });
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().message));
        QCOMPARE(told, QList<bool>{false});
        QCOMPARE(joined->id, stationId);
        QVERIFY(second.isSetUp());
        QCOMPARE(second.stationId(), stationId);
        QCOMPARE(second.deviceLetter(), QLatin1Char('B'));
        QVERIFY(std::any_of(steps.cbegin(), steps.cend(), [](const SyncProgress &p) {
            return p.phase == SyncProgress::Phase::Bootstrap && p.total >= 3 && p.done == p.total;
        }));
        QCOMPARE(StoreRows::count(second.db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(registered)), 1);
        QCOMPARE(StoreRows::count(second.db(), QStringLiteral("SELECT count(*) FROM category WHERE id = '%1'").arg(category)), 1);

        // Now the second PC writes under the station's own row, and the first PC receives it.
        const QString mine = Uuid7::generate();
        {
            WriteTransaction tx(second);
            QVERIFY(tx.insert(QStringLiteral("cases"), mine,
                              {{QStringLiteral("station_id"), stationId}, {QStringLiteral("case_no"), QStringLiteral("330203006-2026-B0001")},
                               {QStringLiteral("title"), QStringLiteral("路灯不亮")}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-21")}, {QStringLiteral("category_id"), category}}));
            QVERIFY(tx.commit());
        }
        SyncClient secondSync(second);
        QVERIFY(secondSync.configureFromSettings());
        auto again = secondSync.syncOnce();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->pushed, 1);
        QCOMPARE(secondSync.state().pendingCount(), 0);
        QVERIFY(TwoStationServer::syncOk(first));
        QCOMPARE(first.value(QStringLiteral("cases"), mine, QStringLiteral("title")).toString(), QStringLiteral("路灯不亮"));
        QCOMPARE(first.count(QStringLiteral("SELECT count(*) FROM station")), 1);
    }

    // Decision 37: a joining PC that names no letter gets one no other PC of the station uses (neither
    // recorded for a PC nor found in the station's case numbers); one that names a taken letter is
    // refused with a free one named, and nothing is set up.
    void serverGivesEachJoiningPcAFreeLetter()
    {
        const QString stationId = Uuid7::generate();
        auto server = m_servers.start(stationId, Uuid7::generate());
        QVERIFY(server);
        SyncPc first(stationId, QLatin1Char('A'), true);
        QVERIFY(!first.insert(QStringLiteral("cases"), {},
                              {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0001")},
                               {QStringLiteral("title"), QStringLiteral("地下车库进水")},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                     .isEmpty());
        QVERIFY(m_servers.enrol(first, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(first));

        QList<std::shared_ptr<QTemporaryDir>> dirs; // the joined PCs' stores stay while the test runs
        auto join = [&](QChar wanted, QString *message = nullptr) -> QString {
            auto dir = std::make_shared<QTemporaryDir>();
            dirs << dir;
            auto opened = Store::open(dir->filePath(QStringLiteral("store.sqlite")));
            if (!opened)
                return QStringLiteral("no store");
            auto joined = StationJoin::join(*opened.value(), {QUrl(server->url()), m_servers.caFile(), QStringLiteral("station6"),
                                                             kPassword, wanted, {}, {}, {}});
            if (!joined) {
                if (message)
                    *message = joined.error().message;
                return opened.value()->isSetUp() ? QStringLiteral("set up despite ") + joined.error().code : joined.error().code;
            }
            return QString(opened.value()->deviceLetter());
        };
        QCOMPARE(join(QChar()), QStringLiteral("B")); // A is in the first PC's case numbers
        QString message;
        QCOMPARE(join(QLatin1Char('b'), &message), QStringLiteral("device.letter_taken"));
        QVERIFY2(message.contains(QStringLiteral("C")), qPrintable(message));
        QCOMPARE(join(QLatin1Char('A')), QStringLiteral("device.letter_taken"));
        QCOMPARE(join(QChar()), QStringLiteral("C"));
        QCOMPARE(join(QLatin1Char('Z')), QStringLiteral("Z"));
        QCOMPARE(join(QChar()), QStringLiteral("D"));
    }

    void joinRefusalsLeaveThePcNotSetUp()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        auto attempt = [&](const QString &user, const QString &url) -> QString {
            QTemporaryDir dir;
            auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
            if (!opened)
                return QStringLiteral("no store");
            auto joined = StationJoin::join(*opened.value(), {QUrl(url), m_servers.caFile(), user, kPassword, QLatin1Char('B'), {}, {}, {}});
            if (opened.value()->isSetUp())
                return QStringLiteral("set up");
            return joined ? QStringLiteral("joined") : joined.error().code;
        };
        // Neither the district's stations nor this station have data: their first PCs never synced; no server.
        QCOMPARE(attempt(QStringLiteral("district"), server->url()), QStringLiteral("setup.station_missing"));
        QCOMPARE(attempt(QStringLiteral("station7"), server->url()), QStringLiteral("setup.station_missing"));
        QCOMPARE(attempt(QStringLiteral("station6"), QStringLiteral("https://127.0.0.1:1")), QStringLiteral("sync.offline"));
    }

    void districtPcReceivesEveryStationAndOpensOnTheChosenOne()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        // Each station's first PC registers a case and syncs.
        SyncPc six(stationId, QLatin1Char('A'), true);
        SyncPc seven(otherId, QLatin1Char('A'), true, kOtherStationCode);
        const auto newCase = [](SyncPc &pc, const QString &no, const QString &title) {
            return pc.insert(QStringLiteral("cases"), {},
                             {{QStringLiteral("case_no"), no}, {QStringLiteral("title"), title},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")}, {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}});
        };
        const QString sixCase = newCase(six, QStringLiteral("330203006-2026-A0001"), QStringLiteral("地下车库进水"));
        const QString sevenCase = newCase(seven, QStringLiteral("330203007-2026-A0001"), QStringLiteral("路灯不亮"));
        QVERIFY(m_servers.enrol(six, *server, QStringLiteral("station6")) && TwoStationServer::syncOk(six));
        QVERIFY(m_servers.enrol(seven, *server, QStringLiteral("station7")) && TwoStationServer::syncOk(seven));

        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Store &district = *opened.value();
        QList<Station> offered;
        QString answer; // what the officer chooses: nothing first (stopped), then the second station
        StationJoin::Request request{QUrl(server->url()), m_servers.caFile(), QStringLiteral("district"), kPassword, QChar(), {}, {}, {}};
        request.chooseHomeStation = [&](const QList<Station> &stations) {
            offered = stations;
            return answer;
        };
        // Told before the data comes that the account is a district's (the progress names whose data).
        QList<bool> told;
        request.accountKnown = [&](bool isDistrict) {
            QVERIFY(offered.isEmpty());
            told << isDistrict;
        };
        auto stopped = StationJoin::join(district, request);
        QCOMPARE(told, QList<bool>{true});
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QStringLiteral("sync.cancelled"));
        QVERIFY(!district.isSetUp());
        // Both stations were offered, by code.
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.at(0).id, stationId);
        QCOMPARE(offered.at(1).id, otherId);

        // Joined again (the data is here already): it opens on the station chosen.
        answer = otherId;
        offered.clear();
        auto joined = StationJoin::join(district, request);
        QCOMPARE(told, (QList<bool>{true, true}));
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().message));
        QCOMPARE(joined->id, otherId);
        QVERIFY(district.isSetUp());
        QCOMPARE(district.stationId(), otherId);
        QCOMPARE(district.deviceLetter(), QLatin1Char('Z')); // the server gives a district PC none; it draws no numbers
        for (const QString &id : {sixCase, sevenCase})
            QCOMPARE(StoreRows::count(district.db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(id)), 1);

        // It syncs on as the district: a routing field it changes reaches the station.
        {
            WriteTransaction tx(district);
            QVERIFY(tx.update(QStringLiteral("cases"), sixCase, {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
            QVERIFY(tx.commit());
        }
        SyncClient sync(district);
        QVERIFY(sync.configureFromSettings());
        auto again = sync.syncOnce();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->pushed, 1);
        QVERIFY(TwoStationServer::syncOk(six));
        QCOMPARE(six.value(QStringLiteral("cases"), sixCase, QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncFirstRun)
#include "tst_syncfirstrun.moc"
