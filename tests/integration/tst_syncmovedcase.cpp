// A case the district moves to another station (server/README.md, decision 33): the receiving
// station's PCs pull it, with its history and attachments, without a pull ever stopping on a
// reference to a row of the old station; the old station's PCs drop it; every PC holds the same
// case the server holds. A reception visit of the old station that reported the case again leaves the
// receiving station an event on the case's timeline (decision 43). Real server over real HTTPS, both
// back-ends (ZT_SYNC_BACKEND). ZT_SCREENSHOT_DIR=/tmp/shots saves that timeline in Chinese and English.

#include "../gui/Screenshots.h"
#include "TwoStationSync.h"

#include "cases/CasesPage.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "models/CaseTimelineModel.h"
#include "storage/CaseDetailsReader.h"
#include "storage/HeldRowRepository.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace zt;
using namespace zt::test;

class tst_SyncMovedCase : public QObject
{
    Q_OBJECT

private:
    TwoStationServer m_servers;

private slots:
    void initTestCase()
    {
        // The cases page keeps its column widths and filters in the settings: a test's own.
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_servers.init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_servers.stop(); }

    void movedCaseTakesItsHistoryAndReferencesAlong()
    {
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);

        // The old station: a case registered at a reception visit in a village point, with a
        // category, routed to a department, followed by a deputy, with events and a photo.
        SyncPc mine(stationId, QLatin1Char('A'), true);
        const QString point = mine.insert(QStringLiteral("point"), {}, {{QStringLiteral("name"), QStringLiteral("白云村联络点")},
                                                                        {QStringLiteral("division_code"), QStringLiteral("330203006001")}});
        const QString visit = mine.insert(QStringLiteral("visit"), {}, {{QStringLiteral("point_id"), point},
                                                                        {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")},
                                                                        {QStringLiteral("half_day"), QStringLiteral("am")},
                                                                        {QStringLiteral("channel"), QStringLiteral("walk_in")}});
        const QString category = mine.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("CJ")},
                                                                              {QStringLiteral("name"), QStringLiteral("城建")}});
        const QString onlyHere = mine.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("NY")},
                                                                              {QStringLiteral("name"), QStringLiteral("农业")}});
        const QString department = mine.insert(QStringLiteral("department"), {}, {{QStringLiteral("name"), QStringLiteral("区住建局")},
                                                                                  {QStringLiteral("kind"), QStringLiteral("district")}});
        const QString streetDepartment = mine.insert(QStringLiteral("department"), {}, {{QStringLiteral("name"), QStringLiteral("白云街道城建科")}});
        const QString deputy = mine.insert(QStringLiteral("deputy"), {}, {{QStringLiteral("name"), QStringLiteral("李建国")},
                                                                          {QStringLiteral("level"), QStringLiteral("county")},
                                                                          {QStringLiteral("phone"), QStringLiteral("13800000001")}});
        const QString localDeputy = mine.insert(QStringLiteral("deputy"), {}, {{QStringLiteral("name"), QStringLiteral("王小红")},
                                                                               {QStringLiteral("level"), QStringLiteral("township")}});
        const QString moved = mine.insert(QStringLiteral("cases"), {},
                                          {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0001")},
                                           {QStringLiteral("title"), QStringLiteral("南门菜场污水外溢")},
                                           {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                           {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                                           {QStringLiteral("point_id"), point}, {QStringLiteral("visit_id"), visit},
                                           {QStringLiteral("category_id"), category}, {QStringLiteral("deputy_id"), deputy},
                                           {QStringLiteral("department_id"), department},
                                           {QStringLiteral("status"), QStringLiteral("assigned")}});
        const QString stays = mine.insert(QStringLiteral("cases"), {},
                                          {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0002")},
                                           {QStringLiteral("title"), QStringLiteral("白云村路灯")},
                                           {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                           {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                                           {QStringLiteral("category_id"), onlyHere}});
        auto event = [&](const QString &kind, const QVariantMap &extra) {
            QVariantMap fields{{QStringLiteral("case_id"), moved}, {QStringLiteral("kind"), kind},
                               {QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T02:00:00Z")}};
            fields.insert(extra);
            return mine.insert(QStringLiteral("case_event"), {}, fields);
        };
        const QString accepted = event(QStringLiteral("accepted"), {{QStringLiteral("deputy_id"), localDeputy}});
        const QString assigned = event(QStringLiteral("assigned"), {{QStringLiteral("department_id"), streetDepartment},
                                                                     {QStringLiteral("deputy_id"), deputy},
                                                                     {QStringLiteral("deadline"), QStringLiteral("2026-12-11")}});
        const QString photo = mine.attach(moved, QByteArray(4096, 'p'));
        // A neighbour reported the same problem at a later reception: that visit is linked to the case.
        const QString again = mine.insert(QStringLiteral("visit"), {}, {{QStringLiteral("visit_date"), QStringLiteral("2026-11-21")},
                                                                        {QStringLiteral("half_day"), QStringLiteral("pm")},
                                                                        {QStringLiteral("channel"), QStringLiteral("walk_in")}});
        const QString link = mine.insert(QStringLiteral("visit_case"), {}, {{QStringLiteral("visit_id"), again},
                                                                            {QStringLiteral("case_id"), moved},
                                                                            {QStringLiteral("note"), QStringLiteral("邻居也反映")}});
        for (const QString &id : {point, visit, category, onlyHere, department, streetDepartment, deputy, localDeputy, moved,
                                  stays, accepted, assigned, photo, again, link})
            QVERIFY(!id.isEmpty());
        QVERIFY(m_servers.enrol(mine, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(mine));

        // The receiving station has its own category of the same code (another name), a district
        // department of the same name and the same county deputy; no street department or
        // township deputy of those names.
        SyncPc other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        const QString otherCategory = other.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("CJ")},
                                                                                    {QStringLiteral("name"), QStringLiteral("城乡建设")}});
        const QString otherDepartment = other.insert(QStringLiteral("department"), {}, {{QStringLiteral("name"), QStringLiteral("区住建局")},
                                                                                        {QStringLiteral("kind"), QStringLiteral("district")}});
        const QString otherDeputy = other.insert(QStringLiteral("deputy"), {}, {{QStringLiteral("name"), QStringLiteral("李建国")},
                                                                                {QStringLiteral("level"), QStringLiteral("county")},
                                                                                {QStringLiteral("phone"), QStringLiteral("13800000001")}});
        QVERIFY(m_servers.enrol(other, *server, QStringLiteral("station7")));
        QVERIFY(TwoStationServer::syncOk(other));
        SyncPc district(stationId, QLatin1Char('D'), false);
        QVERIFY(m_servers.enrol(district, *server, QStringLiteral("district")));
        QVERIFY(TwoStationServer::syncOk(district));

        // The district moves the case to the other station.
        QVERIFY(district.edit(QStringLiteral("cases"), moved, {{QStringLiteral("station_id"), otherId}}));
        QVERIFY(TwoStationServer::syncOk(district));
        QVERIFY(TwoStationServer::syncOk(other));
        // Meanwhile the old station's PC, not synced yet, adds to the link's note.
        QVERIFY(mine.edit(QStringLiteral("visit_case"), link, {{QStringLiteral("note"), QStringLiteral("邻居也反映，已拍照")}}));
        QVERIFY(TwoStationServer::syncOk(mine));
        QVERIFY(TwoStationServer::syncOk(district));

        // The receiving PC holds the case with references to its own station's rows: the same
        // category code, the department and deputy of the same name; the old station's village
        // point and reception visit are not the case's any more.
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("station_id")).toString(), otherId);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("category_id")).toString(), otherCategory);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("department_id")).toString(), otherDepartment);
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("deputy_id")).toString(), otherDeputy);
        QVERIFY(other.value(QStringLiteral("cases"), moved, QStringLiteral("point_id")).isNull());
        QVERIFY(other.value(QStringLiteral("cases"), moved, QStringLiteral("visit_id")).isNull());
        QCOMPARE(other.value(QStringLiteral("cases"), moved, QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        // Its history and its photo came along; references the receiving station has no row for are cleared.
        for (const QString &id : {accepted, assigned}) {
            QCOMPARE(other.value(QStringLiteral("case_event"), id, QStringLiteral("station_id")).toString(), otherId);
            QCOMPARE(other.value(QStringLiteral("case_event"), id, QStringLiteral("deleted")).toInt(), 0);
        }
        QVERIFY(other.value(QStringLiteral("case_event"), accepted, QStringLiteral("deputy_id")).isNull());
        QCOMPARE(other.value(QStringLiteral("case_event"), assigned, QStringLiteral("deputy_id")).toString(), otherDeputy);
        QVERIFY(other.value(QStringLiteral("case_event"), assigned, QStringLiteral("department_id")).isNull());
        QCOMPARE(other.value(QStringLiteral("case_event"), assigned, QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-11"));
        QCOMPARE(other.value(QStringLiteral("attachment"), photo, QStringLiteral("station_id")).toString(), otherId);
        QCOMPARE(other.value(QStringLiteral("attachment"), photo, QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // The old station's PC dropped the case, its events and photo; its own rows are untouched.
        QCOMPARE(mine.value(QStringLiteral("cases"), moved, QStringLiteral("deleted")).toInt(), 1);
        for (const QString &id : {accepted, assigned})
            QCOMPARE(mine.value(QStringLiteral("case_event"), id, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(mine.value(QStringLiteral("attachment"), photo, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(mine.value(QStringLiteral("cases"), stays, QStringLiteral("category_id")).toString(), onlyHere);
        QCOMPARE(mine.value(QStringLiteral("visit"), visit, QStringLiteral("deleted")).toInt(), 0);
        // The visit that reported it again stays the old station's; its link to the case ended there
        // (decision 34) and never reached the receiving station, whose PCs have no such visit. The
        // note added after the move is refused as out of scope, and listed.
        QCOMPARE(mine.value(QStringLiteral("visit"), again, QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(mine.value(QStringLiteral("visit_case"), link, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(district.value(QStringLiteral("visit_case"), link, QStringLiteral("deleted")).toInt(), 1);
        QVERIFY(other.value(QStringLiteral("visit_case"), link, QStringLiteral("id")).isNull());
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected' AND row_id = '%1' "
                                           "AND last_error LIKE 'out_of_scope:%'")
                                .arg(link)),
                 1);
        // The receiving station learns of it from the case's timeline (decision 43): an event the server
        // wrote at the move, naming the old station, the visit's date and what the visitor added. The
        // district's PC has the same; the old station's PCs never meet it.
        const QString told = QStringLiteral("SELECT id FROM case_event WHERE case_id = '%1' AND kind = 'reported_elsewhere'").arg(moved);
        QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = '%1' AND kind = 'reported_elsewhere'").arg(moved)), 1);
        QSqlQuery toldQuery(other.store().db());
        QVERIFY(toldQuery.exec(told) && toldQuery.next());
        const QString toldId = toldQuery.value(0).toString();
        QCOMPARE(other.value(QStringLiteral("case_event"), toldId, QStringLiteral("station_id")).toString(), otherId);
        QCOMPARE(other.value(QStringLiteral("case_event"), toldId, QStringLiteral("note")).toString(),
                 CaseEventKind::reportedElsewhereNote(QStringLiteral("联络站 330203006"), QStringLiteral("2026-11-21"),
                                                      QStringLiteral("邻居也反映")));
        QCOMPARE(district.row(QStringLiteral("case_event"), toldId), other.row(QStringLiteral("case_event"), toldId));
        QVERIFY(mine.value(QStringLiteral("case_event"), toldId, QStringLiteral("id")).isNull());
        {
            const std::optional<CaseDetails> details = CaseDetailsReader(other.store()).load(moved);
            QVERIFY(details);
            QCOMPARE(details->timeline.size(), 3);
            const CaseDetails::TimelineEntry &last = details->timeline.last();
            QCOMPARE(last.event.kind, CaseEventKind::ReportedElsewhere);
            QCOMPARE(DomainText::caseEventKind(last.event.kind), QStringLiteral("Also reported at another station"));
            const QString words = CaseTimelineModel::detailsText(last);
            // What the visitor added is part of the sentence, not a fact of its own after a semicolon.
            QVERIFY2(words.startsWith(QStringLiteral("A visitor at 联络站 330203006 reported this again on 2026-11-21, before the "
                                                     "case came to this station, and added: 邻居也反映")),
                     qPrintable(words));
            // A step may still be dated before it: it is no step of the case's handling.
            QVERIFY(!CaseEventKind::isStep(last.event.kind));
        }
        {
            CasesPage page(other.store());
            page.resize(1366, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *list = page.findChild<QTableView *>(QStringLiteral("caseListView"));
            QVERIFY(list);
            QTRY_COMPARE(list->model()->rowCount(), 1);
            list->setCurrentIndex(list->model()->index(0, 0));
            auto *timeline = page.findChild<QTableView *>(QStringLiteral("caseTimelineView"));
            QVERIFY(timeline);
            QTRY_COMPARE(timeline->model()->rowCount(), 3);
            QCOMPARE(timeline->model()->index(2, 1).data().toString(), QStringLiteral("Also reported at another station"));
            saveScreenshots(page, QStringLiteral("case-reported-elsewhere"));
        }

        // The district's PC (which made the move) got the fixed row back: it equals the receiving PC's.
        QCOMPARE(district.row(QStringLiteral("cases"), moved), other.row(QStringLiteral("cases"), moved));
        QCOMPARE(district.row(QStringLiteral("case_event"), assigned), other.row(QStringLiteral("case_event"), assigned));

        // A new PC of either station starts from a snapshot that holds together.
        SyncPc secondOther(otherId, QLatin1Char('B'), false, kOtherStationCode);
        QVERIFY(m_servers.enrol(secondOther, *server, QStringLiteral("station7")));
        QVERIFY(TwoStationServer::syncOk(secondOther));
        QCOMPARE(secondOther.row(QStringLiteral("cases"), moved), other.row(QStringLiteral("cases"), moved));
        SyncPc secondMine(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(secondMine, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(secondMine));
        QVERIFY(secondMine.value(QStringLiteral("cases"), moved, QStringLiteral("id")).isNull());
        QCOMPARE(secondMine.value(QStringLiteral("cases"), stays, QStringLiteral("category_id")).toString(), onlyHere);
        // Neither meets the ended link: nothing is kept aside.
        QVERIFY(secondMine.value(QStringLiteral("visit_case"), link, QStringLiteral("id")).isNull());
        QCOMPARE(secondMine.value(QStringLiteral("visit"), again, QStringLiteral("deleted")).toInt(), 0);
        for (SyncPc *c : {&secondMine, &secondOther}) {
            QCOMPARE(HeldRowRepository(c->store().db()).count(), 0);
            QCOMPARE(c->count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        }

        // Nothing else waits or was refused anywhere.
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'done'")), 1);
        for (SyncPc *c : {&other, &district})
            QCOMPARE(c->count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'done'")), 0);
    }

    void rowNamingARecordThisPcLacksIsKeptAsideAndPullsGoOn()
    {
        // A station's case names the other station's category: a row a server before decision 34
        // took (the district's PC lists both stations' categories), written here straight into the
        // server's store, since a push of it is refused now. The station's PC cannot store that row:
        // it used to fail the page at COMMIT and stop every later pull. Now the row is kept aside with
        // why, the rest is stored, later pulls go on, and the row is stored once it names something
        // this PC has.
        const QString stationId = Uuid7::generate();
        const QString otherId = Uuid7::generate();
        auto server = m_servers.start(stationId, otherId);
        QVERIFY(server);
        SyncPc mine(stationId, QLatin1Char('A'), true);
        const QString category = mine.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("CJ")},
                                                                              {QStringLiteral("name"), QStringLiteral("城建")}});
        auto newCase = [&](const QString &no, const QString &title) {
            return mine.insert(QStringLiteral("cases"), {},
                               {{QStringLiteral("case_no"), no}, {QStringLiteral("title"), title},
                                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")},
                                {QStringLiteral("category_id"), category}});
        };
        const QString wrong = newCase(QStringLiteral("330203006-2026-A0001"), QStringLiteral("菜场污水"));
        const QString fine = newCase(QStringLiteral("330203006-2026-A0002"), QStringLiteral("路灯不亮"));
        QVERIFY(!wrong.isEmpty() && !fine.isEmpty());
        QVERIFY(m_servers.enrol(mine, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(mine));
        SyncPc other(otherId, QLatin1Char('A'), true, kOtherStationCode);
        const QString foreign = other.insert(QStringLiteral("category"), {}, {{QStringLiteral("code"), QStringLiteral("NY")},
                                                                              {QStringLiteral("name"), QStringLiteral("农业")}});
        QVERIFY(m_servers.enrol(other, *server, QStringLiteral("station7")));
        QVERIFY(TwoStationServer::syncOk(other));
        SyncPc district(stationId, QLatin1Char('D'), false);
        QVERIFY(m_servers.enrol(district, *server, QStringLiteral("district")));
        QVERIFY(TwoStationServer::syncOk(district));

        // Before: nothing crosses stations (the moved-case test's ended links, in no station, aside).
        QString error;
        QString crossing = server->admin({QStringLiteral("cross-station")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(crossing.contains(QStringLiteral("\n0 rows name a row of another station")), qPrintable(crossing));
        QVERIFY(m_servers.writeLegacyChange(*server, QStringLiteral("cases"), wrong,
                                            {{QStringLiteral("category_id"), foreign},
                                             {QStringLiteral("location"), QStringLiteral("南门菜场")}}));
        // The administrator's listing names the row, its column, and the row of the other station
        // (decision 44).
        crossing = server->admin({QStringLiteral("cross-station")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(crossing.contains(QStringLiteral("cases\t%1\t%2\tcategory_id\tcategory\t%3\t%4\n").arg(wrong, stationId, foreign, otherId)),
                 qPrintable(crossing));
        QVERIFY2(crossing.contains(QStringLiteral("\n1 rows name a row of another station")), qPrintable(crossing));
        QVERIFY(district.edit(QStringLiteral("cases"), fine, {{QStringLiteral("location"), QStringLiteral("白云村口")}}));
        QVERIFY(TwoStationServer::syncOk(district));
        QVERIFY(TwoStationServer::syncOk(mine));
        QVERIFY(TwoStationServer::syncOk(mine)); // and again: nothing stops on the same page
        QCOMPARE(mine.value(QStringLiteral("cases"), fine, QStringLiteral("location")).toString(), QStringLiteral("白云村口"));
        QCOMPARE(mine.value(QStringLiteral("cases"), wrong, QStringLiteral("category_id")).toString(), category);
        QCOMPARE(mine.value(QStringLiteral("cases"), wrong, QStringLiteral("location")).toString(), QString());
        const QList<HeldRow> held = HeldRowRepository(mine.store().db()).all();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().row.table, QStringLiteral("cases"));
        QCOMPARE(held.first().row.row.value(QStringLiteral("id")).toString(), wrong);
        QCOMPARE(held.first().refTable, QStringLiteral("category"));
        QCOMPARE(held.first().refId, foreign);
        QCOMPARE(held.first().refColumn, QStringLiteral("category_id"));
        QCOMPARE(mine.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // A second PC of the station bootstraps now: its pages come in the compact form, which binds
        // rows straight from the page; a page with the row that names the other station's category
        // is stored again through the object form, which keeps that row aside too.
        SyncPc second(stationId, QLatin1Char('B'), false);
        QVERIFY(m_servers.enrol(second, *server, QStringLiteral("station6")));
        QVERIFY(TwoStationServer::syncOk(second));
        QCOMPARE(second.value(QStringLiteral("cases"), fine, QStringLiteral("location")).toString(), QStringLiteral("白云村口"));
        QCOMPARE(HeldRowRepository(second.store().db()).count(), 1);
        QCOMPARE(second.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // Later changes still arrive; the district puts the category right and the kept row's
        // newer version is stored: nothing stays aside.
        QVERIFY(district.edit(QStringLiteral("cases"), fine, {{QStringLiteral("title"), QStringLiteral("路灯不亮（3盏）")}}));
        QVERIFY(TwoStationServer::syncOk(district));
        QVERIFY(TwoStationServer::syncOk(mine));
        QCOMPARE(mine.value(QStringLiteral("cases"), fine, QStringLiteral("title")).toString(), QStringLiteral("路灯不亮（3盏）"));
        QCOMPARE(HeldRowRepository(mine.store().db()).count(), 1);
        QVERIFY(district.edit(QStringLiteral("cases"), wrong, {{QStringLiteral("category_id"), category}}));
        QVERIFY(TwoStationServer::syncOk(district));
        QVERIFY(TwoStationServer::syncOk(mine));
        QCOMPARE(HeldRowRepository(mine.store().db()).count(), 0);
        QCOMPARE(mine.value(QStringLiteral("cases"), wrong, QStringLiteral("category_id")).toString(), category);
        QCOMPARE(mine.value(QStringLiteral("cases"), wrong, QStringLiteral("location")).toString(), QStringLiteral("南门菜场"));
    }
};

QTEST_MAIN(tst_SyncMovedCase)
#include "tst_syncmovedcase.moc"
