// Sync end to end: the real zhitongche-server over real HTTPS on 127.0.0.1 (a CA made by the test),
// real client stores, faults injected by a TCP proxy. Runs against the back-end named by
// ZT_SYNC_BACKEND: sqlite (a file) or postgresql (a private cluster this test starts and stops).

#include "FaultProxy.h"
#include "TwoStationSync.h"
#include "HttpProbe.h"
#include "SyncTestBackend.h"
#include "ServerProcess.h"
#include "StoreRows.h"
#include "TestCa.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "search/CaseSearchQuery.h"
#include "storage/BulkLoadIndexes.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Migrator.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/HybridClock.h"
#include "sync/PushBatch.h"
#include "sync/SyncClient.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

// One PC: its own store file (the first PC of a station creates the station row; later PCs only bind to it).
using Client = SyncPc;

// Rows a bootstrap must carry exactly: a NULL, numbers, quotes, escapes, CJK, emoji, a long text.
struct TrickyRows
{
    QString caseId;
    QString categoryId;
    QString title = QStringLiteral("引号\"反斜杠\\ 斜杠/ 换行\n制表\t 😀👨‍👩‍👧 ÄÖÜ \u0001 末");
    QString description;
};
TrickyRows addTrickyRows(Client &a, const QString &stationId)
{
    TrickyRows t;
    for (int i = 0; i < 2000; ++i)
        t.description += QStringLiteral("长文本%1 \"q\" ").arg(i);
    t.caseId = a.newCase(t.title);
    if (t.caseId.isEmpty() || !a.edit(QStringLiteral("cases"), t.caseId, {{QStringLiteral("description"), t.description},
                                                                          {QStringLiteral("deadline"), QStringLiteral("2026-12-01")}})
        || !a.edit(QStringLiteral("cases"), t.caseId, {{QStringLiteral("deadline"), QVariant()}}))
        return {};
    t.categoryId = Uuid7::generate();
    WriteTransaction tx(a.store());
    if (!tx.insert(QStringLiteral("category"), t.categoryId,
                   {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), QStringLiteral("C7")},
                    {QStringLiteral("name"), QStringLiteral("城市管理")}, {QStringLiteral("default_deadline_days"), 20},
                    {QStringLiteral("sort_order"), 7}})
        || !tx.commit())
        return {};
    for (int i = 0; i < 5; ++i)
        if (a.newCase(QStringLiteral("问题 %1").arg(i)).isEmpty())
            return {};
    return t;
}
void verifyTrickyRows(Client &b, const TrickyRows &t)
{
    QCOMPARE(b.value(QStringLiteral("cases"), t.caseId, QStringLiteral("title")).toString(), t.title);
    QCOMPARE(b.value(QStringLiteral("cases"), t.caseId, QStringLiteral("description")).toString(), t.description);
    QVERIFY(b.value(QStringLiteral("cases"), t.caseId, QStringLiteral("deadline")).isNull());
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM category WHERE id = '%1' AND typeof(sort_order) = 'integer' "
                                    "AND sort_order = 7 AND default_deadline_days = 20").arg(t.categoryId)),
             1);
}

} // namespace

class tst_Sync : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();
    int m_databases = 0;

    // A fresh server (its own SQLite file or PostgreSQL database) with district 330203, station
    // 330203006 (and 330203007), and accounts station6 / station7 / district.
    std::unique_ptr<ServerProcess> startServer(const QString &stationId, const QString &otherStationId = {},
                                               int accessTokenSeconds = 900, qint64 maxBodyBytes = 2 * 1024 * 1024,
                                               const QString &syncSection = {})
    {
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server_%1").arg(++m_databases));
        setup.accessTokenSeconds = accessTokenSeconds;
        setup.maxBodyBytes = maxBodyBytes;
        setup.syncSection = syncSection;
        auto server = std::make_unique<ServerProcess>(setup);
        // One admin run for the whole set-up (each account costs an argon2id hash anyway).
        QStringList script{QStringLiteral("district add --code 330203 --name 海曙区"),
                           QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, stationId),
                           QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword),
                           QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(kPassword)};
        if (!otherStationId.isEmpty())
            script << QStringLiteral("station add --code %1 --name 南门街道 --district 330203 --id %2").arg(kOtherStationCode, otherStationId)
                   << QStringLiteral("account add --username station7 --kind station --scope %1 --password \"%2\"").arg(kOtherStationCode, kPassword);
        QString error;
        if (!SyncTestBackend::runAdminScript(*server, setup, script, &error))
            qWarning("admin script failed: %s", qPrintable(error));
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    static bool enrol(Client &client, const QString &url, const QString &ca, const QString &user)
    {
        if (Status s = client.sync().configure(QUrl(url), ca); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        if (Status s = client.sync().enrol(user, kPassword); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        return true;
    }

    static bool syncOk(Client &client)
    {
        auto r = client.sync().syncOnce();
        if (!r)
            qWarning("sync failed: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().code));
        return r.ok();
    }

    QJsonObject serverChecksum(ServerProcess &server, const QString &deviceId)
    {
        HttpProbe probe(server.url(), m_ca.caFile());
        probe.login(QStringLiteral("district"), kPassword, deviceId);
        return probe.send("GET", QStringLiteral("/sync/v1/checksum")).json();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void roundTripOfOfflineEditsConverges()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        Client b(stationId, QLatin1Char('B'), false);
        // Offline work on A before the first sync.
        const QString case1 = a.newCase(QStringLiteral("地下车库进水"));
        const QString case2 = a.newCase(QStringLiteral("小区停车难"));
        QVERIFY(!case1.isEmpty() && !case2.isEmpty());
        // Edited again before it ever reached the server (base_sv 0), on a district-owned field:
        // the device's own earlier change is no conflict.
        QVERIFY(a.edit(QStringLiteral("cases"), case1, {{QStringLiteral("priority"), QStringLiteral("high")}}));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QVERIFY(syncOk(b));
        QCOMPARE(b.value(QStringLiteral("cases"), case1, QStringLiteral("title")).toString(), QStringLiteral("地下车库进水"));
        QCOMPARE(b.value(QStringLiteral("cases"), case1, QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(b.value(QStringLiteral("station"), stationId, QStringLiteral("code")).toString(), kStationCode);

        // Both offline: each edits a different case, and B registers a new one.
        QVERIFY(a.edit(QStringLiteral("cases"), case1, {{QStringLiteral("description"), QStringLiteral("两个车库积水半米")}}));
        QVERIFY(b.edit(QStringLiteral("cases"), case2, {{QStringLiteral("location"), QStringLiteral("3幢北侧")}}));
        const QString case3 = b.newCase(QStringLiteral("垃圾分类点太远"));
        QVERIFY(syncOk(a));
        QVERIFY(syncOk(b));
        QVERIFY(syncOk(a));

        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QCOMPARE(a.rows(QStringLiteral("station")), b.rows(QStringLiteral("station")));
        QCOMPARE(a.rows(QStringLiteral("cases")).size(), 3);
        QCOMPARE(a.value(QStringLiteral("cases"), case3, QStringLiteral("title")).toString(), QStringLiteral("垃圾分类点太远"));
        QVERIFY(a.value(QStringLiteral("cases"), case1, QStringLiteral("sv")).toLongLong() > 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);

        // A sync with nothing to do changes nothing.
        auto again = a.sync().syncOnce();
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->pulled, 0);
        QVERIFY(server->admin({QStringLiteral("device"), QStringLiteral("list")}).contains(a.store().deviceId()));
    }

    void sameBatchTwiceAndOutOfOrder()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!a.newCase(QStringLiteral("问题 %1").arg(i)).isEmpty());
        const QList<sync::Mutation> all = a.sync().state().pending(100);
        QCOMPARE(all.size(), 6); // the station and five cases

        HttpProbe probe(server->url(), m_ca.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, a.store().deviceId()).status, 200);
        const sync::PushBatch first{a.store().deviceId(), QStringLiteral("b1"), all.mid(0, 3)};
        const sync::PushBatch second{a.store().deviceId(), QStringLiteral("b2"), all.mid(3)};

        // The second batch before the first: a gap, and nothing applied.
        ProbeReply early = probe.send("POST", QStringLiteral("/sync/v1/push"), second.toJson());
        QCOMPARE(early.status, 409);
        QCOMPARE(early.json().value(QStringLiteral("error")).toString(), QStringLiteral("gap"));
        QCOMPARE(early.json().value(QStringLiteral("expected")).toInteger(), 1);

        ProbeReply once = probe.send("POST", QStringLiteral("/sync/v1/push"), first.toJson());
        QCOMPARE(once.status, 200);
        ProbeReply twice = probe.send("POST", QStringLiteral("/sync/v1/push"), first.toJson());
        QCOMPARE(twice.status, 200);
        // The replay gets the stored answer: same statuses, same versions.
        QCOMPARE(twice.json().value(QStringLiteral("results")), once.json().value(QStringLiteral("results")));
        QCOMPARE(probe.send("POST", QStringLiteral("/sync/v1/push"), second.toJson()).status, 200);

        // The same device_seq with another mutation id is a fork (a restored backup or cloned disk).
        sync::PushBatch forked = first;
        forked.mutations[0].mutationId = Uuid7::generate();
        ProbeReply fork = probe.send("POST", QStringLiteral("/sync/v1/push"), forked.toJson());
        QCOMPARE(fork.status, 409);
        QCOMPARE(fork.json().value(QStringLiteral("error")).toString(), QStringLiteral("fork"));

        // The client then syncs normally: every mutation is answered from the log, none applied twice.
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
        ProbeReply pulled = probe.send("GET", QStringLiteral("/sync/v1/pull?since=0"));
        QCOMPARE(pulled.json().value(QStringLiteral("rows")).toArray().size(), 6);
        QCOMPARE(pulled.json().value(QStringLiteral("next_since")).toInteger(), 6); // six seqs, no more
    }

    void cutAfterServerCommitted()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        const QString viaProxy = QStringLiteral("https://localhost:%1").arg(proxy.port());
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!a.newCase(QStringLiteral("来信 %1：路灯不亮，晚上出行不便").arg(i)).isEmpty());
        QVERIFY(enrol(a, viaProxy, m_ca.caFile(), QStringLiteral("station6")));

        // The push (well over 4 KB) reaches the server and commits; its answer is cut. Qt resends
        // the request on its own on fresh connections (each answered from the log, applied once)
        // and those answers are cut too, until Qt gives up.
        proxy.cutResponseAfterClientSent(4000, 100);
        auto cut = a.sync().push();
        QVERIFY(!cut);
        QVERIFY(proxy.cuts() >= 2);
        proxy.disarm();
        QCOMPARE(cut.error().code, QStringLiteral("sync.offline"));
        QCOMPARE(a.sync().state().pendingCount(), 21); // not marked done: no answer was stored

        // The retry is answered from the server's log; nothing is applied twice.
        QVERIFY(syncOk(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'done'")), 21);
        HttpProbe probe(server->url(), m_ca.caFile());
        probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate());
        ProbeReply pulled = probe.send("GET", QStringLiteral("/sync/v1/pull?since=0"));
        QCOMPARE(pulled.json().value(QStringLiteral("rows")).toArray().size(), 21);
        QCOMPARE(pulled.json().value(QStringLiteral("next_since")).toInteger(), 21);
        QCOMPARE(a.sync().state().cursor(), 21);
    }

    void serverKilledMidPushAndRestarted()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        Client a(stationId, QLatin1Char('A'), true);
        {
            WriteTransaction tx(a.store());
            for (int i = 0; i < 1000; ++i) {
                const QString id = Uuid7::generate();
                QVERIFY(tx.insert(QStringLiteral("cases"), id,
                                  {{QStringLiteral("station_id"), stationId}, {QStringLiteral("case_no"), QStringLiteral("R-") + id.right(12)},
                                   {QStringLiteral("title"), QStringLiteral("重启 %1").arg(i)}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-22")}}));
            }
            QVERIFY(tx.commit());
        }
        QVERIFY(enrol(a, QStringLiteral("https://localhost:%1").arg(proxy.port()), m_ca.caFile(), QStringLiteral("station6")));
        // SIGKILL the server as soon as its first batch has committed, while the client goes on
        // with the next ones (five batches of 200).
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (server->log().contains(QStringLiteral("\"event\":\"push\""))) {
                watch.stop();
                server->kill();
            }
        });
        watch.start(1);
        auto interrupted = a.sync().push();
        watch.stop();
        QVERIFY(!interrupted);
        QVERIFY(a.sync().state().pendingCount() > 0); // (the first batch's answer may be lost too)

        QString error;
        QVERIFY2(server->start(&error), qPrintable(error)); // same database, new port
        proxy.setTargetPort(server->port());
        QVERIFY(syncOk(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv = 0")), 0);
        QCOMPARE(a.sync().state().cursor(), 1001); // every mutation applied exactly once: 1001 seqs
    }

    void pageWithoutItsCursorIsNotApplied()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 7; ++i)
            QVERIFY(!a.newCase(QStringLiteral("问题 %1").arg(i)).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        b.sync().setPageSize(3);
        // As if B were killed after applying a page but before saving the cursor: the transaction
        // holds both, so neither is there.
        b.sync().state().setFailBeforeCursorForTest(true);
        QVERIFY(!b.sync().pull());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(b.sync().state().cursor(), 0);
        b.sync().state().setFailBeforeCursorForTest(false);
        auto pulled = b.sync().pull();
        QVERIFY(pulled);
        QCOMPARE(pulled->pages, 3);
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
    }

    void twoClientsEditTheSameCase()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client station(stationId, QLatin1Char('A'), true);
        const QString caseId = station.newCase(QStringLiteral("河道有异味"));
        QVERIFY(enrol(station, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(station));
        Client district(stationId, QLatin1Char('D'), false);
        QVERIFY(enrol(district, server->url(), m_ca.caFile(), QStringLiteral("district")));
        QVERIFY(syncOk(district));
        QCOMPARE(district.value(QStringLiteral("cases"), caseId, QStringLiteral("title")).toString(), QStringLiteral("河道有异味"));

        // Both offline. Different fields: both survive. The same fields: the owner wins
        // (station: description, an intake field; district: priority, a routing field).
        QVERIFY(station.edit(QStringLiteral("cases"), caseId,
                             {{QStringLiteral("location"), QStringLiteral("南塘河东岸")},
                              {QStringLiteral("description"), QStringLiteral("站里记录：夏天更严重")},
                              {QStringLiteral("priority"), QStringLiteral("low")}}));
        QVERIFY(district.edit(QStringLiteral("cases"), caseId,
                              {{QStringLiteral("deadline"), QStringLiteral("2026-12-15")},
                               {QStringLiteral("description"), QStringLiteral("区里改写的描述")},
                               {QStringLiteral("priority"), QStringLiteral("urgent")}}));
        QVERIFY(syncOk(district));
        QVERIFY(syncOk(station));
        QVERIFY(syncOk(district));

        for (Client *c : {&station, &district}) {
            QCOMPARE(c->value(QStringLiteral("cases"), caseId, QStringLiteral("location")).toString(), QStringLiteral("南塘河东岸"));
            QCOMPARE(c->value(QStringLiteral("cases"), caseId, QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-15"));
            QCOMPARE(c->value(QStringLiteral("cases"), caseId, QStringLiteral("description")).toString(),
                     QStringLiteral("站里记录：夏天更严重"));
            QCOMPARE(c->value(QStringLiteral("cases"), caseId, QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
        }
        QCOMPARE(station.rows(QStringLiteral("cases")), district.rows(QStringLiteral("cases")));
        // Nothing lost silently: the station, which pushed second, holds both conflicts with both values.
        QCOMPARE(station.count(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = 'description' "
                                              "AND kind = 'local_kept' AND server_value LIKE '%区里改写%'")), 1);
        QCOMPARE(station.count(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = 'priority' "
                                              "AND kind = 'server_kept' AND local_value LIKE '%low%'")), 1);
    }

    void stationCannotReachAnotherStation()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = startServer(stationId, otherId);
        QVERIFY(server);
        Client mine(stationId, QLatin1Char('A'), true);
        const QString myCase = mine.newCase(QStringLiteral("本站的件"));
        QVERIFY(enrol(mine, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(mine));
        Client other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        const QString otherCase = other.newCase(QStringLiteral("别站的件"));
        QVERIFY(enrol(other, server->url(), m_ca.caFile(), QStringLiteral("station7")));
        QVERIFY(syncOk(other));

        // Pull: each sees only its own station.
        QVERIFY(syncOk(mine));
        QVERIFY(mine.value(QStringLiteral("cases"), otherCase, QStringLiteral("id")).isNull());
        QVERIFY(other.value(QStringLiteral("cases"), myCase, QStringLiteral("id")).isNull());

        // Push: a row claiming the other station, and an edit of the other station's case.
        HttpProbe probe(server->url(), m_ca.caFile());
        const QString device = Uuid7::generate();
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, device).status, 200);
        sync::Mutation insert;
        insert.deviceSeq = 1;
        insert.mutationId = Uuid7::generate();
        insert.table = QStringLiteral("cases");
        insert.rowId = Uuid7::generate();
        insert.op = QStringLiteral("insert");
        insert.hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
        insert.fields = QJsonObject{{QStringLiteral("station_id"), otherId}, {QStringLiteral("case_no"), QStringLiteral("X-1")},
                                    {QStringLiteral("title"), QStringLiteral("伪造")}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                    {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}};
        sync::Mutation update = insert;
        update.deviceSeq = 2;
        update.mutationId = Uuid7::generate();
        update.rowId = otherCase;
        update.op = QStringLiteral("update");
        update.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("篡改")}};
        update.baseSv = 1000;
        ProbeReply reply = probe.send("POST", QStringLiteral("/sync/v1/push"),
                                      sync::PushBatch{device, QStringLiteral("x"), {insert, update}}.toJson());
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &r : results) {
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(r.toObject().value(QStringLiteral("code")).toString(), QStringLiteral("out_of_scope"));
        }
        QVERIFY(server->log().contains(QStringLiteral("push.out_of_scope")));
        QVERIFY(syncOk(other));
        QCOMPARE(other.value(QStringLiteral("cases"), otherCase, QStringLiteral("title")).toString(), QStringLiteral("别站的件"));
        // A pull with a stolen-looking cursor still returns only the own station.
        ProbeReply pulled = probe.send("GET", QStringLiteral("/sync/v1/pull?since=0&limit=1000"));
        for (const QJsonValue &r : pulled.json().value(QStringLiteral("rows")).toArray())
            QCOMPARE(r.toObject().value(QStringLiteral("row")).toObject().value(QStringLiteral("station_id")).toString(), stationId);
    }

    void badRequestsChangeNothing()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        a.newCase(QStringLiteral("一件"));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        const QJsonObject before = serverChecksum(*server, Uuid7::generate());
        QVERIFY(!before.value(QStringLiteral("tables")).toObject().isEmpty());

        HttpProbe probe(server->url(), m_ca.caFile());
        const QString device = Uuid7::generate();
        QCOMPARE(probe.send("POST", QStringLiteral("/sync/v1/push"), "{}").status, 401); // no token
        QCOMPARE(probe.login(QStringLiteral("station6"), QStringLiteral("wrong password"), device).status, 401);
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, device).status, 200);

        const sync::Mutation good = a.sync().state().pending(1).value(0);
        auto push = [&](const QByteArray &body) { return probe.send("POST", QStringLiteral("/sync/v1/push"), body); };
        const QList<QPair<const char *, QByteArray>> bad{
            {"not JSON", "{\"device_id\": "},
            {"an array", "[]"},
            {"unknown key", QByteArray("{\"device_id\":\"") + device.toLatin1() + "\",\"batch_id\":\"b\",\"mutations\":[],\"x\":1}"},
            {"wrong type", QByteArray("{\"device_id\":\"") + device.toLatin1() + "\",\"batch_id\":7,\"mutations\":[]}"},
            {"mutation with wrong types",
             QByteArray("{\"device_id\":\"") + device.toLatin1()
                 + "\",\"batch_id\":\"b\",\"mutations\":[{\"device_seq\":\"1\",\"mutation_id\":\"m\",\"tbl\":\"cases\","
                   "\"row_id\":\"r\",\"op\":\"insert\",\"fields\":{},\"base_sv\":0,\"hlc\":\"h\",\"schema_v\":1}]}"},
            {"nested value", QByteArray("{\"device_id\":\"") + device.toLatin1()
                                 + "\",\"batch_id\":\"b\",\"mutations\":[{\"device_seq\":1,\"mutation_id\":\"m\",\"tbl\":\"cases\","
                                   "\"row_id\":\"r\",\"op\":\"insert\",\"fields\":{\"title\":{\"a\":1}},\"base_sv\":0,"
                                   "\"hlc\":\"h\",\"schema_v\":1}]}"},
        };
        for (const auto &[what, body] : bad) {
            const ProbeReply r = push(body);
            QVERIFY2(r.status == 400, what);
            QVERIFY2(!r.json().value(QStringLiteral("reason")).toString().isEmpty(), what);
        }
        // Wrong value types inside a well-formed mutation are refused for that mutation.
        sync::Mutation typed;
        typed.deviceSeq = 1;
        typed.mutationId = Uuid7::generate();
        typed.table = QStringLiteral("visit");
        typed.rowId = Uuid7::generate();
        typed.op = QStringLiteral("insert");
        typed.hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
        typed.fields = QJsonObject{{QStringLiteral("station_id"), stationId}, {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")},
                                   {QStringLiteral("half_day"), QStringLiteral("am")}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("visitor_count"), QStringLiteral("many")}};
        sync::Mutation unknownField = typed;
        unknownField.deviceSeq = 2;
        unknownField.mutationId = Uuid7::generate();
        unknownField.rowId = Uuid7::generate();
        unknownField.fields = QJsonObject{{QStringLiteral("station_id"), stationId}, {QStringLiteral("secret"), 1}};
        const ProbeReply refused = push(sync::PushBatch{device, QStringLiteral("t"), {typed, unknownField}}.toJson());
        QCOMPARE(refused.status, 200);
        const QJsonArray results = refused.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_value"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("unknown_field"));

        // A body over the 1 MiB push limit: 413 with a reason.
        const ProbeReply huge = push(QByteArray(3 * 1024 * 1024, ' '));
        QCOMPARE(huge.status, 413);
        QVERIFY(!huge.json().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(probe.send("GET", QStringLiteral("/sync/v1/pull?since=-4")).status, 400);
        QCOMPARE(probe.send("GET", QStringLiteral("/sync/v1/nothing")).status, 404);
        (void)good;

        QCOMPARE(serverChecksum(*server, Uuid7::generate()), before);
        QCOMPARE(probe.send("GET", QStringLiteral("/health")).json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void tlsNeedsTheRightCa()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        TestCa stranger;
        QString error;
        QVERIFY2(stranger.create(m_backend.filePath(QStringLiteral("stranger-ca")), &error), qPrintable(error));
        Client a(stationId, QLatin1Char('A'), true);
        QVERIFY(a.sync().configure(QUrl(server->url()), stranger.caFile()));
        Status s = a.sync().enrol(QStringLiteral("station6"), kPassword);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("sync.tls"));
        // Plain HTTP is refused by the client before anything is sent.
        QVERIFY(!a.sync().configure(QUrl(QStringLiteral("http://localhost:%1").arg(server->port())), m_ca.caFile()));
        QVERIFY(!server->log().contains(QStringLiteral("auth.login\"")));
    }

    void accessTokenExpiresBetweenPages()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 1);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 4; ++i)
            a.newCase(QStringLiteral("问题 %1").arg(i));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QTest::qWait(2100); // the access token is now expired: the client refreshes and goes on
        b.sync().setPageSize(2);
        auto pulled = b.sync().pull();
        QVERIFY(pulled);
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));

        // A revoked device cannot refresh.
        QVERIFY(!server->admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--device"),
                                b.store().deviceId()}).isEmpty());
        QTest::qWait(1100);
        auto refused = b.sync().pull();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sync.unauthorized"));
    }

    void oversizedBatchIsHalved()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 8 * 1024); // a server (or proxy) with a small body limit
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 60; ++i)
            QVERIFY(!a.newCase(QStringLiteral("关于小区电梯加装的第%1条意见").arg(i)).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        auto pushed = a.sync().push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->pushed, 61);
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QVERIFY(server->log().contains(QStringLiteral("request.too_large")));
    }

    // Every push batch the server took, in order (its "push" log lines: mutations, new, ms).
    static QList<QJsonObject> pushLog(const ServerProcess &server)
    {
        QList<QJsonObject> pushes;
        for (const QString &line : server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("push"))
                pushes << o;
        }
        return pushes;
    }
    static QList<int> pushedBatchSizes(const ServerProcess &server)
    {
        QList<int> sizes;
        for (const QJsonObject &push : pushLog(server))
            sizes << push.value(QStringLiteral("mutations")).toInt();
        return sizes;
    }

    // n new cases in one transaction (their outbox rows with them).
    static void addCases(Client &client, const QString &stationId, int n)
    {
        WriteTransaction tx(client.store());
        for (int i = 0; i < n; ++i) {
            const QString id = Uuid7::generate();
            QVERIFY(tx.insert(QStringLiteral("cases"), id,
                              {{QStringLiteral("station_id"), stationId},
                               {QStringLiteral("case_no"), QStringLiteral("T-") + id.right(12)},
                               {QStringLiteral("title"), QStringLiteral("批量来信 %1：楼道灯坏了").arg(i)},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("citizen_name"), QStringLiteral("李师傅")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}}));
        }
        QVERIFY(tx.commit());
    }

    void batchesFollowTheLimitTheServerAnnounces()
    {
        // Decision 26: a server announces push_max_mutations; the client sends up to that many
        // (more than protocol v1's 200) and the server refuses a bigger batch with 413, changing nothing.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024, QStringLiteral("push_max_mutations=300"));
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        addCases(a, stationId, 650);
        const QList<sync::Mutation> all = a.sync().state().pending(1000);
        QCOMPARE(all.size(), 651); // the station and 650 cases

        HttpProbe probe(server->url(), m_ca.caFile());
        const ProbeReply login = probe.login(QStringLiteral("station6"), kPassword, a.store().deviceId());
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QStringLiteral("push_max_mutations")).toInt(), 300);
        const QJsonObject before = serverChecksum(*server, Uuid7::generate());
        const ProbeReply tooBig = probe.send("POST", QStringLiteral("/sync/v1/push"),
                                             sync::PushBatch{a.store().deviceId(), QStringLiteral("big"), all.mid(0, 301)}.toJson());
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(tooBig.json().value(QStringLiteral("error")).toString(), QStringLiteral("batch_too_large"));
        QVERIFY(tooBig.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("300")));
        QCOMPARE(tooBig.json().value(QStringLiteral("push_max_mutations")).toInt(), 300);
        QCOMPARE(serverChecksum(*server, Uuid7::generate()), before);
        QVERIFY(pushedBatchSizes(*server).isEmpty());

        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QCOMPARE(a.sync().serverBatchLimit(), 300);
        auto pushed = a.sync().push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->pushed, 651);
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QCOMPARE(pushedBatchSizes(*server), (QList<int>{300, 300, 51}));

        // Another PC of the station gets every case once.
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(b));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM cases")), 650);
        QVERIFY(syncOk(a));
        QCOMPARE(b.rows(QStringLiteral("cases")), a.rows(QStringLiteral("cases")));
    }

    void serverThatAnnouncesNothingGets200()
    {
        // A server before decision 26 (push_max_mutations=0 makes this one behave so) says nothing
        // about its limit: the client keeps to protocol v1's 200 a batch.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024, QStringLiteral("push_max_mutations=0"));
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        addCases(a, stationId, 450);
        HttpProbe probe(server->url(), m_ca.caFile());
        const ProbeReply login = probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate());
        QCOMPARE(login.status, 200);
        QVERIFY(!login.json().contains(QStringLiteral("push_max_mutations")));

        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QCOMPARE(a.sync().serverBatchLimit(), 200);
        QVERIFY(syncOk(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QCOMPARE(pushedBatchSizes(*server), (QList<int>{200, 200, 51}));

        // The same after a restart of the PC's sync (the limit comes with the refreshed token).
        addCases(a, stationId, 250);
        SyncClient again(a.store());
        QVERIFY(again.configureFromSettings());
        auto pushed = again.push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(again.serverBatchLimit(), 200);
        QCOMPARE(pushedBatchSizes(*server), (QList<int>{200, 200, 51, 200, 50}));
    }

    void lostAcknowledgementConverges()
    {
        // The PC stores a push's answer without an fsync of its own (SyncStateRepository::storeResults):
        // a power cut may take that transaction back after the server committed. Here it is taken
        // back by hand (outbox states and the recorded conflict as before the answer), and the next
        // sync must end where the first one did: no row twice on the server, the conflict once.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024, QStringLiteral("push_max_mutations=300"));
        QVERIFY(server);
        Client station(stationId, QLatin1Char('A'), true);
        const QString caseId = station.newCase(QStringLiteral("路灯不亮"));
        QVERIFY(enrol(station, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(station));
        Client district(stationId, QLatin1Char('D'), false);
        QVERIFY(enrol(district, server->url(), m_ca.caFile(), QStringLiteral("district")));
        QVERIFY(syncOk(district));

        QVERIFY(district.edit(QStringLiteral("cases"), caseId, {{QStringLiteral("description"), QStringLiteral("区里写的")}}));
        QVERIFY(syncOk(district));
        QVERIFY(station.edit(QStringLiteral("cases"), caseId, {{QStringLiteral("description"), QStringLiteral("站里写的")}}));
        addCases(station, stationId, 400);
        const qint64 firstSeq = station.sync().state().firstUnsentSeq();
        QCOMPARE(station.sync().state().pendingCount(), 401);

        auto pushed = station.sync().push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->conflicts, 1);
        QCOMPARE(station.sync().state().pendingCount(), 0);
        const QMap<QString, QVariantMap> conflictsAnswered = station.rows(QStringLiteral("sync_conflict"));
        QCOMPARE(conflictsAnswered.size(), 1);
        const QList<int> firstRound = pushedBatchSizes(*server);

        // The answer's transaction is lost.
        {
            QSqlQuery q(station.store().db());
            QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'pending', attempts = 0, last_error = '' "
                                          "WHERE device_seq >= %1").arg(firstSeq)));
            QCOMPARE(q.numRowsAffected(), 401);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_conflict")));
        }
        QCOMPARE(station.sync().state().pendingCount(), 401);

        QVERIFY(syncOk(station));
        QCOMPARE(station.sync().state().pendingCount(), 0);
        // Answered from the server's log: the same conflict (same id, values, kind), nothing new applied.
        QCOMPARE(station.rows(QStringLiteral("sync_conflict")).keys(), conflictsAnswered.keys());
        QCOMPARE(firstRound.mid(firstRound.size() - 2), (QList<int>{300, 101}));
        // Two batches in flight (decision 39): replays wait for nothing, so their log lines may come in either order.
        QList<int> replayed = pushedBatchSizes(*server).mid(firstRound.size());
        std::sort(replayed.begin(), replayed.end());
        QCOMPARE(replayed, (QList<int>{101, 300}));
        for (const QJsonObject &replay : pushLog(*server).mid(firstRound.size()))
            QCOMPARE(replay.value(QStringLiteral("new")).toInt(), 0);

        QVERIFY(syncOk(district));
        QCOMPARE(district.count(QStringLiteral("SELECT count(*) FROM cases")), 401);
        QCOMPARE(station.count(QStringLiteral("SELECT count(*) FROM cases")), 401);
        QCOMPARE(district.rows(QStringLiteral("cases")), station.rows(QStringLiteral("cases")));
        QCOMPARE(station.value(QStringLiteral("cases"), caseId, QStringLiteral("description")).toString(), QStringLiteral("站里写的"));
        const QJsonObject tables = serverChecksum(*server, Uuid7::generate()).value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("cases")).toObject().value(QStringLiteral("count")).toInt(), 401);
    }

    void caseMovedToAnotherStationIsRevoked()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = startServer(stationId, otherId);
        QVERIFY(server);
        Client mine(stationId, QLatin1Char('A'), true);
        const QString moved = mine.newCase(QStringLiteral("应由南门街道办理"));
        QVERIFY(enrol(mine, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(mine));
        Client other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        QVERIFY(enrol(other, server->url(), m_ca.caFile(), QStringLiteral("station7")));
        QVERIFY(syncOk(other));
        Client district(stationId, QLatin1Char('D'), false);
        QVERIFY(enrol(district, server->url(), m_ca.caFile(), QStringLiteral("district")));
        QVERIFY(syncOk(district));

        // The station edits the case offline while the district moves it to the other station.
        QVERIFY(mine.edit(QStringLiteral("cases"), moved, {{QStringLiteral("location"), QStringLiteral("南门菜场")}}));
        QVERIFY(district.edit(QStringLiteral("cases"), moved, {{QStringLiteral("station_id"), otherId}}));
        QVERIFY(syncOk(district));
        QVERIFY(syncOk(mine));
        QVERIFY(syncOk(other));

        // Gone from the old station (revoked, kept as a tombstone), present at the new one; the
        // pending edit came back refused and is shown, not lost.
        QCOMPARE(mine.value(QStringLiteral("cases"), moved, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected' "
                                           "AND last_error LIKE 'out_of_scope%'")), 1);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("station_id")).toString(), otherId);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("title")).toString(), QStringLiteral("应由南门街道办理"));
    }

    void cancelAgainstAssign()
    {
        // The station cancels a case (a duplicate registration) while the district, offline, assigns
        // it. Status is the station's field, routing the district's: whichever order the two PCs
        // sync in, the case ends cancelled, keeps the district's department and deadline, both
        // events stand, and the PC whose status lost holds the conflict to see.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client station(stationId, QLatin1Char('A'), true);
        const QString department = station.newDepartment(QStringLiteral("白云街道城建科"));
        QVERIFY(!department.isEmpty());
        const QString districtFirst = station.newCase(QStringLiteral("路灯不亮（重复登记）"));
        const QString stationFirst = station.newCase(QStringLiteral("井盖松动（重复登记）"));
        CaseWorkflow atStation(station.store(), WorkingDayCalendar::fromResource());
        for (const QString &id : {districtFirst, stationFirst})
            QVERIFY(atStation.accept(id));
        QVERIFY(enrol(station, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(station));
        Client district(stationId, QLatin1Char('D'), false);
        QVERIFY(enrol(district, server->url(), m_ca.caFile(), QStringLiteral("district")));
        QVERIFY(syncOk(district));
        CaseWorkflow atDistrict(district.store(), WorkingDayCalendar::fromResource());

        // Both offline (neither pulls until the end). One case reaches the server from the station
        // first, the other from the district first.
        const QDate deadline(2026, 12, 18);
        auto pushOnly = [](Client &c) { return c.sync().push().ok(); };
        QVERIFY(atStation.cancel(stationFirst, QStringLiteral("与已登记的意见重复")));
        QVERIFY(pushOnly(station));
        for (const QString &id : {districtFirst, stationFirst}) {
            const Status assigned = atDistrict.assign(id, department, deadline);
            QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().message));
        }
        QVERIFY(pushOnly(district));
        QVERIFY(atStation.cancel(districtFirst, QStringLiteral("与已登记的意见重复")));
        QVERIFY(pushOnly(station));
        QVERIFY(syncOk(station));
        QVERIFY(syncOk(district));
        QVERIFY(syncOk(station));

        for (Client *c : {&station, &district}) {
            for (const QString &id : {districtFirst, stationFirst}) {
                QCOMPARE(c->value(QStringLiteral("cases"), id, QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
                QCOMPARE(c->value(QStringLiteral("cases"), id, QStringLiteral("department_id")).toString(), department);
                QCOMPARE(c->value(QStringLiteral("cases"), id, QStringLiteral("deadline")).toString(), deadline.toString(Qt::ISODate));
                QCOMPARE(c->count(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = '%1' AND kind = 'cancelled'").arg(id)), 1);
                QCOMPARE(c->count(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = '%1' AND kind = 'assigned'").arg(id)), 1);
            }
        }
        QCOMPARE(station.rows(QStringLiteral("cases")), district.rows(QStringLiteral("cases")));
        QCOMPARE(station.rows(QStringLiteral("case_event")), district.rows(QStringLiteral("case_event")));
        // Nothing overwritten silently: the PC that pushed second holds the status conflict with the
        // other value (the station kept its "cancelled" over the district's "assigned"; the district's
        // "assigned" lost to the station's "cancelled").
        const QString conflict = QStringLiteral("SELECT count(*) FROM sync_conflict WHERE tbl = 'cases' AND row_id = '%1' "
                                                "AND field = 'status' AND kind = '%2' AND %3 LIKE '%assigned%'");
        QCOMPARE(station.count(conflict.arg(districtFirst, QStringLiteral("local_kept"), QStringLiteral("server_value"))), 1);
        QCOMPARE(district.count(conflict.arg(stationFirst, QStringLiteral("server_kept"), QStringLiteral("local_value"))), 1);
    }

    void caseEventsFromThreeDevices()
    {
        // Three PCs of one station record reminders and notes on the same case while offline. Events
        // are append-only: every PC ends with all of them, once each, in the same order.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const QString department = a.newDepartment(QStringLiteral("白云街道物业办"));
        QVERIFY(!department.isEmpty());
        const QString caseId = a.newCase(QStringLiteral("电梯经常困人"));
        CaseWorkflow atA(a.store(), WorkingDayCalendar::fromResource());
        // Moments in the past, in order (a step may not be dated before the case's last event).
        const QDateTime base(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        QVERIFY(atA.accept(caseId, base));
        QVERIFY(atA.assign(caseId, department, QDate(2026, 12, 18), base.addSecs(30)));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        Client b(stationId, QLatin1Char('B'), false);
        Client c(stationId, QLatin1Char('C'), false);
        for (Client *pc : {&b, &c}) {
            QVERIFY(enrol(*pc, server->url(), m_ca.caFile(), QStringLiteral("station6")));
            QVERIFY(syncOk(*pc));
        }
        CaseWorkflow atB(b.store(), WorkingDayCalendar::fromResource());
        CaseWorkflow atC(c.store(), WorkingDayCalendar::fromResource());

        QVERIFY(atA.remind(caseId, QStringLiteral("A 第一次催办"), base.addSecs(60)));
        QVERIFY(atB.remind(caseId, QStringLiteral("B 电话催办"), base.addSecs(120)));
        QVERIFY(atC.remind(caseId, QStringLiteral("C 现场督办"), base.addSecs(180)));
        QVERIFY(atA.remind(caseId, QStringLiteral("A 第二次催办"), base.addSecs(240)));
        QVERIFY(atB.remind(caseId, QStringLiteral("B 代表过问"), base.addSecs(300)));
        for (Client *pc : {&c, &a, &b, &c, &a, &b})
            QVERIFY(syncOk(*pc));

        const QString reminders = QStringLiteral("SELECT note FROM case_event WHERE case_id = '%1' AND kind = 'reminded' "
                                                 "ORDER BY occurred_at, id").arg(caseId);
        auto notes = [&](Client &pc) {
            QStringList out;
            QSqlQuery q(pc.store().db());
            q.exec(reminders);
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        const QStringList expected{QStringLiteral("A 第一次催办"), QStringLiteral("B 电话催办"), QStringLiteral("C 现场督办"),
                                   QStringLiteral("A 第二次催办"), QStringLiteral("B 代表过问")};
        for (Client *pc : {&a, &b, &c})
            QCOMPARE(notes(*pc), expected);
        QCOMPARE(a.rows(QStringLiteral("case_event")), b.rows(QStringLiteral("case_event")));
        QCOMPARE(a.rows(QStringLiteral("case_event")), c.rows(QStringLiteral("case_event")));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QCOMPARE(a.rows(QStringLiteral("cases")), c.rows(QStringLiteral("cases")));
    }

    void clockSkewOfHoursAndDays()
    {
        // A village PC's clock is often wrong. Hours behind: everything syncs and converges, and the
        // client knows how far off it is (the window asks to set the time). Days ahead: the server
        // refuses the stamps (more than 24 h ahead) with a reason the sync page shows; nothing is lost.
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const QString caseId = a.newCase(QStringLiteral("公园路灯坏了"));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        QVERIFY(a.sync().clockOffsetMsecs().has_value());
        QVERIFY(qAbs(*a.sync().clockOffsetMsecs()) < 60'000);

        struct Unfreeze { ~Unfreeze() { Clock::setFixedNow({}); } } unfreeze;
        const qint64 threeHours = 3 * 3600 * 1000;
        Clock::setFixedNow(QDateTime::currentDateTimeUtc().addMSecs(-threeHours));
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(b));
        QVERIFY(qAbs(*b.sync().clockOffsetMsecs() - threeHours) < 60'000); // the server is 3 h ahead of B
        QVERIFY(b.edit(QStringLiteral("cases"), caseId, {{QStringLiteral("location"), QStringLiteral("中山公园东门")}}));
        QVERIFY(syncOk(b));
        Clock::setFixedNow({});
        QVERIFY(syncOk(a));
        QCOMPARE(a.value(QStringLiteral("cases"), caseId, QStringLiteral("location")).toString(), QStringLiteral("中山公园东门"));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));

        // Two days ahead.
        const qint64 twoDays = 2LL * 86400 * 1000;
        Clock::setFixedNow(QDateTime::currentDateTimeUtc().addMSecs(twoDays));
        QVERIFY(b.edit(QStringLiteral("cases"), caseId, {{QStringLiteral("description"), QStringLiteral("晚上一片漆黑")}}));
        auto pushed = b.sync().push();
        QVERIFY(pushed);
        QCOMPARE(pushed->rejected, 1);
        QVERIFY(qAbs(*b.sync().clockOffsetMsecs() + twoDays) < 60'000);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected' "
                                        "AND last_error LIKE 'clock_ahead%'")), 1);
        Clock::setFixedNow({});
        QVERIFY(syncOk(a));
        QVERIFY(a.value(QStringLiteral("cases"), caseId, QStringLiteral("description")).toString() != QStringLiteral("晚上一片漆黑"));
    }

    void randomEditsAndCutsConverge()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        const QString viaProxy = QStringLiteral("https://localhost:%1").arg(proxy.port());
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        Client first(stationId, QLatin1Char('A'), true);
        QVERIFY(enrol(first, viaProxy, m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(first));
        Client second(stationId, QLatin1Char('B'), false);
        Client district(stationId, QLatin1Char('D'), false);
        QVERIFY(enrol(second, viaProxy, m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(enrol(district, viaProxy, m_ca.caFile(), QStringLiteral("district")));
        QList<Client *> clients{&first, &second, &district};
        for (Client *c : clients)
            QVERIFY(syncOk(*c));

        const QStringList fields{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("location"),
                                 QStringLiteral("priority"), QStringLiteral("deadline")};
        const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                     QStringLiteral("urgent")};
        for (int round = 0; round < 6; ++round) {
            for (Client *c : clients) {
                for (int edit = 0; edit < 4; ++edit) {
                    const QStringList known = c->rows(QStringLiteral("cases")).keys();
                    if (known.isEmpty() || random.bounded(4) == 0) {
                        QVERIFY(!c->newCase(QStringLiteral("随机 %1").arg(random.generate())).isEmpty());
                        continue;
                    }
                    const QString id = known.at(int(random.bounded(quint32(known.size()))));
                    const QString field = fields.at(int(random.bounded(quint32(fields.size()))));
                    QVariant value = QStringLiteral("%1-%2").arg(field).arg(random.bounded(1000));
                    if (field == QLatin1String("priority"))
                        value = priorities.at(int(random.bounded(4u)));
                    else if (field == QLatin1String("deadline"))
                        value = QDate(2026, 12, 1).addDays(random.bounded(30)).toString(Qt::ISODate);
                    QVERIFY(c->edit(QStringLiteral("cases"), id, {{field, value}}));
                }
                // Some syncs lose the answer to a push or a pull on the way back.
                if (random.bounded(3) == 0)
                    proxy.cutResponseAfterClientSent(qint64(random.bounded(200u, 6000u)), int(random.bounded(1u, 4u)));
                (void)c->sync().syncOnce();
                proxy.disarm();
            }
        }
        for (int pass = 0; pass < 2; ++pass)
            for (Client *c : clients)
                QVERIFY(syncOk(*c));
        for (Client *c : clients) {
            QCOMPARE(c->sync().state().pendingCount(), 0);
            QCOMPARE(c->rows(QStringLiteral("cases")), first.rows(QStringLiteral("cases")));
        }
        // And equal to the server's view: same ids and versions (checksum of id:sv per table).
        const QJsonObject sums = serverChecksum(*server, Uuid7::generate()).value(QStringLiteral("tables")).toObject();
        QCOMPARE(sums.value(QStringLiteral("cases")).toObject().value(QStringLiteral("count")).toInt(),
                 int(first.rows(QStringLiteral("cases")).size()));
        quint64 local = 0; // the server's checksum: XOR of the first 8 bytes of SHA-256("id:sv")
        for (const QVariantMap &row : first.rows(QStringLiteral("cases"))) {
            const QByteArray h = QCryptographicHash::hash(
                (row.value(QStringLiteral("id")).toString() + QLatin1Char(':') + row.value(QStringLiteral("sv")).toString()).toUtf8(),
                QCryptographicHash::Sha256);
            quint64 x = 0;
            memcpy(&x, h.constData(), sizeof x);
            local ^= x;
        }
        QCOMPARE(sums.value(QStringLiteral("cases")).toObject().value(QStringLiteral("checksum")).toString(),
                 QString::number(local, 16));
        QCOMPARE(first.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv = 0")), 0);
    }

    void ztctlSyncHeadlessAndKilledMidPull()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        {
            // Bulk offline work: one transaction, many outbox rows.
            WriteTransaction tx(a.store());
            for (int i = 0; i < 400; ++i) {
                const QString id = Uuid7::generate();
                QVERIFY(tx.insert(QStringLiteral("cases"), id,
                                  {{QStringLiteral("station_id"), stationId}, {QStringLiteral("case_no"), QStringLiteral("K-") + id.right(12)},
                                   {QStringLiteral("title"), QStringLiteral("批量 %1").arg(i)}, {QStringLiteral("channel"), QStringLiteral("hotline_8890")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-21")}}));
            }
            QVERIFY(tx.commit());
        }
        const QString passwordFile = m_backend.filePath(QStringLiteral("pw.txt"));
        QFile pw(passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(kPassword.toUtf8() + '\n');
        pw.close();
        auto ztctl = [&](const QStringList &args, QString *out = nullptr) {
            // The event loop keeps running meanwhile: the fault proxy below forwards on it.
            QProcess p;
            QEventLoop loop;
            connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
            p.start(QStringLiteral(ZTCTL_PATH), QStringList{QStringLiteral("sync")} + args);
            loop.exec();
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString output;
        QCOMPARE(ztctl({QStringLiteral("--db"), a.path()}, &output), 2); // no server set up yet
        QCOMPARE(ztctl({QStringLiteral("--db"), a.path(), QStringLiteral("--server"), server->url(), QStringLiteral("--ca"),
                        m_ca.caFile(), QStringLiteral("--user"), QStringLiteral("station6"), QStringLiteral("--password-file"),
                        passwordFile}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("401")), qPrintable(output)); // 400 cases + the station
        QCOMPARE(a.sync().state().pendingCount(), 0);
        QCOMPARE(ztctl({QStringLiteral("--db"), a.path()}, &output), 0); // saved settings: only --db

        // B pulls with small pages and is killed part-way, at whatever step it is in. The proxy holds
        // the server's answers back after a part of the pull, so that the kill lands mid-pull however
        // fast the machine is (a poll for "cursor > 50" followed by a kill raced a pull that finished
        // in between).
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        proxy.holdAfterServerSent(40'000); // of ~115,000 for the whole pull
        Client b(stationId, QLatin1Char('B'), false);
        QProcess killed;
        killed.start(QStringLiteral(ZTCTL_PATH),
                     {QStringLiteral("sync"), QStringLiteral("--db"), b.path(), QStringLiteral("--server"),
                      QStringLiteral("https://localhost:%1").arg(proxy.port()), QStringLiteral("--ca"), m_ca.caFile(),
                      QStringLiteral("--user"), QStringLiteral("station6"), QStringLiteral("--password-file"), passwordFile,
                      QStringLiteral("--page-size"), QStringLiteral("7")});
        QTRY_VERIFY_WITH_TIMEOUT(proxy.holding(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(b.sync().state().cursor() > 0, 10'000);
        killed.kill();
        killed.waitForFinished();
        proxy.disarm();
        QVERIFY2(b.sync().state().cursor() < 401, qPrintable(QString::number(b.sync().state().cursor())));
        const int partial = b.count(QStringLiteral("SELECT count(*) FROM cases"));
        // Whatever was applied is exactly what the saved cursor says: page and cursor commit together.
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv > %1").arg(b.sync().state().cursor())), 0);
        QVERIFY(partial < 400);
        QCOMPARE(ztctl({QStringLiteral("--db"), b.path()}, &output), 0);
        QCOMPARE(b.rows(QStringLiteral("cases")), a.rows(QStringLiteral("cases")));

        // The wrong CA: exit 1 with the reason.
        TestCa stranger;
        QString error;
        QVERIFY(stranger.create(m_backend.filePath(QStringLiteral("stranger-ca-2")), &error));
        QCOMPARE(ztctl({QStringLiteral("--db"), b.path(), QStringLiteral("--server"), server->url(), QStringLiteral("--ca"),
                        stranger.caFile()}, &output), 1);
    }

    void bootstrapResumesFromItsTokenAndReportsProgress()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 7; ++i)
            QVERIFY(!a.newCase(QStringLiteral("问题 %1").arg(i)).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        b.sync().setPageSize(3);
        QList<SyncProgress> seen;
        b.sync().setProgressHandler([&](const SyncProgress &p) {
            seen << p;
            if (seen.size() == 1)
                b.sync().cancel(); // as if the PC were shut down after the first page
        });
        auto stopped = b.sync().pull();
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QStringLiteral("sync.cancelled"));
        QVERIFY(!b.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM cases")), 2); // the station and two cases
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM cases WHERE sv > %1").arg(b.sync().state().cursor())), 0);

        // A change made after the snapshot was taken is not in it; the pull after the last page brings it.
        const QString late = a.newCase(QStringLiteral("快照之后的问题"));
        QVERIFY(syncOk(a));
        auto rest = b.sync().pull();
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
        QVERIFY(rest->bootstrapped);
        QCOMPARE(rest->pages, 2 + 1); // the snapshot's other two pages (3 + 2 of its 8 rows), then the late case
        QVERIFY(b.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(b.value(QStringLiteral("cases"), late, QStringLiteral("title")).toString(), QStringLiteral("快照之后的问题"));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));

        // Progress per page: the snapshot's size, rows so far.
        QList<qint64> done;
        for (const SyncProgress &p : seen)
            if (p.phase == SyncProgress::Phase::Bootstrap) {
                QCOMPARE(p.total, qint64(8));
                done << p.done;
            }
        QCOMPARE(done, (QList<qint64>{3, 6, 8})); // counted across the interruption
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const SyncProgress &p) { return p.phase == SyncProgress::Phase::Pull; }));
    }

    // The compact page form (format=rows, decision 32) and the object form fill a store alike; the
    // server answers the compact form only to a client that asks for it.
    void bootstrapPageFormsGiveTheSameRows()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const TrickyRows tricky = addTrickyRows(a, stationId);
        QVERIFY(!tricky.caseId.isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        Client rows(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(rows, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        rows.sync().setPageSize(3);
        auto pulled = rows.sync().pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(pulled->bootstrapped);
        Client objects(stationId, QLatin1Char('C'), false);
        QVERIFY(enrol(objects, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        objects.sync().setPageSize(3);
        objects.sync().setRowsForm(false);
        QVERIFY(syncOk(objects));
        verifyTrickyRows(rows, tricky);
        verifyTrickyRows(objects, tricky);
        for (const QString &table : {QStringLiteral("cases"), QStringLiteral("category"), QStringLiteral("case_event")}) {
            QCOMPARE(rows.rows(table), objects.rows(table));
            QCOMPARE(rows.rows(table).size(), a.rows(table).size());
        }
        QCOMPARE(rows.rows(QStringLiteral("cases")), a.rows(QStringLiteral("cases")));
        QCOMPARE(rows.rows(QStringLiteral("category")), a.rows(QStringLiteral("category")));

        HttpProbe probe(server->url(), m_ca.caFile());
        probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate());
        const QJsonObject compact = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?limit=1000&format=rows")).json();
        QCOMPARE(compact.value(QStringLiteral("format")).toString(), QStringLiteral("rows"));
        QVERIFY(!compact.contains(QStringLiteral("rows")));
        qint64 sent = 0;
        for (const QJsonValue &g : compact.value(QStringLiteral("groups")).toArray()) {
            const QJsonArray columns = g[QStringLiteral("columns")].toArray();
            for (const QJsonValue &row : g[QStringLiteral("rows")].toArray()) {
                QCOMPARE(row.toArray().size(), columns.size());
                ++sent;
            }
        }
        QCOMPARE(sent, compact.value(QStringLiteral("total")).toInteger());
        const QJsonObject plain = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?limit=1000")).json();
        QVERIFY(plain.contains(QStringLiteral("rows")));
        QVERIFY(!plain.contains(QStringLiteral("groups")));
    }

    // A server before decision 32 ignores format=rows (played by page_rows_form=false): the client reads
    // its object pages as before.
    void oldServerAnswersObjectsAndTheBootstrapWorks()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024, QStringLiteral("page_rows_form=false"));
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const TrickyRows tricky = addTrickyRows(a, stationId);
        QVERIFY(!tricky.caseId.isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        HttpProbe probe(server->url(), m_ca.caFile());
        probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate());
        const QJsonObject page = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?limit=1000&format=rows")).json();
        QVERIFY(page.contains(QStringLiteral("rows")));
        QVERIFY(!page.contains(QStringLiteral("groups")));

        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        b.sync().setPageSize(3);
        auto pulled = b.sync().pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(pulled->bootstrapped);
        verifyTrickyRows(b, tricky);
        QCOMPARE(b.rows(QStringLiteral("cases")), a.rows(QStringLiteral("cases")));
        QCOMPARE(b.rows(QStringLiteral("category")), a.rows(QStringLiteral("category")));
    }

    void oldTokensGet410AndOldClients426()
    {
        const QString stationId = Uuid7::generate();
        const int latest = Migrator::latestVersion();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024,
                                  QStringLiteral("min_client_schema=%1\nbootstrap_token_seconds=3600").arg(latest + 1));
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        QVERIFY(!a.newCase(QStringLiteral("升级之前的问题")).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        // Too old a client may still push (nothing is lost to an upgrade) but gets 426 on pull.
        auto pushed = a.sync().push();
        QVERIFY(pushed);
        QCOMPARE(pushed->pushed, 2);
        auto pulled = a.sync().pull();
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().code, QStringLiteral("sync.upgrade_required"));

        HttpProbe probe(server->url(), m_ca.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate()).status, 200);
        QCOMPARE(probe.send("GET", QStringLiteral("/sync/v1/pull?since=0&schema=%1").arg(latest)).status, 426);
        const ProbeReply refused = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?schema=%1").arg(latest));
        QCOMPARE(refused.status, 426);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("upgrade_required"));
        QCOMPARE(refused.json().value(QStringLiteral("schema_min")).toInt(), latest + 1);
        // A newer client than the server knows is served (schema changes are additive).
        const ProbeReply newer = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?limit=1&schema=%1").arg(latest + 5));
        QCOMPARE(newer.status, 200);
        const QString token = newer.json().value(QStringLiteral("page_token")).toString();
        QVERIFY(token.startsWith(QStringLiteral("b1.")));
        QCOMPARE(newer.json().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(probe.send("GET", QStringLiteral("/sync/v1/bootstrap?schema=%1&page_token=%2").arg(latest + 1).arg(token)).status, 200);
        // A token older than the server keeps snapshots: 410, start again. A made-up one: 400.
        QStringList parts = token.split(QLatin1Char('.'));
        parts[3] = QString::number(QDateTime::currentSecsSinceEpoch() - 7200);
        const ProbeReply gone = probe.send("GET", QStringLiteral("/sync/v1/bootstrap?schema=%1&page_token=%2").arg(latest + 1).arg(parts.join(QLatin1Char('.'))));
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.json().value(QStringLiteral("error")).toString(), QStringLiteral("token_expired"));
        QCOMPARE(probe.send("GET", QStringLiteral("/sync/v1/bootstrap?schema=%1&page_token=b1.x").arg(latest + 1)).status, 400);
    }

    void expiredBootstrapTokenGoesOnFromTheCursor()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId, {}, 900, 2 * 1024 * 1024, QStringLiteral("bootstrap_token_seconds=1"));
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!a.newCase(QStringLiteral("问题 %1").arg(i)).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        b.sync().setPageSize(2);
        int pages = 0;
        b.sync().setProgressHandler([&](const SyncProgress &) {
            if (++pages == 1)
                b.sync().cancel();
        });
        QVERIFY(!b.sync().pull());
        QVERIFY(!b.sync().state().bootstrapToken().isEmpty());
        QTest::qWait(2100); // the token is now too old (410): the client goes on from its cursor
        auto rest = b.sync().pull();
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
        QVERIFY(b.sync().state().bootstrapToken().isEmpty());
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
    }

    void searchWorksAfterBootstrap()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const QString garage = a.newCase(QStringLiteral("地下车库雨天进水"));
        QVERIFY(!garage.isEmpty());
        QVERIFY(!a.newCase(QStringLiteral("小区噪音扰民")).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        auto found = [&b](const QString &text) {
            QString sql = QStringLiteral("SELECT count(*) FROM cases c WHERE 1 = 1");
            QVariantList binds;
            CaseSearchIndex::appendCondition(sql, binds, CaseSearchQuery::parse(text), QStringLiteral("c.rowid"));
            QSqlQuery q(b.store().db());
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        auto pulled = b.sync().pull();
        QVERIFY(pulled);
        QVERIFY(pulled->bootstrapped);
        // Not indexed on the bootstrap path: left as a backlog, indexed afterwards in one go.
        QVERIFY(b.count(QStringLiteral("SELECT count(*) FROM case_search_backlog")) > 0);
        QVERIFY(b.sync().buildIndexesAfterBootstrap());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM case_search_backlog")), 0);
        QCOMPARE(found(QStringLiteral("车库")), 1);
        QCOMPARE(found(QStringLiteral("噪音")), 1);
        // Indexing is live again for what is written afterwards, locally or pulled.
        QVERIFY(!b.newCase(QStringLiteral("路灯不亮")).isEmpty());
        QCOMPARE(found(QStringLiteral("路灯")), 1);
        QVERIFY(!a.newCase(QStringLiteral("垃圾分类点太远")).isEmpty());
        QVERIFY(syncOk(a));
        QVERIFY(syncOk(b));
        QCOMPARE(found(QStringLiteral("垃圾")), 1);
        // A pulled edit of the title: found by its new words, no longer by the old ones, the moment the
        // page is applied, and the pull's transaction leaves nothing queued for search.
        QVERIFY(a.edit(QStringLiteral("cases"), garage, {{QStringLiteral("title"), QStringLiteral("地下室漏水")}}));
        QVERIFY(syncOk(a));
        QVERIFY(syncOk(b));
        QCOMPARE(found(QStringLiteral("漏水")), 1);
        QCOMPARE(found(QStringLiteral("车库")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM case_search_queue")), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM case_search_queue")), 0);
    }

    void pulledRowsWriteOnlyWhatChanged()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        const QString first = a.newCase(QStringLiteral("路灯不亮"));
        const QString second = a.newCase(QStringLiteral("井盖缺失"));
        QVERIFY(a.edit(QStringLiteral("cases"), first, {{QStringLiteral("deadline"), QStringLiteral("2026-12-31")}}));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(b));

        // Which updates the pull makes on b, and whether they set status (a column of several indexes).
        QSqlQuery q(b.store().db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE seen (what TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER seen_update AFTER UPDATE ON main.cases "
                                      "BEGIN INSERT INTO seen VALUES (new.id); END")));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER seen_status AFTER UPDATE OF status ON main.cases "
                                      "BEGIN INSERT INTO seen VALUES ('status ' || new.id); END")));
        // A value cleared and a text changed, on one case; the other case untouched.
        QVERIFY(a.edit(QStringLiteral("cases"), first, {{QStringLiteral("deadline"), QVariant(QMetaType(QMetaType::QString))},
                                                        {QStringLiteral("location"), QStringLiteral("3 号楼")}}));
        QVERIFY(syncOk(a));
        QVERIFY(syncOk(b));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        const QVariant deadline = b.value(QStringLiteral("cases"), first, QStringLiteral("deadline"));
        QCOMPARE(deadline.isNull(), a.value(QStringLiteral("cases"), first, QStringLiteral("deadline")).isNull());
        QCOMPARE(deadline.toString(), QString());
        QCOMPARE(b.value(QStringLiteral("cases"), first, QStringLiteral("location")).toString(), QStringLiteral("3 号楼"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM seen")), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM seen WHERE what = '%1'").arg(first)), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM seen WHERE what LIKE 'status %'")), 0);
        QVERIFY(!second.isEmpty());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.seen_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.seen_status")));
    }

    // Every table, index and trigger with its SQL: what the migrations made.
    static QStringList schemaOf(const QSqlDatabase &db)
    {
        QStringList objects;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                              "ORDER BY type, name"));
        while (q.next())
            objects << QStringLiteral("%1 %2 on %3: %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                             q.value(2).toString(), q.value(3).toString());
        return objects;
    }

    void bootstrapSetsIndexesAsideAndAnOpenAfterACrashPutsThemBack()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        for (int i = 0; i < 7; ++i)
            QVERIFY(!a.newCase(QStringLiteral("地下车库进水 %1").arg(i)).isEmpty());
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));

        Client b(stationId, QLatin1Char('B'), false);
        const QStringList before = schemaOf(b.store().db());
        QVERIFY(before.contains(QStringLiteral("index cases_status on cases: CREATE INDEX cases_status ON cases(station_id, status, deadline)")));
        QVERIFY(std::any_of(before.begin(), before.end(), [](const QString &o) { return o.startsWith(QLatin1String("trigger case_fts_insert ")); }));
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        b.sync().setPageSize(3);

        // After the first page, as the power would find it: the store's files copied aside.
        QTemporaryDir crashed;
        const QString copy = crashed.filePath(QStringLiteral("store.sqlite"));
        QStringList setAside;
        QStringList duringSchema;
        b.sync().setProgressHandler([&](const SyncProgress &p) {
            if (p.phase != SyncProgress::Phase::Bootstrap || !setAside.isEmpty())
                return;
            setAside = BulkLoadIndexes::pending(b.store().db());
            duringSchema = schemaOf(b.store().db());
            for (const QString &suffix : {QString(), QStringLiteral("-wal")})
                QFile::copy(b.path() + suffix, copy + suffix);
        });
        auto pulled = b.sync().pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(pulled->pages >= 3);

        // While the bootstrap ran: the empty tables' non-unique indexes and triggers were set aside...
        QVERIFY(setAside.contains(QStringLiteral("cases_status")));
        QVERIFY(setAside.contains(QStringLiteral("case_fts_insert")));
        QVERIFY(setAside.contains(QStringLiteral("case_event_no_update")));
        QVERIFY(!std::any_of(duringSchema.begin(), duringSchema.end(), [](const QString &o) { return o.startsWith(QLatin1String("index cases_status ")); }));
        // ...and constraints were not: case_no stays UNIQUE (its automatic index) all along.
        QSqlQuery unique(b.store().db());
        QVERIFY(unique.exec(QStringLiteral("SELECT count(*) FROM pragma_index_list('cases') WHERE \"unique\" = 1 AND origin = 'u'")));
        QVERIFY(unique.next() && unique.value(0).toInt() >= 1);
        // When the pull returns, the triggers are back (they guard and queue every write from then on); the
        // indexes, which only make reads fast, are built right after it, and then every index and trigger is
        // back exactly as the migrations made it, nothing left recorded.
        const QStringList afterPull = schemaOf(b.store().db());
        QVERIFY(std::any_of(afterPull.begin(), afterPull.end(), [](const QString &o) { return o.startsWith(QLatin1String("trigger case_fts_insert ")); }));
        QVERIFY(std::any_of(afterPull.begin(), afterPull.end(), [](const QString &o) { return o.startsWith(QLatin1String("trigger case_event_no_update ")); }));
        QVERIFY(BulkLoadIndexes::pending(b.store().db()).contains(QStringLiteral("cases_status")));
        QVERIFY(!BulkLoadIndexes::pending(b.store().db()).contains(QStringLiteral("case_fts_insert")));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QVERIFY(b.sync().buildIndexesAfterBootstrap());
        QCOMPARE(schemaOf(b.store().db()), before);
        QVERIFY(BulkLoadIndexes::pending(b.store().db()).isEmpty());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '车库'")), 7);

        // The copy died after its first page: opening it puts everything back before anything else runs.
        {
            auto reopened = Store::open(copy);
            QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
            QSqlDatabase db = reopened.value()->db();
            QCOMPARE(schemaOf(db), before);
            QVERIFY(BulkLoadIndexes::pending(db).isEmpty());
            QCOMPARE(StoreRows::count(db, QStringLiteral("SELECT count(*) FROM cases")), 2); // the first page: station + 2 cases
            QSqlQuery plan(db);
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE station_id = 'x' AND status = 'registered'")));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(steps.join(QLatin1Char(' ')).contains(QLatin1String("cases_status")), qPrintable(steps.join(QLatin1Char(' '))));
            // Open also caught up the search index the crash left behind, with the trigger back for new rows.
            QCOMPARE(StoreRows::count(db, QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '车库'")), 2);
        }
    }

    void checksumFindsAndRepairsACorruptedTable()
    {
        const QString stationId = Uuid7::generate();
        auto server = startServer(stationId);
        QVERIFY(server);
        Client a(stationId, QLatin1Char('A'), true);
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << a.newCase(QStringLiteral("问题 %1").arg(i));
        QVERIFY(enrol(a, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        QVERIFY(syncOk(a));
        Client b(stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url(), m_ca.caFile(), QStringLiteral("station6")));
        auto first = b.sync().syncOnce(); // bootstrap, then the checksums agree
        QVERIFY(first);
        QVERIFY(first->repairedTables.isEmpty());
        QVERIFY(first->mismatchedTables.isEmpty());

        // Behind the write path: one row's version changed, one row gone.
        QSqlQuery q(b.store().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET sv = sv + 1000, title = 'x' WHERE id = '%1'").arg(ids.at(1))));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id = '%1'").arg(ids.at(3))));
        SyncReport report;
        QVERIFY(b.sync().verify(report));
        QCOMPARE(report.repairedTables, QStringList{QStringLiteral("cases")});
        QVERIFY(report.mismatchedTables.isEmpty());
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));

        // A row the server never had cannot be pulled away: it is reported for the sync page.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, station_id, case_no, title, channel, registered_on, hlc, sv) "
                                      "VALUES ('%1', '%2', 'X-1', '来历不明', 'walk_in', '2026-11-20', '0', 424242)")
                           .arg(Uuid7::generate(), stationId)));
        SyncReport second;
        QVERIFY(b.sync().verify(second));
        QCOMPARE(second.mismatchedTables, QStringList{QStringLiteral("cases")});
    }
};

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
