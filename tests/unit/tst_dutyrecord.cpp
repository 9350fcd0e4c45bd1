// A deputy's duty record (履职记录) computed from station work, against values counted by hand.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "schedule/ReceptionSchedule.h"
#include "storage/DeputyRepository.h"
#include "storage/DutyRecordQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;
using zt::test::TestStore;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

class Fixture
{
public:
    explicit Fixture(TestStore &ts) : m_ts(ts) {}

    QString deputy(const QString &name)
    {
        Deputy dep;
        dep.name = name;
        dep.level = DeputyLevel::County;
        WriteTransaction tx(m_ts.store());
        if (!DeputyRepository(m_ts.store()).insert(tx, dep) || !tx.commit())
            qFatal("cannot add deputy");
        return dep.id;
    }

    // A visit on that day received by the deputies, with `people` visitors; cancelled when asked.
    QString visit(QDate day, const QStringList &deputies, int people = 1, bool cancelled = false)
    {
        WriteTransaction tx(m_ts.store());
        const QString id = Uuid7::generate();
        check(tx.insert(QStringLiteral("visit"), id,
                        {{QStringLiteral("station_id"), m_ts.stationId()},
                         {QStringLiteral("visit_date"), day.toString(Qt::ISODate)},
                         {QStringLiteral("half_day"), HalfDay::Afternoon},
                         {QStringLiteral("channel"), Channel::WalkIn},
                         {QStringLiteral("visitor_count"), people},
                         {QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("active")}}));
        for (const QString &dep : deputies)
            check(tx.insert(QStringLiteral("visit_deputy"), Uuid7::generate(),
                            {{QStringLiteral("station_id"), m_ts.stationId()},
                             {QStringLiteral("visit_id"), id},
                             {QStringLiteral("deputy_id"), dep}}));
        check(tx.commit());
        return id;
    }

    void unlink(const QString &visitId, const QString &deputyId)
    {
        QSqlQuery q(m_ts.store().db());
        q.prepare(QStringLiteral("SELECT id FROM visit_deputy WHERE visit_id = ? AND deputy_id = ?"));
        q.addBindValue(visitId);
        q.addBindValue(deputyId);
        if (!q.exec() || !q.next())
            qFatal("no link");
        WriteTransaction tx(m_ts.store());
        check(tx.markDeleted(QStringLiteral("visit_deputy"), q.value(0).toString()));
        check(tx.commit());
    }

    void kase(QDate registered, const QString &deputyId, const QString &status, const QString &satisfaction = {})
    {
        WriteTransaction tx(m_ts.store());
        check(tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                        {{QStringLiteral("station_id"), m_ts.stationId()},
                         {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(++m_serial, 4, 10, QLatin1Char('0'))},
                         {QStringLiteral("title"), QStringLiteral("问题")},
                         {QStringLiteral("channel"), Channel::WalkIn},
                         {QStringLiteral("deputy_id"), deputyId},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("satisfaction"), satisfaction},
                         {QStringLiteral("registered_on"), registered.toString(Qt::ISODate)}}));
        check(tx.commit());
    }

private:
    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    TestStore &m_ts;
    int m_serial = 0;
};

} // namespace

class TestDutyRecord : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixedNow({}); }

    void countsStationWorkByHand()
    {
        TestStore ts;
        Fixture f(ts);
        const QString wang = f.deputy(QStringLiteral("王建国"));
        const QString li = f.deputy(QStringLiteral("李敏"));
        Clock::setFixedNow(QDateTime(d(2026, 6, 30), QTime(8, 0), Qt::UTC));

        ReceptionSchedule schedule(ts.store());
        // Wang: Jan 8 came, Jan 22 absent, Feb 12 came as a substitute, Mar 12 morning and afternoon came.
        QVERIFY(schedule.markAttendance(d(2026, 1, 8), HalfDay::Afternoon, {}, {{wang, AttendanceStatus::Attended},
                                                                              {li, AttendanceStatus::Attended}}));
        QVERIFY(schedule.markAttendance(d(2026, 1, 22), HalfDay::Afternoon, {}, {{wang, AttendanceStatus::Absent}}));
        QVERIFY(schedule.markAttendance(d(2026, 2, 12), HalfDay::Afternoon, {}, {{wang, AttendanceStatus::Substitute}}));
        QVERIFY(schedule.markAttendance(d(2026, 3, 12), HalfDay::Morning, {}, {{wang, AttendanceStatus::Attended}}));
        QVERIFY(schedule.markAttendance(d(2026, 3, 12), HalfDay::Afternoon, {}, {{wang, AttendanceStatus::Attended}}));

        // Visits: a single visitor, a group of 5 with Li, a cancelled one, one where Wang's link was removed.
        f.visit(d(2026, 1, 8), {wang});
        f.visit(d(2026, 1, 8), {wang, li}, 5);
        f.visit(d(2026, 2, 12), {wang}, 3, /*cancelled*/ true);
        const QString wrong = f.visit(d(2026, 3, 12), {wang, li}, 2);
        f.unlink(wrong, wang);
        f.visit(d(2025, 12, 25), {wang}, 4); // last year

        // Cases Wang follows: closed+satisfied, closed+unsatisfied, closed+basically satisfied (last year),
        // open, cancelled, merged; one of Li's.
        f.kase(d(2026, 1, 8), wang, CaseStatus::Closed, Satisfaction::Satisfied);
        f.kase(d(2026, 1, 9), wang, CaseStatus::Closed, Satisfaction::Unsatisfied);
        f.kase(d(2025, 11, 3), wang, CaseStatus::Closed, Satisfaction::BasicallySatisfied);
        f.kase(d(2026, 3, 12), wang, CaseStatus::Assigned);
        f.kase(d(2026, 3, 12), wang, CaseStatus::Cancelled);
        f.kase(d(2026, 3, 12), wang, CaseStatus::Merged);
        f.kase(d(2026, 3, 12), li, CaseStatus::Replied);

        DutyRecordQuery query(ts.store());
        const DutyRecord all = query.compute(wang);
        QCOMPARE(all.receptionsAttended, 4);
        QCOMPARE(all.receptionsMissed, 1);
        QCOMPARE(all.attendedDays, (QList<QDate>{d(2026, 3, 12), d(2026, 3, 12), d(2026, 2, 12), d(2026, 1, 8)}));
        QCOMPARE(all.visitsReceived, 3);   // Jan 8 x2, Dec 25
        QCOMPARE(all.peopleReceived, 10);  // 1 + 5 + 4
        QCOMPARE(all.casesFollowed, 4);    // not the cancelled or merged ones
        QCOMPARE(all.casesClosed, 3);
        QCOMPARE(all.casesRated, 3);
        QCOMPARE(all.casesSatisfied, 2);   // satisfied + basically satisfied

        const DutyRecord y2026 = query.compute(wang, d(2026, 1, 1), d(2026, 12, 31));
        QCOMPARE(y2026.visitsReceived, 2);
        QCOMPARE(y2026.peopleReceived, 6);
        QCOMPARE(y2026.casesFollowed, 3);
        QCOMPARE(y2026.casesClosed, 2);
        QCOMPARE(y2026.casesSatisfied, 1);

        const DutyRecord february = query.compute(wang, d(2026, 2, 1), d(2026, 2, 28));
        QCOMPARE(february.receptionsAttended, 1);
        QCOMPARE(february.visitsReceived, 0); // the only February visit was cancelled

        const DutyRecord lis = query.compute(li);
        QCOMPARE(lis.receptionsAttended, 1);
        QCOMPARE(lis.visitsReceived, 2);
        QCOMPARE(lis.peopleReceived, 7);
        QCOMPARE(lis.casesFollowed, 1);
        QCOMPARE(lis.casesClosed, 0);
    }

    void aNewDeputyHasAnEmptyRecord()
    {
        TestStore ts;
        Fixture f(ts);
        const DutyRecord r = DutyRecordQuery(ts.store()).compute(f.deputy(QStringLiteral("新代表")));
        QCOMPARE(r.receptionsAttended, 0);
        QCOMPARE(r.visitsReceived, 0);
        QCOMPARE(r.casesFollowed, 0);
        QVERIFY(r.attendedDays.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDutyRecord)
#include "tst_dutyrecord.moc"
