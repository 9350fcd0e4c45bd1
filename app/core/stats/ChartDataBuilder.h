#pragma once
// The dashboard's and the report's charts from PeriodStatistics: monthly trend, cases by category, top
// communities, reply-time distribution, satisfaction split, per deputy, per point and per station.

#include "stats/ChartData.h"
#include "stats/PeriodStatistics.h"

#include <QCoreApplication>

namespace zt {

class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)
public:
    static ChartData trend(const PeriodStatistics &s);
    static ChartData categories(const PeriodStatistics &s, int top = 8);
    static ChartData communities(const PeriodStatistics &s, int top = 8);
    static ChartData replyTimes(const PeriodStatistics &s);
    static ChartData satisfaction(const PeriodStatistics &s);
    static ChartData deputies(const PeriodStatistics &s, int top = 12);
    static ChartData points(const PeriodStatistics &s);
    static ChartData stations(const PeriodStatistics &s);
};

} // namespace zt
