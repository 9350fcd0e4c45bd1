#pragma once
// Working days on the official calendar (weekends, public holidays and make-up working days, 调休), for
// deadlines, "days left" and reply times counted in working days.

#include "refdata/CalendarDay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace zt {

class WorkingDayCalendar
{
public:
    enum NameLanguage { Chinese, English };

    // With no special days: Monday to Friday are working days.
    WorkingDayCalendar() = default;
    explicit WorkingDayCalendar(const QList<CalendarDay> &days);

    // From the store's calendar_day table (filled by ReferenceDataLoader); weekday rules only if unreadable.
    static WorkingDayCalendar fromStore(const QSqlDatabase &db);
    // From the CSV embedded in the program, without a store.
    static WorkingDayCalendar fromResource();

    // A make-up working day is one even on a Saturday or Sunday, a holiday is none even on a weekday,
    // every other day is one from Monday to Friday. Years the data does not cover (see covers()) follow
    // the weekday rule alone, so a deadline in such a year may fall on a holiday nobody has announced yet.
    bool isWorkingDay(QDate date) const;
    // The n-th working day after from (from itself not counted); from itself for n == 0, and the n-th
    // working day before from for n < 0. Invalid for an invalid date.
    QDate addWorkingDays(QDate from, int n) const;
    // The number of working days in (from, to], or minus the number in (to, from] when to is earlier, so
    // workingDaysBetween(d, addWorkingDays(d, n)) == n for n >= 0 (and for n < 0 when d is a working day).
    int workingDaysBetween(QDate from, QDate to) const;
    // The date itself if it is a working day, else the first working day after it.
    QDate nextWorkingDay(QDate date) const;
    // The holiday's name on a holiday, the name of the holiday it makes up for on a make-up working day,
    // else empty.
    QString holidayName(QDate date, NameLanguage language = Chinese) const;
    // Whether the official holidays of that year are in the data (the years between the first and the
    // last year with a holiday). Announced each December for the next year.
    bool covers(int year) const;
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; } // 0 with no data

private:
    int specialDaysIn(qint64 fromJd, qint64 toJd) const;

    QHash<QDate, CalendarDay> m_days;
    // Julian days, sorted, where the weekday rule is wrong: weekend make-up days and weekday holidays.
    QList<qint64> m_extraWorkdays;
    QList<qint64> m_weekdayHolidays;
    int m_firstYear = 0;
    int m_lastYear = 0;
};

} // namespace zt
