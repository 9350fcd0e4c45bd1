// A station's rows name only rows of their own station (server/README.md, decision 34): a push whose
// row names another station's category, department, deputy or case (a case of station A routed to
// station B's department, an event or a visit link of B's case, an attachment of B's case) is refused
// `reference_out_of_scope`, changes nothing on the server and never reaches either station's PCs, for
// a district account as for a station's; the same writes naming the station's own rows are taken in
// the same batch. The refusals are listed on the sync page in words. Real server over real HTTPS,
// both back-ends (ZT_SYNC_BACKEND). A row that other rows of its station still name does not move to
// another station (decision 42).
// ZT_SCREENSHOT_DIR=/tmp/shots saves the sync page with the refusals in Chinese and English.

#include "../gui/Screenshots.h"
#include "TwoStationSync.h"

#include "MainWindow.h"
#include "i18n/TranslationLoader.h"
#include "storage/HeldRowRepository.h"
#include "sync/RefusalReason.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace zt;
using namespace zt::test;

class tst_SyncReferenceScope : public QObject
{
    Q_OBJECT

private:
    TwoStationServer m_servers;
    TranslationLoader m_translations;

    static Result<SyncReport> syncOnce(SyncPc &pc)
    {
        auto r = pc.sync().syncOnce();
        if (!r)
            qWarning("sync failed: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().code));
        return r;
    }

    // The refusal codes this PC's outbox holds, by row id.
    static QHash<QString, QString> refusals(SyncPc &pc)
    {
        QHash<QString, QString> codes;
        QSqlQuery q(pc.store().db());
        q.exec(QStringLiteral("SELECT row_id, last_error FROM sync_outbox WHERE state = 'rejected'"));
        while (q.next())
            codes.insert(q.value(0).toString(), RefusalReason::code(q.value(1).toString()));
        return codes;
    }

    // Rows written as a PC that ignores its foreign keys would write them (a tampered or buggy
    // program): the server is the one that must not take them.
    static void foreignKeys(SyncPc &pc, bool on)
    {
        QSqlQuery q(pc.store().db());
        QVERIFY(q.exec(on ? QStringLiteral("PRAGMA foreign_keys=ON") : QStringLiteral("PRAGMA foreign_keys=OFF")));
    }

    struct StationRows
    {
        QString category;
        QString otherCategory;
        QString department;
        QString deputy;
        QString visit;
        QString caseId;
    };
    static StationRows addRows(SyncPc &pc, const QString &code)
    {
        StationRows r;
        r.category = pc.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("CJ")},
                                                                {QStringLiteral("name"), QStringLiteral("城建")}});
        r.otherCategory = pc.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("HB")},
                                                                     {QStringLiteral("name"), QStringLiteral("环保")}});
        r.department = pc.insert(QStringLiteral("department"), {}, {{QStringLiteral("name"), QStringLiteral("区住建局")},
                                                                    {QStringLiteral("kind"), QStringLiteral("district")}});
        r.deputy = pc.insert(QStringLiteral("deputy"), {}, {{QStringLiteral("name"), QStringLiteral("李建国")},
                                                            {QStringLiteral("level"), QStringLiteral("county")}});
        r.visit = pc.insert(QStringLiteral("visit"), {}, {{QStringLiteral("visit_date"), QStringLiteral("2026-11-20")},
                                                          {QStringLiteral("half_day"), QStringLiteral("am")},
                                                          {QStringLiteral("channel"), QStringLiteral("walk_in")}});
        r.caseId = pc.insert(QStringLiteral("cases"), {},
                             {{QStringLiteral("case_no"), code + QStringLiteral("-2026-A0001")},
                              {QStringLiteral("title"), QStringLiteral("菜场污水外溢")},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")},
                              {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                              {QStringLiteral("category_id"), r.category}, {QStringLiteral("department_id"), r.department},
                              {QStringLiteral("deputy_id"), r.deputy}});
        return r;
    }

    // The PC's sync page lists `rows` refusals, each in these words (saved as a screenshot when asked).
    void syncPageSays(SyncPc &pc, int rows, const QString &words, const QString &screenshot)
    {
        MainWindow window(pc.store(), m_translations);
        QSignalSpy statuses(&window.sync(), &SyncController::statusChanged);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Sync);
        auto *table = window.pageWidget(MainWindow::Page::Sync)->findChild<QTableWidget *>(QStringLiteral("refusedTableWidget"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), rows);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, table->columnCount() - 1)->text(), words);
        saveScreenshots(window, screenshot);
        // The window syncs at start-up; closing it in the middle of that sync crashes the PC's sync
        // thread (SyncController's shutdown runs inside the sync's wait for an answer; seen under
        // load here and in tst_syncduplicatecaseno, not this test's subject): let the sync end first.
        QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && window.sync().status().state != SyncStatus::State::Syncing, 120000);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_servers.init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }

    void cleanupTestCase() { m_servers.stop(); }

    void writesNamingAnotherStationsRowsAreRefused()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        SyncPc mine(stationId, QLatin1Char('A'), true);
        const StationRows a = addRows(mine, kStationCode);
        QVERIFY(m_servers.enrol(mine, *server, QStringLiteral("station6")));
        QVERIFY(syncOnce(mine));
        SyncPc other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        const StationRows b = addRows(other, kOtherStationCode);
        QVERIFY(m_servers.enrol(other, *server, QStringLiteral("station7")));
        QVERIFY(syncOnce(other));
        SyncPc district(stationId, QLatin1Char('D'), false);
        QVERIFY(m_servers.enrol(district, *server, QStringLiteral("district")));
        QVERIFY(syncOnce(district));

        // The district's PC lists both stations' rows; a case of station A routed with B's category,
        // department or deputy is refused, each in its own mutation; in the same batch, A's case given
        // A's other category and B's case given B's other category are taken.
        QVERIFY(district.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("category_id"), b.category}}));
        QVERIFY(district.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("department_id"), b.department}}));
        QVERIFY(district.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("deputy_id"), b.deputy}}));
        QVERIFY(district.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("category_id"), a.otherCategory}}));
        QVERIFY(district.edit(QStringLiteral("cases"), b.caseId, {{QStringLiteral("category_id"), b.otherCategory}}));
        auto report = syncOnce(district);
        QVERIFY(report);
        QCOMPARE(report->rejected, 3);
        QCOMPARE(refusals(district).value(a.caseId), QStringLiteral("reference_out_of_scope"));
        QCOMPARE(refusals(district).size(), 1); // one row, three refused mutations
        QCOMPARE(district.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected'")), 3);
        // The district's PC takes the server's row back (decision 3): A's case names A's rows.
        QCOMPARE(district.value(QStringLiteral("cases"), a.caseId, QStringLiteral("category_id")).toString(), a.otherCategory);
        QCOMPARE(district.value(QStringLiteral("cases"), a.caseId, QStringLiteral("department_id")).toString(), a.department);
        QCOMPARE(district.value(QStringLiteral("cases"), a.caseId, QStringLiteral("deputy_id")).toString(), a.deputy);

        // Station A's PC, ignoring its foreign keys, writes one batch: an event, a visit link and an
        // attachment of B's case and its own case routed to B's department are refused; its own
        // event, visit link and title edit are taken.
        foreignKeys(mine, false);
        const QString ownEvent = mine.insert(QStringLiteral("case_event"), {},
                                             {{QStringLiteral("case_id"), a.caseId}, {QStringLiteral("kind"), QStringLiteral("accepted")},
                                              {QStringLiteral("occurred_at"), QStringLiteral("2026-11-21T02:00:00Z")}});
        const QString foreignEvent = mine.insert(QStringLiteral("case_event"), {},
                                                 {{QStringLiteral("case_id"), b.caseId}, {QStringLiteral("kind"), QStringLiteral("replied")},
                                                  {QStringLiteral("occurred_at"), QStringLiteral("2026-11-21T02:00:00Z")},
                                                  {QStringLiteral("note"), QStringLiteral("已答复")}});
        const QString foreignLink = mine.insert(QStringLiteral("visit_case"), {},
                                                {{QStringLiteral("visit_id"), a.visit}, {QStringLiteral("case_id"), b.caseId}});
        const QString foreignAttachment = mine.insert(QStringLiteral("attachment"), {},
                                                      {{QStringLiteral("owner_table"), QStringLiteral("cases")},
                                                       {QStringLiteral("owner_id"), b.caseId},
                                                       {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                                       {QStringLiteral("file_name"), QStringLiteral("photo.jpg")},
                                                       {QStringLiteral("size_bytes"), 4096},
                                                       {QStringLiteral("created_at"), QStringLiteral("2026-11-21T02:00:00Z")}});
        const QString ownLink = mine.insert(QStringLiteral("visit_case"), {},
                                            {{QStringLiteral("visit_id"), a.visit}, {QStringLiteral("case_id"), a.caseId},
                                             {QStringLiteral("note"), QStringLiteral("邻居也反映")}});
        QVERIFY(mine.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("department_id"), b.department}}));
        QVERIFY(mine.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("title"), QStringLiteral("菜场污水外溢（第二次）")}}));
        foreignKeys(mine, true);
        for (const QString &id : {ownEvent, foreignEvent, foreignLink, foreignAttachment, ownLink})
            QVERIFY(!id.isEmpty());
        report = syncOnce(mine);
        QVERIFY(report);
        QCOMPARE(report->rejected, 4);
        const QHash<QString, QString> refused = refusals(mine);
        QCOMPARE(refused.size(), 4);
        for (const QString &id : {foreignEvent, foreignLink, foreignAttachment, a.caseId})
            QCOMPARE(refused.value(id), QStringLiteral("reference_out_of_scope"));
        // The server logs each, with the account, as it logs a row outside the scope.
        QVERIFY(server->log().contains(QStringLiteral("push.reference_out_of_scope")));

        // Nothing of it reached the server: no PC of either station, nor the district's, meets it.
        QVERIFY(syncOnce(other));
        QVERIFY(syncOnce(district));
        for (SyncPc *pc : {&other, &district}) {
            QCOMPARE(pc->count(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = '%1'").arg(b.caseId)), 0);
            QCOMPARE(pc->count(QStringLiteral("SELECT count(*) FROM visit_case WHERE case_id = '%1'").arg(b.caseId)), 0);
            QCOMPARE(pc->count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
        }
        QCOMPARE(other.value(QStringLiteral("cases"), b.caseId, QStringLiteral("category_id")).toString(), b.otherCategory);
        QCOMPARE(district.value(QStringLiteral("case_event"), ownEvent, QStringLiteral("case_id")).toString(), a.caseId);
        QCOMPARE(district.value(QStringLiteral("visit_case"), ownLink, QStringLiteral("note")).toString(), QStringLiteral("邻居也反映"));
        QCOMPARE(district.value(QStringLiteral("cases"), a.caseId, QStringLiteral("department_id")).toString(), a.department);
        QCOMPARE(district.value(QStringLiteral("cases"), a.caseId, QStringLiteral("title")).toString(), QStringLiteral("菜场污水外溢（第二次）"));

        // A new PC of station A starts from a snapshot that holds together: the accepted rows, nothing
        // naming B's rows, nothing kept aside.
        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, *server, QStringLiteral("station6")));
        QVERIFY(syncOnce(second));
        QCOMPARE(second.value(QStringLiteral("cases"), a.caseId, QStringLiteral("category_id")).toString(), a.otherCategory);
        QCOMPARE(second.value(QStringLiteral("cases"), a.caseId, QStringLiteral("department_id")).toString(), a.department);
        QCOMPARE(second.value(QStringLiteral("cases"), a.caseId, QStringLiteral("deputy_id")).toString(), a.deputy);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM case_event")), 1);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM visit_case")), 1);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
        QCOMPARE(HeldRowRepository(second.store().db()).count(), 0);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // The sync page lists each refusal in words.
        const QString words = RefusalReason::describe(QStringLiteral("reference_out_of_scope: x"));
        QVERIFY(words.startsWith(QStringLiteral("The change names a record of another station")));
        syncPageSays(mine, 4, words, QStringLiteral("sync-reference-refused"));
    }

    // Decision 42: a row does not leave its station while rows of that station still name it (a
    // category its cases use, a deputy a case follows). The move is refused `still_referenced`, the
    // reason counts the rows, and nothing moves; an unused row moves; a batch that first clears the
    // one row naming the deputy and then moves it is taken; a batch that first makes a case naming an
    // unused category and then moves it is refused. The sync page says why in words.
    void movingARowItsStationStillNamesIsRefused()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        SyncPc mine(stationId, QLatin1Char('A'), true);
        const StationRows a = addRows(mine, kStationCode);
        const QString unusedCategory = mine.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("JT")},
                                                                                   {QStringLiteral("name"), QStringLiteral("交通")}});
        const QString laterCategory = mine.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("WS")},
                                                                                  {QStringLiteral("name"), QStringLiteral("卫生")}});
        QVERIFY(!unusedCategory.isEmpty() && !laterCategory.isEmpty());
        QVERIFY(m_servers.enrol(mine, *server, QStringLiteral("station6")));
        QVERIFY(syncOnce(mine));
        SyncPc other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        QVERIFY(m_servers.enrol(other, *server, QStringLiteral("station7")));
        QVERIFY(syncOnce(other));
        SyncPc district(stationId, QLatin1Char('D'), false);
        QVERIFY(m_servers.enrol(district, *server, QStringLiteral("district")));
        QVERIFY(syncOnce(district));

        // One batch: the category A's case uses and the deputy it follows are refused; the unused
        // category moves.
        const QVariantMap toOther{{QStringLiteral("station_id"), otherId}};
        QVERIFY(district.edit(QStringLiteral("category"), a.category, toOther));
        QVERIFY(district.edit(QStringLiteral("deputy"), a.deputy, toOther));
        QVERIFY(district.edit(QStringLiteral("category"), unusedCategory, toOther));
        auto report = syncOnce(district);
        QVERIFY(report);
        QCOMPARE(report->rejected, 2);
        QHash<QString, QString> refused = refusals(district);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.value(a.category), QStringLiteral("still_referenced"));
        QCOMPARE(refused.value(a.deputy), QStringLiteral("still_referenced"));
        QSqlQuery reason(district.store().db());
        QVERIFY(reason.exec(QStringLiteral("SELECT last_error FROM sync_outbox WHERE row_id = '%1'").arg(a.category)));
        QVERIFY(reason.next());
        QVERIFY2(reason.value(0).toString().startsWith(QStringLiteral("still_referenced: 1 rows")), qPrintable(reason.value(0).toString()));
        QVERIFY(reason.value(0).toString().contains(QStringLiteral("cases.category_id 1")));
        // The district's PC takes the server's rows back: both stay at A.
        QCOMPARE(district.value(QStringLiteral("category"), a.category, QStringLiteral("station_id")).toString(), stationId);
        QCOMPARE(district.value(QStringLiteral("deputy"), a.deputy, QStringLiteral("station_id")).toString(), stationId);
        QCOMPARE(district.value(QStringLiteral("category"), unusedCategory, QStringLiteral("station_id")).toString(), otherId);

        // A second batch: the case stops following the deputy, then the deputy moves: taken. Then a new
        // case of A naming the other unused category, then that category's move: refused.
        QVERIFY(district.edit(QStringLiteral("cases"), a.caseId, {{QStringLiteral("deputy_id"), QVariant()}}));
        QVERIFY(district.edit(QStringLiteral("deputy"), a.deputy, toOther));
        const QString newCase = district.insert(QStringLiteral("cases"), {},
                                                {{QStringLiteral("case_no"), kStationCode + QStringLiteral("-2026-D0001")},
                                                 {QStringLiteral("title"), QStringLiteral("路灯不亮")},
                                                 {QStringLiteral("channel"), QStringLiteral("phone")},
                                                 {QStringLiteral("registered_on"), QStringLiteral("2026-11-22")},
                                                 {QStringLiteral("category_id"), laterCategory}});
        QVERIFY(!newCase.isEmpty());
        QVERIFY(district.edit(QStringLiteral("category"), laterCategory, toOther));
        report = syncOnce(district);
        QVERIFY(report);
        QCOMPARE(report->rejected, 1);
        refused = refusals(district);
        QCOMPARE(refused.value(laterCategory), QStringLiteral("still_referenced"));
        QCOMPARE(district.value(QStringLiteral("deputy"), a.deputy, QStringLiteral("station_id")).toString(), otherId);
        QCOMPARE(district.value(QStringLiteral("category"), laterCategory, QStringLiteral("station_id")).toString(), stationId);

        // Every PC holds together: A's PCs keep the category its case uses; B's got what moved.
        QVERIFY(syncOnce(mine));
        QVERIFY(syncOnce(other));
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM category WHERE id = '%1' AND deleted = 0").arg(a.category)), 1);
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1' AND deputy_id IS NULL").arg(a.caseId)), 1);
        QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM category WHERE id = '%1'").arg(a.category)), 0);
        QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM category WHERE id = '%1'").arg(unusedCategory)), 1);
        QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM deputy WHERE id = '%1'").arg(a.deputy)), 1);
        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, *server, QStringLiteral("station6")));
        QVERIFY(syncOnce(second));
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM cases")), 2);
        QCOMPARE(HeldRowRepository(second.store().db()).count(), 0);
        QCOMPARE(HeldRowRepository(mine.store().db()).count(), 0);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // The district's sync page lists the three refusals in words, the count in them.
        const QString words = RefusalReason::describe(QStringLiteral("still_referenced: 1 rows of its station still name this category row"));
        QVERIFY2(words.startsWith(QStringLiteral("The record was not moved to the other station: 1 record")), qPrintable(words));
        syncPageSays(district, 3, words, QStringLiteral("sync-move-refused"));
    }
};

QTEST_MAIN(tst_SyncReferenceScope)
#include "tst_syncreferencescope.moc"
