// The supervision board's colours at their boundaries, counted in working days on the official calendar.

#include "domain/Codes.h"
#include "workflow/SupervisionColour.h"

#include <QTest>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

CaseRecord assignedUntil(QDate deadline)
{
    CaseRecord c;
    c.status = CaseStatus::Assigned;
    c.assignedOn = d(2026, 9, 28);
    c.deadline = deadline;
    return c;
}

} // namespace

class TestSupervisionColour : public QObject
{
    Q_OBJECT

private slots:
    void boundaries_data()
    {
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("level");

        const QDate fri = d(2026, 10, 23);
        QTest::newRow("4 left: green") << fri << d(2026, 10, 19) << 4 << int(SupervisionColour::OnTime);
        QTest::newRow("3 left: yellow") << fri << d(2026, 10, 20) << 3 << int(SupervisionColour::DueSoon);
        QTest::newRow("1 left: yellow") << fri << d(2026, 10, 22) << 1 << int(SupervisionColour::DueSoon);
        QTest::newRow("deadline day: yellow") << fri << fri << 0 << int(SupervisionColour::DueSoon);
        QTest::newRow("1 past: red") << fri << d(2026, 10, 26) << -1 << int(SupervisionColour::Overdue);
        QTest::newRow("3 past: red") << fri << d(2026, 10, 28) << -3 << int(SupervisionColour::Overdue);
        // The Saturday after a Friday deadline: no working day has passed, but the date has.
        QTest::newRow("weekend after: red") << fri << d(2026, 10, 24) << -1 << int(SupervisionColour::Overdue);
        QTest::newRow("far ahead: green") << fri << d(2026, 9, 28) << 15 << int(SupervisionColour::OnTime);

        // Across National Day only working days count: 09-29 to 10-09 is 10 calendar days but 3 working
        // days (09-30, 10-08, 10-09).
        const QDate afterHoliday = d(2026, 10, 9);
        QTest::newRow("before holiday: green") << afterHoliday << d(2026, 9, 28) << 4 << int(SupervisionColour::OnTime);
        QTest::newRow("holiday ahead: yellow")
            << afterHoliday << d(2026, 9, 29) << 3 << int(SupervisionColour::DueSoon);
        QTest::newRow("in the holiday: yellow")
            << afterHoliday << d(2026, 10, 3) << 2 << int(SupervisionColour::DueSoon);
        // The make-up Saturday 10-10 is a working day.
        QTest::newRow("make-up day past: red")
            << afterHoliday << d(2026, 10, 10) << -1 << int(SupervisionColour::Overdue);
        // A deadline that falls on a holiday: none of the days up to it is a working day.
        const QDate onHoliday = d(2026, 10, 5);
        QTest::newRow("deadline on a holiday") << onHoliday << d(2026, 9, 30) << 0 << int(SupervisionColour::DueSoon);
        QTest::newRow("after a holiday deadline")
            << onHoliday << d(2026, 10, 6) << -1 << int(SupervisionColour::Overdue);
    }

    void boundaries()
    {
        QFETCH(QDate, deadline);
        QFETCH(QDate, today);
        QFETCH(int, left);
        QFETCH(int, level);
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromResource();
        const CaseRecord c = assignedUntil(deadline);
        QCOMPARE(SupervisionColour::workingDaysLeft(c, today, calendar), left);
        QCOMPARE(int(SupervisionColour::level(c, today, calendar)), level);
        QVERIFY(!SupervisionColour::label(SupervisionColour::level(c, today, calendar)).isEmpty());
        QVERIFY(!SupervisionColour::colourName(SupervisionColour::level(c, today, calendar)).isEmpty());
    }

    void offTheClock()
    {
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromResource();
        const QDate today = d(2026, 10, 26);
        CaseRecord c = assignedUntil(d(2026, 10, 23));
        QCOMPARE(SupervisionColour::level(c, today, calendar), SupervisionColour::Overdue);
        // Once the department has replied, or the case has left the loop, the reply deadline no longer runs.
        for (const QString &status : {CaseStatus::Registered, CaseStatus::Accepted, CaseStatus::Replied,
                                      CaseStatus::FedBack, CaseStatus::Closed, CaseStatus::Cancelled}) {
            c.status = status;
            QCOMPARE(SupervisionColour::level(c, today, calendar), SupervisionColour::None);
        }
        CaseRecord noDeadline;
        noDeadline.status = CaseStatus::Assigned;
        QCOMPARE(SupervisionColour::level(noDeadline, today, calendar), SupervisionColour::None);
        QCOMPARE(SupervisionColour::workingDaysLeft(noDeadline, today, calendar), 0);
        QVERIFY(SupervisionColour::label(SupervisionColour::None).isEmpty());
    }

    void words()
    {
        // Colour is never the only signal: each level has its word, and the count reads as text.
        QCOMPARE(SupervisionColour::label(SupervisionColour::OnTime), QStringLiteral("On time"));
        QCOMPARE(SupervisionColour::label(SupervisionColour::DueSoon), QStringLiteral("Due soon"));
        QCOMPARE(SupervisionColour::label(SupervisionColour::Overdue), QStringLiteral("Overdue"));
        QCOMPARE(SupervisionColour::daysLeftText(0), QStringLiteral("Due today"));
        QVERIFY(SupervisionColour::daysLeftText(3).contains(QLatin1String("3")));
        QVERIFY(SupervisionColour::daysLeftText(-2).contains(QLatin1String("2")));
        QVERIFY(SupervisionColour::daysLeftText(-2).contains(QLatin1String("overdue")));
    }
};

QTEST_GUILESS_MAIN(TestSupervisionColour)
#include "tst_supervisioncolour.moc"
