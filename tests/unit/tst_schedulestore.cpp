// The reception schedule kept in the store: rules saved through the write path, the 2026 sessions
// they give on the real holiday calendar of the store, and attendance marked after the day.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "schedule/ReceptionSchedule.h"
#include "storage/DeputyRepository.h"
#include "storage/DutyRecordQuery.h"

#include <QTest>

using namespace zt;
using zt::test::TestStore;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QString addDeputy(TestStore &ts, const QString &name, const QString &level)
{
    Deputy dep;
    dep.name = name;
    dep.level = level;
    WriteTransaction tx(ts.store());
    if (!DeputyRepository(ts.store()).insert(tx, dep) || !tx.commit())
        qFatal("cannot add deputy");
    return dep.id;
}

StoredReceptionRule rule(const QString &title, const QString &text)
{
    StoredReceptionRule r;
    r.title = title;
    r.ruleText = text;
    return r;
}

QList<QDate> datesOf(const QList<ReceptionDay> &days, const QString &ruleId)
{
    QList<QDate> out;
    for (const ReceptionDay &day : days)
        if (day.ruleId == ruleId)
            out << day.session.date;
    return out;
}

} // namespace

class TestScheduleStore : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixedNow({}); }

    void rulesAreStoredSyncedAndSurviveAReopen()
    {
        TestStore ts;
        ReceptionSchedule schedule(ts.store());
        // Typed loosely (Chinese half-day, keys in any order); stored in the canonical form.
        auto saved = schedule.saveRule(rule(QStringLiteral("区人大代表接待日"),
                                            QStringLiteral("monthly day=周四 weeks=4,2 half=下午 per=2 "
                                                           "deputies=a,b,c from=2026-01-01")));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QVERIFY(!saved->id.isEmpty());
        QCOMPARE(saved->ruleText, QStringLiteral("monthly weeks=2,4 day=thu half=pm deputies=a,b,c per=2 holiday=next "
                                                 "from=2026-01-01"));
        auto second = schedule.saveRule(rule(QString(), QStringLiteral("once date=2026-08-20 topic=开学 tags=教育")));
        QVERIFY(second);
        QCOMPARE(second->sortOrder, saved->sortOrder + 1);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'reception_rule'")), 2);

        ts.reopen();
        const QList<StoredReceptionRule> rules = ReceptionSchedule(ts.store()).rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).title, QStringLiteral("区人大代表接待日"));
        QCOMPARE(rules.at(0).ruleText, saved->ruleText);
        QCOMPARE(rules.at(1).id, second->id);

        QVERIFY(ReceptionSchedule(ts.store()).removeRule(second->id));
        QCOMPARE(ReceptionSchedule(ts.store()).rules().size(), 1);
    }

    void aBadRuleIsRefusedAndNothingIsStored()
    {
        TestStore ts;
        ReceptionSchedule schedule(ts.store());
        auto saved = schedule.saveRule(rule(QStringLiteral("x"), QStringLiteral("monthly weeks=9 day=thu from=2026-01-01")));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QStringLiteral("schedule.bad_rule"));
        QVERIFY(saved.error().message.contains(QStringLiteral("9")));
        QCOMPARE(ts.count(QStringLiteral("reception_rule")), 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'reception_rule'")), 0);
    }

    // The rules of the issue over 2026, on the holiday calendar the store loaded.
    void year2026OnTheRealHolidays()
    {
        TestStore ts;
        ReceptionSchedule schedule(ts.store());
        const QString district =
            schedule.saveRule(rule(QStringLiteral("区人大代表接待日"),
                                   QStringLiteral("monthly weeks=2,4 day=thu half=pm deputies=d1,d2,d3,d4,d5 per=2 "
                                                  "from=2026-01-01 until=2026-12-31")))->id;
        // A village point on the 1st and 3rd Thursday morning: meets 元旦, 春节 and 国庆 in 2026.
        const QString village =
            schedule.saveRule(rule(QStringLiteral("联络点接待日"),
                                   QStringLiteral("monthly weeks=1,3 day=thu half=am deputies=v1 from=2026-01-01 "
                                                  "until=2026-12-31 holiday=next")))->id;
        const QString skipping =
            schedule.saveRule(rule(QStringLiteral("skip"),
                                   QStringLiteral("monthly weeks=1,3 day=thu half=pm deputies=s1 from=2026-01-01 "
                                                  "until=2026-12-31 holiday=skip")))->id;
        const QString leaders =
            schedule.saveRule(rule(QString(), QStringLiteral("leaders weeks=1 day=mon half=am deputies=L1,L2,L3 per=1 "
                                                             "from=2026-01-01 until=2026-12-31")))->id;
        const QString themed =
            schedule.saveRule(rule(QString(), QStringLiteral("once date=2026-08-20 half=pm topic=开学前心理辅导 "
                                                             "tags=教育,心理 deputies=e1,e2")))->id;
        // An appointment with a provincial deputy booked inside the National Day holiday moves after it.
        const QString appointment =
            schedule.saveRule(rule(QString(), QStringLiteral("once date=2026-10-03 half=am deputies=p1")))->id;

        const QList<ReceptionDay> year = schedule.days(d(2026, 1, 1), d(2026, 12, 31));

        // 2nd and 4th Thursdays never hit a holiday in 2026: 24 sessions, in pairs.
        const QList<QDate> districtDates = datesOf(year, district);
        QCOMPARE(districtDates.size(), 24);
        QCOMPARE(districtDates.mid(0, 4), (QList<QDate>{d(2026, 1, 8), d(2026, 1, 22), d(2026, 2, 12), d(2026, 2, 26)}));
        QCOMPARE(districtDates.mid(18, 2), (QList<QDate>{d(2026, 10, 8), d(2026, 10, 22)}));

        // 1st/3rd Thursdays: 元旦 Jan 1 -> Sunday Jan 4 (a make-up working day), 春节 Feb 19 -> Tue Feb 24,
        // 国庆 Oct 1 -> Thu Oct 8.
        const QList<QDate> villageDates = datesOf(year, village);
        QCOMPARE(villageDates.size(), 24);
        QCOMPARE(villageDates.first(), d(2026, 1, 4));
        QVERIFY(villageDates.contains(d(2026, 2, 24)));
        QVERIFY(!villageDates.contains(d(2026, 2, 19)));
        QVERIFY(villageDates.contains(d(2026, 10, 8)));
        QVERIFY(!villageDates.contains(d(2026, 10, 1)));
        for (const ReceptionDay &day : year) {
            if (day.ruleId == village && day.session.date == d(2026, 2, 24)) {
                QCOMPARE(day.session.movedFrom, d(2026, 2, 19));
                QCOMPARE(day.session.holidayName, QStringLiteral("春节"));
                QCOMPARE(day.title, QStringLiteral("联络点接待日"));
            }
        }

        // The same pattern with holiday=skip drops those three days.
        const QList<QDate> skipped = datesOf(year, skipping);
        QCOMPARE(skipped.size(), 21);
        QCOMPARE(skipped.first(), d(2026, 1, 15));
        QVERIFY(!skipped.contains(d(2026, 2, 24)));

        // Leaders: first Monday, one leader a month; Apr 6 is 清明 -> Tue Apr 7, the April leader is L1 again.
        QList<ReceptionDay> leaderDays;
        for (const ReceptionDay &day : year)
            if (day.ruleId == leaders)
                leaderDays << day;
        QCOMPARE(leaderDays.size(), 12);
        QCOMPARE(leaderDays.at(0).session.date, d(2026, 1, 5));
        QCOMPARE(leaderDays.at(0).session.deputyIds, QStringList{QStringLiteral("L1")});
        QCOMPARE(leaderDays.at(1).session.deputyIds, QStringList{QStringLiteral("L2")});
        QCOMPARE(leaderDays.at(3).session.date, d(2026, 4, 7));
        QCOMPARE(leaderDays.at(3).session.deputyIds, QStringList{QStringLiteral("L1")});
        QCOMPARE(leaderDays.at(3).kind, ReceptionRule::LeaderRotation);

        QCOMPARE(datesOf(year, themed), QList<QDate>{d(2026, 8, 20)});
        QCOMPARE(datesOf(year, appointment), QList<QDate>{d(2026, 10, 8)});
        // The appointment lands on the village point's moved Thursday morning: both are kept, flagged.
        for (const ReceptionDay &day : year) {
            if (day.session.date == d(2026, 10, 8) && day.session.halfDay == HalfDay::Morning)
                QVERIFY(day.session.clashing);
        }

        // An inactive rule gives no sessions.
        StoredReceptionRule off = schedule.rules().at(2);
        off.active = false;
        QVERIFY(schedule.saveRule(off));
        QVERIFY(datesOf(schedule.days(d(2026, 1, 1), d(2026, 12, 31)), skipping).isEmpty());
    }

    void titlesNameTheKindWhenEmpty()
    {
        TestStore ts;
        ReceptionSchedule schedule(ts.store());
        QVERIFY(schedule.saveRule(rule(QString(), QStringLiteral("once date=2026-08-20 topic=开学"))));
        QVERIFY(schedule.saveRule(rule(QString(), QStringLiteral("once date=2026-08-21"))));
        const QList<ReceptionDay> days = schedule.days(d(2026, 8, 1), d(2026, 8, 31));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).title, QStringLiteral("Themed reception"));
        QCOMPARE(days.at(0).topic, QStringLiteral("开学"));
        QCOMPARE(days.at(1).title, QStringLiteral("Reception by appointment"));
    }

    void attendanceIsMarkedAfterTheDayAndFeedsTheDutyRecord()
    {
        TestStore ts;
        const QString a = addDeputy(ts, QStringLiteral("王建国"), DeputyLevel::County);
        const QString b = addDeputy(ts, QStringLiteral("李敏"), DeputyLevel::County);
        ReceptionSchedule schedule(ts.store());
        const QString ruleId =
            schedule.saveRule(rule(QString(), QStringLiteral("monthly weeks=2,4 day=thu deputies=%1,%2 from=2026-01-01")
                                                  .arg(a, b)))->id;
        Clock::setFixedNow(QDateTime(d(2026, 1, 22), QTime(8, 0), Qt::UTC));

        const auto day = schedule.dayAt(d(2026, 1, 8), HalfDay::Afternoon);
        QVERIFY(day);
        QCOMPARE(day->session.deputyIds, (QStringList{a, b}));

        QVERIFY(schedule.markAttendance(d(2026, 1, 8), HalfDay::Afternoon, ruleId,
                                        {{a, AttendanceStatus::Attended}, {b, AttendanceStatus::Absent}}));
        // The afternoon of the 22nd: today counts as "after the day has begun".
        QVERIFY(schedule.markAttendance(d(2026, 1, 22), HalfDay::Afternoon, ruleId, {{a, AttendanceStatus::Attended}}));
        const Status early = schedule.markAttendance(d(2026, 2, 12), HalfDay::Afternoon, ruleId,
                                                     {{a, AttendanceStatus::Attended}});
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("schedule.future_attendance"));

        QCOMPARE(DutyRecordQuery(ts.store()).compute(b).receptionsMissed, 1);
        // Corrected: b came late after all. The mark is updated, not doubled.
        QVERIFY(schedule.markAttendance(d(2026, 1, 8), HalfDay::Afternoon, ruleId, {{b, AttendanceStatus::Attended}}));
        QCOMPARE(ts.count(QStringLiteral("reception_attendance")), 3);
        QCOMPARE(schedule.attendance(d(2026, 1, 8), HalfDay::Afternoon).value(b), AttendanceStatus::Attended);

        const DutyRecord ra = DutyRecordQuery(ts.store()).compute(a);
        QCOMPARE(ra.receptionsAttended, 2);
        QCOMPARE(ra.attendedDays, (QList<QDate>{d(2026, 1, 22), d(2026, 1, 8)}));
        const DutyRecord rb = DutyRecordQuery(ts.store()).compute(b);
        QCOMPARE(rb.receptionsAttended, 1);
        QCOMPARE(rb.receptionsMissed, 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'reception_attendance'")), 4);
    }
};

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"
