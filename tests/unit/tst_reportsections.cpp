// What the monthly report prints besides the figures, as stored: notable cases picked for a month and
// the activities the deputies held. Each write is a synced row with its outbox mutation, survives a
// restart, and bad input is refused with a stable code before anything is written.

#include "StatsFixture.h"
#include "TestStore.h"

#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "domain/User.h"
#include "security/AccessPolicy.h"
#include "storage/UserRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/NotableCaseRepository.h"
#include "storage/WriteTransaction.h"

#include <QTest>

using namespace zt;
using namespace zt::test;

class TestReportSections : public QObject
{
    Q_OBJECT

private slots:
    void notableCasesArePickedPerMonthAndSurviveARestart()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const QString c7 = fx.cases.value(QStringLiteral("c7"));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'notable_case'"));
        {
            NotableCaseRepository notable(ts.store());
            QVERIFY(notable.mark(c7, QStringLiteral("2026-10")).ok());
            QVERIFY(notable.mark(c7, QStringLiteral("2026-10")).ok()); // twice is once
            QCOMPARE(ts.count(QStringLiteral("notable_case"), QStringLiteral("deleted = 0 AND case_id = '%1'").arg(c7)), 1);
            QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'notable_case'")), outboxBefore + 1);
            // By the end of its number, as people say it; and a number nobody has.
            QVERIFY(notable.markByNumber(QStringLiteral("a0006"), QStringLiteral("2026-10")).ok());
            const Status missing = notable.markByNumber(QStringLiteral("A0999"), QStringLiteral("2026-10"));
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().code, QStringLiteral("notable.no_case"));
            QVERIFY(!notable.mark(c7, QStringLiteral("October")).ok());
        }
        ts.reopen();
        NotableCaseRepository notable(ts.store());
        QCOMPARE(notable.periodsOf(c7), QStringList{QStringLiteral("2026-10")});
        QStringList titles;
        for (const NotableCaseLine &l : notable.lines(QStringLiteral("2026-10"), QStringLiteral("2026-10")))
            titles << l.title;
        // By number: c1 (A0001), c4, c6, c7 (picked in the fixture and here).
        QCOMPARE(titles, (QStringList{QStringLiteral("问题c1"), QStringLiteral("问题c4"), QStringLiteral("问题c6"),
                                      QStringLiteral("问题c7")}));
        QCOMPARE(notable.lines(QStringLiteral("2026-10"), QStringLiteral("2026-10")).at(0).community, QStringLiteral("云乐社区"));
        QVERIFY(notable.unmark(c7, QStringLiteral("2026-10")).ok());
        QVERIFY(notable.periodsOf(c7).isEmpty());
        QCOMPARE(notable.lines(QStringLiteral("2026-10"), QStringLiteral("2026-10")).size(), 3);
        // A removal is a tombstone that syncs.
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'notable_case'")), outboxBefore + 3);
    }

    void activitiesWithTheirDeputies()
    {
        TestStore ts;
        StatsFixture fx(ts);
        ActivityRepository repository(ts.store());
        Activity a;
        a.heldOn = QDate(2026, 11, 2);
        a.kind = QStringLiteral("study_day");
        a.title = QStringLiteral("  11月代表学习日 ");
        a.participants = 18;
        a.deputyIds = {fx.deputy1, fx.deputy3};
        QVERIFY(repository.saveActivity(a).ok());
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(ts.count(QStringLiteral("station_activity_deputy"), QStringLiteral("deleted = 0 AND activity_id = '%1'").arg(a.id)), 2);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl IN ('station_activity', 'station_activity_deputy') "
                                                                        "AND row_id IN (SELECT id FROM station_activity WHERE title = '11月代表学习日') ")),
                 1);

        // Edit: one deputy off, another on; the row keeps its id.
        a.deputyIds = {fx.deputy3, fx.deputy2};
        a.participants = 20;
        QVERIFY(repository.saveActivity(a).ok());
        ts.reopen();
        ActivityRepository reopened(ts.store());
        const QList<Activity> november = reopened.listBetween(ts.stationId(), QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(november.size(), 1);
        QCOMPARE(november.at(0).title, QStringLiteral("11月代表学习日"));
        QCOMPARE(november.at(0).participants, 20);
        QCOMPARE(november.at(0).deputyNames, (QStringList{QStringLiteral("李秀英"), QStringLiteral("陈明")}));

        // Refused before anything is written.
        Activity bad;
        bad.kind = QStringLiteral("party");
        bad.title = QStringLiteral("x");
        bad.heldOn = QDate(2026, 11, 3);
        QCOMPARE(reopened.saveActivity(bad).error().code, QStringLiteral("activity.bad_kind"));
        bad.kind = QStringLiteral("survey");
        bad.title = QStringLiteral("  ");
        QCOMPARE(reopened.saveActivity(bad).error().code, QStringLiteral("activity.no_title"));
        bad.title = QStringLiteral("调研");
        bad.heldOn = QDate();
        QCOMPARE(reopened.saveActivity(bad).error().code, QStringLiteral("activity.no_date"));
        QCOMPARE(ts.count(QStringLiteral("station_activity"), QStringLiteral("title = '调研'")), 0);

        // Removed: gone from the list, tombstones (with the deputy rows) to sync.
        QVERIFY(reopened.removeActivity(a.id).ok());
        QVERIFY(reopened.listBetween(ts.stationId(), QDate(2026, 11, 1), QDate(2026, 11, 30)).isEmpty());
        QCOMPARE(ts.count(QStringLiteral("station_activity_deputy"), QStringLiteral("deleted = 0 AND activity_id = '%1'").arg(a.id)), 0);
        // The fixture's October activities are still there.
        QCOMPARE(reopened.listBetween(ts.stationId(), QDate(2026, 10, 1), QDate(2026, 10, 31)).size(), 2);
    }

    // Recording activities and picking notable cases is the station's own record: each role as the policy
    // says, a refusal says who may, and nothing is written.
    void writesCheckTheSignedInUsersRole()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const QString c7 = fx.cases.value(QStringLiteral("c7"));
        QVERIFY(!AccessPolicy::allows(Role::DistrictOfficer, Permission::RecordVisits));
        QVERIFY(!AccessPolicy::allows(Role::Administrator, Permission::RecordVisits));
        for (const QString &role : Role::all()) {
            User u;
            u.username = role;
            u.displayName = role;
            u.role = role;
            u.passwordHash = QStringLiteral("$argon2id$not-used-here");
            {
                WriteTransaction tx(ts.store());
                QVERIFY(UserRepository(ts.store()).insert(tx, u).ok());
                QVERIFY(tx.commit().ok());
            }
            ts->setCurrentUserId(u.id);
            const bool may = AccessPolicy::allows(role, Permission::RecordVisits);
            const int activities = ts.count(QStringLiteral("station_activity"), QStringLiteral("deleted = 0"));
            const int notables = ts.count(QStringLiteral("notable_case"), QStringLiteral("deleted = 0"));

            Activity a;
            a.heldOn = QDate(2026, 11, 3);
            a.kind = QStringLiteral("study_day");
            a.title = QStringLiteral("学习日 ") + role;
            const Status saved = ActivityRepository(ts.store()).saveActivity(a);
            const Status marked = NotableCaseRepository(ts.store()).mark(c7, QStringLiteral("2026-11"));
            const Status byNumber = NotableCaseRepository(ts.store()).markByNumber(QStringLiteral("A0007"), QStringLiteral("2026-11")); // c7 again: once
            for (const Status &s : {saved, marked, byNumber}) {
                QVERIFY2(s.ok() == may, qPrintable(role));
                if (!may) {
                    QCOMPARE(s.error().code, QStringLiteral("access.denied"));
                    QVERIFY(!s.error().message.isEmpty());
                }
            }
            QCOMPARE(ts.count(QStringLiteral("station_activity"), QStringLiteral("deleted = 0")), activities + (may ? 1 : 0));
            QCOMPARE(ts.count(QStringLiteral("notable_case"), QStringLiteral("deleted = 0")), notables + (may ? 1 : 0));
            if (may) {
                QVERIFY(NotableCaseRepository(ts.store()).unmark(c7).ok());
                QVERIFY(ActivityRepository(ts.store()).removeActivity(a.id).ok());
            } else {
                // Taking a pick off or removing an activity is refused the same way (the fixture's own rows).
                QCOMPARE(NotableCaseRepository(ts.store()).unmark(fx.cases.value(QStringLiteral("c1"))).error().code,
                         QStringLiteral("access.denied"));
                const QString existing = ActivityRepository(ts.store()).listBetween(ts.stationId(), QDate(2026, 10, 1), QDate(2026, 10, 31)).value(0).id;
                QVERIFY(!existing.isEmpty());
                QCOMPARE(ActivityRepository(ts.store()).removeActivity(existing).error().code, QStringLiteral("access.denied"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportSections)
#include "tst_reportsections.moc"
