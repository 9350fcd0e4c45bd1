#pragma once
// Everything the dashboard and the reports show for one period and scope, as plain data: the figures,
// the same figures for the periods compared with, and the breakdowns behind the charts and tables.

#include "stats/DeputyFigures.h"
#include "stats/GroupFigures.h"
#include "stats/PeriodFigures.h"
#include "stats/ReplyTimeBucket.h"
#include "stats/StatsPeriod.h"
#include "stats/StatsScope.h"
#include "stats/TrendPoint.h"

#include <QList>

namespace zt {

struct PeriodStatistics
{
    StatsScope scope;
    StatsPeriod period;
    PeriodFigures current;
    PeriodFigures previous; // the period before (previous month, quarter, year)
    PeriodFigures lastYear; // the same period a year earlier

    QList<GroupFigures> byCategory;   // largest first
    QList<GroupFigures> byCommunity;  // largest first
    QList<GroupFigures> byPoint;      // the station itself (no point) has an empty key
    QList<GroupFigures> byStation;    // district scope: every station; else the one station
    QList<GroupFigures> byStatus;     // current status of the period's cases
    QList<DeputyFigures> byDeputy;    // every active deputy of the scope, also those with nothing to show
    QList<TrendPoint> monthly;        // the period's months up to the cut-off (for a month: the 12 months to it)
    QList<ReplyTimeBucket> replyTimes;
};

} // namespace zt
