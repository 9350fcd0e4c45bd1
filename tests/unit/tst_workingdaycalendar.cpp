// Working days on the official calendar: holidays, make-up working days (调休) and the weekday fallback.

#include "workflow/WorkingDayCalendar.h"

#include <QTest>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void embeddedDataCoversItsYearsOnly()
    {
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        QCOMPARE(cal.firstYear(), 2004);
        QCOMPARE(cal.lastYear(), 2026);
        QVERIFY(cal.covers(2004));
        QVERIFY(cal.covers(2026));
        QVERIFY(!cal.covers(2003));
        QVERIFY(!cal.covers(2027));
        QVERIFY(!WorkingDayCalendar().covers(2026));
    }

    void springFestival2026()
    {
        // From the data: holidays Sun 02-15 .. Mon 02-23; make-up working days Sat 02-14 and Sat 02-28.
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        QVERIFY(cal.isWorkingDay(d(2026, 2, 13)));
        QCOMPARE(d(2026, 2, 14).dayOfWeek(), int(Qt::Saturday));
        QVERIFY(cal.isWorkingDay(d(2026, 2, 14)));
        for (QDate day = d(2026, 2, 15); day <= d(2026, 2, 23); day = day.addDays(1))
            QVERIFY2(!cal.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(cal.isWorkingDay(d(2026, 2, 24)));
        QVERIFY(cal.isWorkingDay(d(2026, 2, 28)));
        QVERIFY(!cal.isWorkingDay(d(2026, 3, 1))); // an ordinary Sunday

        QCOMPARE(cal.holidayName(d(2026, 2, 17)), QStringLiteral("春节"));
        QCOMPARE(cal.holidayName(d(2026, 2, 17), WorkingDayCalendar::English), QStringLiteral("Spring Festival"));
        QCOMPARE(cal.holidayName(d(2026, 2, 14)), QStringLiteral("春节")); // the holiday it makes up for
        QCOMPARE(cal.holidayName(d(2026, 3, 2)), QString());

        // Thu 02-12 + 2: Fri 02-13 (1), Sat 02-14 make-up (2).
        QCOMPARE(cal.addWorkingDays(d(2026, 2, 12), 2), d(2026, 2, 14));
        // Fri 02-13 + 2: Sat 02-14 (1), 02-15..23 off, Tue 02-24 (2).
        QCOMPARE(cal.addWorkingDays(d(2026, 2, 13), 2), d(2026, 2, 24));
        QCOMPARE(cal.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 24)), 2);
        QCOMPARE(cal.nextWorkingDay(d(2026, 2, 15)), d(2026, 2, 24));
        QCOMPARE(cal.nextWorkingDay(d(2026, 2, 28)), d(2026, 2, 28));
    }

    void nationalDay2026()
    {
        // From the data: Mid-autumn Fri 09-25 .. Sun 09-27 and National Day Thu 10-01 .. Wed 10-07 off;
        // make-up working days Sun 09-20 and Sat 10-10.
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        QVERIFY(cal.isWorkingDay(d(2026, 9, 20)));
        QVERIFY(!cal.isWorkingDay(d(2026, 9, 25)));
        for (QDate day = d(2026, 10, 1); day <= d(2026, 10, 7); day = day.addDays(1))
            QVERIFY2(!cal.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(d(2026, 10, 10).dayOfWeek(), int(Qt::Saturday));
        QVERIFY(cal.isWorkingDay(d(2026, 10, 10)));
        QVERIFY(!cal.isWorkingDay(d(2026, 10, 11)));
        QCOMPARE(cal.holidayName(d(2026, 10, 3)), QStringLiteral("国庆节"));

        // 15 working days after Mon 09-28, by hand: Tue 09-29 (1), Wed 09-30 (2), 10-01..07 off,
        // Thu 10-08 (3), Fri 10-09 (4), Sat 10-10 make-up (5), Sun 10-11 off, 10-12..16 (6-10),
        // 10-17/18 weekend, 10-19..23 (11-15): Fri 2026-10-23.
        QCOMPARE(cal.addWorkingDays(d(2026, 9, 28), 15), d(2026, 10, 23));
        QCOMPARE(cal.workingDaysBetween(d(2026, 9, 28), d(2026, 10, 23)), 15);
        QCOMPARE(cal.workingDaysBetween(d(2026, 10, 23), d(2026, 9, 28)), -15);
        // A deadline counted from a holiday: Sat 10-03 + 1 is Thu 10-08.
        QCOMPARE(cal.addWorkingDays(d(2026, 10, 3), 1), d(2026, 10, 8));
        QCOMPARE(cal.addWorkingDays(d(2026, 10, 8), -1), d(2026, 9, 30));
        QCOMPARE(cal.nextWorkingDay(d(2026, 10, 1)), d(2026, 10, 8));
        // Days left: nothing between the 1st and the 7th is a working day.
        QCOMPARE(cal.workingDaysBetween(d(2026, 9, 30), d(2026, 10, 7)), 0);
    }

    void acrossTheYearBoundary()
    {
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        // Wed 2025-12-31 + 3: 2026-01-01..03 off, Sun 01-04 make-up (1), Mon 01-05 (2), Tue 01-06 (3).
        QCOMPARE(cal.addWorkingDays(d(2025, 12, 31), 3), d(2026, 1, 6));
        QCOMPARE(cal.workingDaysBetween(d(2025, 12, 31), d(2026, 1, 6)), 3);
        // Beyond the data the weekday rule alone applies: 2027-01-01 is a Friday and counts as working,
        // though it will surely be New Year's Day (covers(2027) says so).
        QCOMPARE(cal.addWorkingDays(d(2026, 12, 31), 1), d(2027, 1, 1));
        QVERIFY(cal.isWorkingDay(d(2027, 1, 1)));
        QVERIFY(!cal.isWorkingDay(d(2027, 1, 2)));
    }

    void zeroAndInvalid()
    {
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        // n == 0 is the date itself, working day or not.
        QCOMPARE(cal.addWorkingDays(d(2026, 10, 1), 0), d(2026, 10, 1));
        QCOMPARE(cal.addWorkingDays(d(2026, 10, 9), 0), d(2026, 10, 9));
        QCOMPARE(cal.workingDaysBetween(d(2026, 10, 9), d(2026, 10, 9)), 0);
        QVERIFY(!cal.addWorkingDays(QDate(), 3).isValid());
        QVERIFY(!cal.nextWorkingDay(QDate()).isValid());
        QVERIFY(!cal.isWorkingDay(QDate()));
        QCOMPARE(cal.workingDaysBetween(QDate(), d(2026, 1, 1)), 0);
    }

    void weekdayRuleWithoutData()
    {
        const WorkingDayCalendar cal;
        QVERIFY(cal.isWorkingDay(d(2026, 10, 1))); // a Thursday: without data it is ordinary
        QVERIFY(!cal.isWorkingDay(d(2026, 10, 10)));
        // Fri 2026-10-09 + 1 is Mon 10-12; a full week is five days.
        QCOMPARE(cal.addWorkingDays(d(2026, 10, 9), 1), d(2026, 10, 12));
        QCOMPARE(cal.workingDaysBetween(d(2026, 10, 5), d(2026, 10, 12)), 5);
        QCOMPARE(cal.holidayName(d(2026, 10, 1)), QString());
    }

    void specialDaysGivenByHand()
    {
        // A make-up day on a Sunday and a holiday on a Monday.
        const WorkingDayCalendar cal({{d(2030, 6, 2), CalendarDay::Workday, QStringLiteral("端午"), {}},
                                      {d(2030, 6, 3), CalendarDay::Holiday, QStringLiteral("端午"), {}}});
        QVERIFY(cal.isWorkingDay(d(2030, 6, 2)));
        QVERIFY(!cal.isWorkingDay(d(2030, 6, 3)));
        QVERIFY(cal.covers(2030));
        QVERIFY(!cal.covers(2029));
        // Fri 05-31 + 2: Sun 06-02 (1), Tue 06-04 (2).
        QCOMPARE(cal.addWorkingDays(d(2030, 5, 31), 2), d(2030, 6, 4));
        QCOMPARE(cal.workingDaysBetween(d(2030, 5, 31), d(2030, 6, 4)), 2);
    }

    void countingAgreesWithWalking()
    {
        // workingDaysBetween is arithmetic; check it against a day-by-day walk over every date of the
        // data's last two years, and that it inverts addWorkingDays.
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        const QDate start = d(2025, 1, 1);
        int walked = 0;
        for (QDate day = start.addDays(1); day <= d(2027, 1, 31); day = day.addDays(1)) {
            if (cal.isWorkingDay(day))
                ++walked;
            QCOMPARE(cal.workingDaysBetween(start, day), walked);
            QCOMPARE(cal.workingDaysBetween(day, start), -walked);
        }
        for (QDate day = d(2025, 12, 1); day <= d(2026, 12, 31); day = day.addDays(7)) {
            for (int n : {1, 5, 15, 60, -3, -20}) {
                const QDate target = cal.addWorkingDays(day, n);
                QVERIFY(cal.isWorkingDay(target));
                // Counting back from a day off, the day off itself is not in (target, day].
                if (n > 0 || cal.isWorkingDay(day))
                    QCOMPARE(cal.workingDaysBetween(day, target), n);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
