#include "workflow/WorkingDayCalendar.h"

#include "refdata/ReferenceDataLoader.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace zt {

namespace {

bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

// Monday to Friday among Julian days 0..jd (Julian day 0 was a Monday). Only differences are used, so
// for jd < 0 it may count from anywhere as long as it counts consistently: hence floor division.
qint64 weekdaysUpTo(qint64 jd)
{
    const qint64 days = jd + 1;
    qint64 weeks = days / 7;
    qint64 rest = days % 7;
    if (rest < 0) {
        rest += 7;
        --weeks;
    }
    return weeks * 5 + std::min<qint64>(rest, 5);
}

qint64 countIn(const QList<qint64> &sorted, qint64 afterJd, qint64 upToJd)
{
    return std::upper_bound(sorted.cbegin(), sorted.cend(), upToJd) -
           std::upper_bound(sorted.cbegin(), sorted.cend(), afterJd);
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &d : days) {
        if (!d.day.isValid())
            continue;
        m_days.insert(d.day, d);
    }
    for (const CalendarDay &d : std::as_const(m_days)) {
        if (d.kind == CalendarDay::Workday && !isWeekday(d.day))
            m_extraWorkdays.append(d.day.toJulianDay());
        else if (d.kind == CalendarDay::Holiday && isWeekday(d.day))
            m_weekdayHolidays.append(d.day.toJulianDay());
        if (d.kind == CalendarDay::Holiday) {
            const int year = d.day.year();
            m_firstYear = m_firstYear == 0 ? year : std::min(m_firstYear, year);
            m_lastYear = std::max(m_lastYear, year);
        }
    }
    std::sort(m_extraWorkdays.begin(), m_extraWorkdays.end());
    std::sort(m_weekdayHolidays.begin(), m_weekdayHolidays.end());
}

WorkingDayCalendar WorkingDayCalendar::fromStore(const QSqlDatabase &db)
{
    QList<CalendarDay> days;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT day, kind, name, name_en FROM calendar_day"))) {
        while (q.next()) {
            const CalendarDay::Kind kind =
                q.value(1).toString() == QLatin1String("workday") ? CalendarDay::Workday : CalendarDay::Holiday;
            days.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), kind, q.value(2).toString(),
                         q.value(3).toString()});
        }
    }
    return WorkingDayCalendar(days);
}

WorkingDayCalendar WorkingDayCalendar::fromResource()
{
    const auto days = ReferenceDataLoader::embeddedCalendar();
    return days ? WorkingDayCalendar(days.value()) : WorkingDayCalendar();
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->kind == CalendarDay::Workday;
    return isWeekday(date);
}

QDate WorkingDayCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate date = from;
    for (int left = n < 0 ? -n : n; left > 0;) {
        date = date.addDays(step);
        if (!date.isValid())
            return {};
        if (isWorkingDay(date))
            --left;
    }
    return date;
}

int WorkingDayCalendar::specialDaysIn(qint64 fromJd, qint64 toJd) const
{
    return int(countIn(m_extraWorkdays, fromJd, toJd) - countIn(m_weekdayHolidays, fromJd, toJd));
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    // Arithmetic on Julian days rather than a walk, so long spans (reports over years) stay cheap.
    const qint64 a = std::min(from.toJulianDay(), to.toJulianDay());
    const qint64 b = std::max(from.toJulianDay(), to.toJulianDay());
    const int count = int(weekdaysUpTo(b) - weekdaysUpTo(a)) + specialDaysIn(a, b);
    return to < from ? -count : count;
}

QDate WorkingDayCalendar::nextWorkingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    while (date.isValid() && !isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QString WorkingDayCalendar::holidayName(QDate date, NameLanguage language) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return {};
    return language == English ? it->nameEn : it->name;
}

bool WorkingDayCalendar::covers(int year) const
{
    return m_lastYear != 0 && year >= m_firstYear && year <= m_lastYear;
}

} // namespace zt
