#pragma once
// A report as data first, paper second: the title block, the headline figures and the blocks in
// order. Built by MonthlyReportBuilder from the same PeriodStatistics the dashboard shows.

#include "reports/ReportBlock.h"
#include "reports/ReportFigure.h"
#include "stats/PeriodStatistics.h"

namespace zt {

struct ReportDocument
{
    QString title;        // "白云街道人大代表联络站" ...
    QString subtitle;     // "2026年10月工作报告"
    QString issuer;       // the station (or point/district) name
    QString periodCode;   // "2026-10", for file names
    QList<ReportFigure> figures;
    QList<ReportBlock> blocks;
    PeriodStatistics statistics; // the numbers behind the charts
};

} // namespace zt
