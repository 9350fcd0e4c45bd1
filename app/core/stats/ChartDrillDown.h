#pragma once
// Which cases stand behind one bar, slice or point of a dashboard chart, as a case-list filter: the
// list then shows exactly the number on the bar (the same definitions as the figures, domain.md).

#include "models/CaseFilter.h"
#include "stats/PeriodStatistics.h"

#include <optional>

namespace zt {

class ChartDrillDown
{
public:
    // chartKey as in ChartData::key, index of the bar/slice/month, series as drawn. Group charts
    // (categories, communities, points, stations): series 0 the raised cases, 1 those solved by the
    // cut-off. Trend: the month's raised cases whatever the series. Deputies: the cases they follow.
    // Reply times: the replies of the period in that many working days. Satisfaction: the rated cases
    // with that latest rating. nullopt where no filter can name the cases (a "no category" bar).
    static std::optional<CaseFilter> filterFor(const PeriodStatistics &s, const QString &chartKey, int index,
                                               int series);
};

} // namespace zt
