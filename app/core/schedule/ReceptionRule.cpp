#include "schedule/ReceptionRule.h"

#include <algorithm>

namespace zt {

int ReceptionRule::sessionSize() const
{
    return perSession > 0 ? perSession : int(deputyIds.size());
}

QStringList ReceptionRule::deputiesForTurn(int turn) const
{
    QStringList out;
    const qsizetype pool = deputyIds.size();
    if (pool == 0 || turn < 0)
        return out;
    const qsizetype n = std::min<qsizetype>(sessionSize(), pool);
    const qsizetype first = (qint64(turn) * sessionSize()) % pool;
    for (qsizetype i = 0; i < n; ++i)
        out << deputyIds.at((first + i) % pool);
    return out;
}

QDate ReceptionRule::weekdayOfMonth(int year, int month, int week, int weekday)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7)
        return {};
    if (week == LastWeek) {
        const QDate last(year, month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    if (week < 1 || week > 5)
        return {};
    const QDate day = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (week - 1));
    return day.month() == month ? day : QDate();
}

QList<QDate> ReceptionRule::nominalDates(QDate from, QDate to) const
{
    QList<QDate> out;
    if (validFrom.isValid() && from < validFrom)
        from = validFrom;
    if (validUntil.isValid() && (!to.isValid() || to > validUntil))
        to = validUntil;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;

    switch (kind) {
    case Once:
        if (validFrom.isValid() && from <= validFrom && validFrom <= to)
            out << validFrom;
        break;
    case Weekly:
        for (QDate day = from.addDays((weekday - from.dayOfWeek() + 7) % 7); day <= to; day = day.addDays(7))
            out << day;
        break;
    case Monthly:
    case LeaderRotation:
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            QList<QDate> inMonth;
            for (int week : weeks) {
                const QDate day = weekdayOfMonth(month.year(), month.month(), week, weekday);
                // Week 5 and "last" can be the same day: one session.
                if (day.isValid() && from <= day && day <= to && !inMonth.contains(day))
                    inMonth << day;
            }
            std::sort(inMonth.begin(), inMonth.end());
            out << inMonth;
        }
        break;
    }
    return out;
}

} // namespace zt
