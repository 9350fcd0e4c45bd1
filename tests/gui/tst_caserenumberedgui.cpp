// A case renumbered after the server refused its number (server/README.md decision 25), as staff meet it
// on the cases page: the citizen comes back with the old number from the receipt, staff type it into the
// search box, the list shows the case under its new number, and its timeline says "Number changed from X
// to Y"; a duplicate merged into the case before the renumbering shows one merge, naming the new number,
// and links to the case. ZT_SCREENSHOT_DIR=/tmp/shots saves the page in Chinese and English.

#include "../unit/TestStore.h"
#include "Screenshots.h"

#include "cases/CasesPage.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/CaseRecord.h"
#include "i18n/TranslationLoader.h"
#include "models/CaseListModel.h"
#include "storage/CaseRenumbering.h"
#include "storage/CaseRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkingDayCalendar.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {

QDateTime local(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

QString registerCase(Store &store, const QString &title)
{
    WriteTransaction tx(store);
    CaseRecord c;
    c.title = title;
    c.citizenName = QStringLiteral("李大伯");
    c.registeredOn = Clock::today();
    if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
        return {};
    return c.id;
}

// The server refused the case's insert (another PC's case has its number, as SyncClient records it),
// and the next day this PC renumbers it; then the other PC's case, pulled since, holds the old
// number. Returns the case's new number, empty when a step failed.
QString renumberAfterRefusal(test::TestStore &ts, const QString &caseId, const QString &oldNo)
{
    QSqlQuery q(ts->db());
    if (!q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = 'duplicate_case_no' "
                               "WHERE tbl = 'cases' AND op = 'insert' AND row_id = '%1'")
                    .arg(caseId)))
        return {};
    Clock::setFixedNow(local(QDate(2026, 11, 27), 10));
    if (!CaseRenumbering(ts.store()).settleRefusals().ok())
        return {};
    WriteTransaction tx(ts.store());
    if (!tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                   {{QStringLiteral("station_id"), ts.stationId()},
                    {QStringLiteral("case_no"), oldNo},
                    {QStringLiteral("title"), QStringLiteral("菜场门口积水")},
                    {QStringLiteral("channel"), QStringLiteral("walk_in")},
                    {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                    {QStringLiteral("registered_on"), QStringLiteral("2026-11-26")}})
        || !tx.commit())
        return {};
    return CaseRepository(ts.store()).find(caseId)->caseNo;
}

// The page on a 1366-wide screen, as at the station's desk.
bool shownAtDeskSize(QWidget &page)
{
    page.resize(1366, 700);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

// What both tests start from: English on screen, a station's store whose first case (registered
// 2026-11-26 09:00) is not the one the server refuses.
struct RenumberScene
{
    TranslationLoader translations;
    test::TestStore ts;
    bool ready = false;
    RenumberScene()
    {
        Clock::setFixedNow(local(QDate(2026, 11, 26), 9));
        ready = translations.setLanguage(TranslationLoader::English)
            && !registerCase(ts.store(), QStringLiteral("楼道堆物影响通行")).isEmpty();
    }
};

} // namespace

class tst_CaseRenumberedGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Saved filters live in the user's settings: keep the test's away from a real user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zhitongche-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_caserenumberedgui"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void cleanup() { Clock::setFixedNow({}); }

    void searchByTheOldNumberShowsTheNewOne()
    {
        RenumberScene scene;
        QVERIFY(scene.ready);
        test::TestStore &ts = scene.ts;
        const QString renumbered = registerCase(ts.store(), QStringLiteral("小区路灯不亮"));
        const QString oldNo = CaseRepository(ts.store()).find(renumbered)->caseNo;
        const QString newNo = renumberAfterRefusal(ts, renumbered, oldNo);
        QVERIFY(!newNo.isEmpty() && newNo != oldNo);

        CasesPage page(ts.store());
        QVERIFY(shownAtDeskSize(page));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("caseSearchLineEdit"));
        auto *list = page.findChild<QTableView *>(QStringLiteral("caseListView"));
        QVERIFY(search && list);
        QTRY_COMPARE(list->model()->rowCount(), 3);

        // The number from the receipt, as typed at the desk.
        search->setFocus();
        QTest::keyClicks(search, oldNo);
        QTest::keyClick(search, Qt::Key_Return);
        // The case that has the number now, and the one that had it, each under its number now.
        QTRY_COMPARE(list->model()->rowCount(), 2);
        int row = -1;
        QStringList shown;
        for (int r = 0; r < 2; ++r) {
            shown << list->model()->index(r, CaseListModel::Number).data().toString() + QLatin1Char(' ')
                         + list->model()->index(r, CaseListModel::Title).data().toString();
            if (list->model()->index(r, CaseListModel::Number).data().toString() == newNo)
                row = r;
        }
        shown.sort();
        QCOMPARE(shown, (QStringList{oldNo + QStringLiteral(" 菜场门口积水"), newNo + QStringLiteral(" 小区路灯不亮")}));

        // Opened, its timeline says from which number to which.
        list->setCurrentIndex(list->model()->index(row, 0));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("caseNumberLabel"))->text().startsWith(newNo));
        auto *timeline = page.findChild<QTableView *>(QStringLiteral("caseTimelineView"));
        QVERIFY(timeline);
        QCOMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(timeline->model()->index(1, 1).data().toString(), QStringLiteral("Case number changed"));
        const QString details = timeline->model()->index(1, 2).data().toString();
        QVERIFY2(details.startsWith(QStringLiteral("Number changed from %1 to %2").arg(oldNo, newNo)), qPrintable(details));
        test::saveScreenshots(page, QStringLiteral("case-renumbered"));

        // The whole current number finds the case too; a number no case ever had finds none.
        search->clear();
        QTest::keyClicks(search, newNo);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, CaseListModel::Number).data().toString(), newNo);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("330203006-2026-A0999"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(list->model()->rowCount(), 0);
    }

    // A second report of the problem was merged into the case before the server refused its number; the
    // other PC's case has the old number now. The duplicate's timeline shows one merge, naming the new
    // number, and its related cases the renumbered case, not the other PC's (decision 25 (4)).
    void mergedDuplicateFollowsTheNewNumber()
    {
        RenumberScene scene;
        QVERIFY(scene.ready);
        test::TestStore &ts = scene.ts;
        const QString renumbered = registerCase(ts.store(), QStringLiteral("小区路灯不亮"));
        const QString duplicate = registerCase(ts.store(), QStringLiteral("小区路灯又坏了"));
        const QString duplicateNo = CaseRepository(ts.store()).find(duplicate)->caseNo;
        const QString oldNo = CaseRepository(ts.store()).find(renumbered)->caseNo;
        Clock::setFixedNow(local(QDate(2026, 11, 26), 11));
        QVERIFY(CaseWorkflow(ts.store(), WorkingDayCalendar::fromResource()).mergeInto(duplicate, renumbered).ok());
        const QString newNo = renumberAfterRefusal(ts, renumbered, oldNo);
        QVERIFY(!newNo.isEmpty() && newNo != oldNo);

        CasesPage page(ts.store());
        QVERIFY(shownAtDeskSize(page));
        auto *list = page.findChild<QTableView *>(QStringLiteral("caseListView"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 4);
        int row = -1;
        for (int r = 0; r < 4; ++r)
            if (list->model()->index(r, CaseListModel::Number).data().toString() == duplicateNo)
                row = r;
        QVERIFY(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("caseNumberLabel"))->text().startsWith(duplicateNo));
        auto *timeline = page.findChild<QTableView *>(QStringLiteral("caseTimelineView"));
        QVERIFY(timeline);
        QCOMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(timeline->model()->index(1, 1).data().toString(), QStringLiteral("Merged"));
        const QString details = timeline->model()->index(1, 2).data().toString();
        QVERIFY2(details.startsWith(newNo), qPrintable(details));
        auto *related = page.findChild<QListWidget *>(QStringLiteral("relatedCasesListWidget"));
        QVERIFY(related);
        QCOMPARE(related->count(), 1);
        QVERIFY2(related->item(0)->text().startsWith(QStringLiteral("Merged into · %1 · 小区路灯不亮").arg(newNo)),
                 qPrintable(related->item(0)->text()));
        test::saveScreenshots(page, QStringLiteral("case-merged-renumbered"));
    }
};

QTEST_MAIN(tst_CaseRenumberedGui)
#include "tst_caserenumberedgui.moc"
