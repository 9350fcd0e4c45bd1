#pragma once
// The figures a station is judged by, for one period and one scope (definitions in domain.md).
// Computed once here; the dashboard and the printed report both show these numbers.

#include <QDate>
#include <QString>
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
    qint64 rated = 0;     // of those, rated by the citizen (latest rating)
    qint64 satisfied = 0; // of the rated, latest rating satisfied or basically satisfied
    qint64 fullySatisfied = 0;      // latest rating satisfied (满意)
    qint64 basicallySatisfied = 0;  // latest rating basically satisfied (基本满意)
    qint64 unsatisfied = 0;         // latest rating not satisfied, also when the case was reopened
    qint64 dueInPeriod = 0;      // cases whose reply deadline falls in the period, up to the cut-off
    qint64 repliedOnTime = 0;    // of those, replied on or before the deadline
    qint64 replies = 0;          // replies given in the period (with an assignment date)
    qint64 replyWorkingDays = 0; // their working days from assignment to reply, summed
    qint64 inTopCategories = 0;  // raised cases in the three largest categories
    qint64 inTopCommunities = 0; // raised cases in the three communities/villages with most cases

    std::optional<double> completionRate() const { return ratio(solved, raised); }
    std::optional<double> satisfactionRate() const { return ratio(satisfied, rated); }
    std::optional<double> onTimeReplyRate() const { return ratio(repliedOnTime, dueInPeriod); }
    std::optional<double> concentration() const { return ratio(inTopCategories, raised); }
    std::optional<double> communityConcentration() const { return ratio(inTopCommunities, raised); }
    // Working days from assignment to reply, averaged over the replies given in the period.
    std::optional<double> averageReplyDays() const { return ratio(replyWorkingDays, replies); }

    // "97.5%": one decimal, as printed; "—" when there is nothing to divide.
    static QString percent(std::optional<double> rate);
    // "4.3": working days with one decimal; "—" when there were no replies.
    static QString days(std::optional<double> value);

private:
    static std::optional<double> ratio(qint64 part, qint64 whole)
    {
        if (whole <= 0)
            return std::nullopt;
        return double(part) / double(whole);
    }
};

} // namespace zt
