#pragma once
// Computes the figures of domain.md (PeriodFigures) and the breakdowns behind the dashboard's charts
// and the report's tables (PeriodStatistics) for a period and scope. The SQL is in storage/StatsQueries;
// this class holds the definitions: cut-off, working days, concentration, comparisons.

#include "stats/PeriodStatistics.h"
#include "workflow/WorkingDayCalendar.h"

#include <QSqlDatabase>
#include <atomic>

namespace zt {

class FigureCalculator
{
public:
    // The reply-time distribution's buckets, in working days: 0-5, 6-10, 11-15, 16-20, over 20.
    static QList<ReplyTimeBucket> emptyReplyBuckets();

    FigureCalculator(QSqlDatabase db, WorkingDayCalendar calendar);

    PeriodFigures figures(const StatsScope &scope, const StatsPeriod &period, QDate today) const;
    // The figures, their comparisons and every breakdown. cancel (optional) is polled between queries;
    // a cancelled computation returns what it had, which the caller throws away.
    // Trend::Skip leaves PeriodStatistics::monthly empty: the monthly report prints no trend, and on a
    // big store the year of months behind it is most of the report's statistics time.
    enum class Trend { Include, Skip };
    PeriodStatistics statistics(const StatsScope &scope, const StatsPeriod &period, QDate today,
                                const std::atomic_bool *cancel = nullptr, Trend trend = Trend::Include) const;

    // The station's figures for a range or month, on the calendar in the store (older callers).
    static PeriodFigures compute(const QSqlDatabase &db, const QString &stationId, const QDate &from, const QDate &to,
                                 const QDate &today);
    static PeriodFigures month(const QSqlDatabase &db, const QString &stationId, int year, int month, const QDate &today);

private:
    // replyTimes (optional): also counts the period's replies into these buckets.
    PeriodFigures figuresBetween(const StatsScope &scope, QDate from, QDate to, QDate today,
                                 QList<ReplyTimeBucket> *replyTimes = nullptr) const;

    QSqlDatabase m_db;
    WorkingDayCalendar m_calendar;
};

} // namespace zt
