#pragma once
// Builds the monthly report (月度工作报告) — or, for a year, the annual report from the same blocks —
// as a ReportDocument: title block, the figures with their comparisons, charts, tables of cases by
// category and status, overdue and unsatisfied cases with their departments, notable cases,
// deputies' attendance, activities held, and the signature and date lines.

#include "domain/NotableCase.h"
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
        // Notable cases to print instead of those picked in the store (notable_case) for the period's
        // months; with neither, the period's escalated cases.
        QStringList notableCaseIds;
        int listLimit = 100;        // at most this many overdue/unsatisfied/notable cases are listed
    };

    MonthlyReportBuilder(QSqlDatabase db, WorkingDayCalendar calendar);

    ReportDocument build(const Options &options) const;
    // The figures as printed (also the CSV's rows), from statistics already computed.
    static QList<ReportFigure> figures(const PeriodStatistics &statistics);
    // What came of a notable case, in one sentence.
    static QString outcome(const NotableCaseLine &line);

private:
    QSqlDatabase m_db;
    WorkingDayCalendar m_calendar;
};

} // namespace zt
