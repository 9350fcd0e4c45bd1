#pragma once
// The figures a station is judged by, for one period and one station (definitions in domain.md).
// Computed once here; the dashboard and the printed report both show these numbers.

#include <QDate>
#include <optional>

namespace zt {

struct PeriodFigures
{
    QDate from;
    QDate to;             // inclusive
    QDate cutOff;         // end of the period, or today if the period has not ended
    qint64 visitors = 0;  // people received (a group counts every person)
    qint64 visits = 0;
    qint64 raised = 0;    // cases registered in the period (cancelled and merged duplicates excluded)
    qint64 solved = 0;    // of those, closed by the cut-off
    qint64 rated = 0;     // of those, rated by the citizen
    qint64 satisfied = 0; // of the rated, latest rating satisfied or basically satisfied
    qint64 dueInPeriod = 0;      // cases whose reply deadline falls in the period
    qint64 repliedOnTime = 0;    // of those, replied on or before the deadline
    qint64 inTopCategories = 0;  // raised cases in the three largest categories

    std::optional<double> completionRate() const { return ratio(solved, raised); }
    std::optional<double> satisfactionRate() const { return ratio(satisfied, rated); }
    std::optional<double> onTimeReplyRate() const { return ratio(repliedOnTime, dueInPeriod); }
    std::optional<double> concentration() const { return ratio(inTopCategories, raised); }

    // "97.5%": one decimal, as printed; "—" when there is nothing to divide.
    static QString percent(std::optional<double> rate);

private:
    static std::optional<double> ratio(qint64 part, qint64 whole)
    {
        if (whole <= 0)
            return std::nullopt;
        return double(part) / double(whole);
    }
};

} // namespace zt
