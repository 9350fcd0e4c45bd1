#pragma once
// Builds the monthly report (月度工作报告) — or, for a year, the annual report from the same blocks —
// as a ReportDocument: title block, the figures with their comparisons, charts, tables of cases by
// category and status, overdue and unsatisfied cases with their departments, notable cases,
// deputies' attendance, and the signature and date lines.

#include "reports/ReportDocument.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace zt {

class MonthlyReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportBuilder)
public:
    struct Options
    {
        StatsScope scope;
        StatsPeriod period;         // a month for the monthly report, a year for the annual one
        QDate today;                // the cut-off of a running period; invalid: Clock::today()
        QStringList notableCaseIds; // picked by the user; empty: the period's escalated cases
        int listLimit = 100;        // at most this many overdue/unsatisfied/notable cases are listed
    };

    MonthlyReportBuilder(QSqlDatabase db, WorkingDayCalendar calendar);

    ReportDocument build(const Options &options) const;
    // The figures as printed (also the CSV's rows), from statistics already computed.
    static QList<ReportFigure> figures(const PeriodStatistics &statistics);

private:
    QSqlDatabase m_db;
    WorkingDayCalendar m_calendar;
};

} // namespace zt
