#pragma once
// The SQL behind the figures (stats/FigureCalculator): aggregate reads over cases and visits for one
// scope and date range. Runs on whatever connection it is given, so the dashboard can use its own
// read connection on a worker thread.

#include "stats/CaseLine.h"
#include "stats/DeputyFigures.h"
#include "stats/GroupFigures.h"
#include "stats/StatsScope.h"
#include "stats/TrendPoint.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace zt {

class StatsQueries
{
public:
    // What the period's cases can be grouped by.
    enum class Dimension { Category, Community, Point, Station, Department, Status, Deputy };

    struct VisitTotals
    {
        qint64 visits = 0;
        qint64 visitors = 0;
    };
    struct CaseTotals
    {
        qint64 raised = 0;
        qint64 solved = 0;
        qint64 fullySatisfied = 0;
        qint64 basicallySatisfied = 0;
        qint64 unsatisfied = 0;
    };
    struct DueTotals
    {
        qint64 due = 0;
        qint64 onTime = 0;
    };
    // How many replies were given on `replied` to cases assigned on `assigned`: grouping by the date
    // pair keeps a year of a million cases to a few thousand rows for the working-day arithmetic.
    struct ReplyDays
    {
        QDate assigned;
        QDate replied;
        qint64 count = 0;
    };

    StatsQueries(QSqlDatabase db, StatsScope scope) : m_db(std::move(db)), m_scope(std::move(scope)) {}

    VisitTotals visitTotals(QDate from, QDate to) const;
    // Cases registered in [from, to]; solved = closed on or before cutOff.
    CaseTotals caseTotals(QDate from, QDate to, QDate cutOff) const;
    // Cases whose deadline falls in [from, to].
    DueTotals dueTotals(QDate from, QDate to) const;
    QList<ReplyDays> replyDays(QDate from, QDate to) const;
    // Raised cases in the `limit` largest groups (empty keys do not count as a group).
    qint64 inLargestGroups(Dimension dimension, QDate from, QDate to, int limit) const;
    // The period's cases per group, largest first (ties by name: reports are reproducible), with its name.
    QList<GroupFigures> groups(Dimension dimension, QDate from, QDate to, QDate cutOff) const;
    // Visits per point (Dimension::Point) or station (Dimension::Station), keyed like groups().
    QList<GroupFigures> visitGroups(Dimension dimension, QDate from, QDate to) const;
    // Per month the period touches: visits, cases, and cases closed by the end of their month.
    QList<TrendPoint> monthly(QDate from, QDate to) const;
    // Reception days and visits per deputy; the active deputies of the scope are listed even with none.
    QList<DeputyFigures> deputyAttendance(QDate from, QDate to) const;

    // Open cases past their deadline without a reply as of cutOff, oldest deadline first.
    QList<CaseLine> overdueCases(QDate cutOff, int limit) const;
    // Cases registered in the period whose latest rating is unsatisfied.
    QList<CaseLine> unsatisfiedCases(QDate from, QDate to, int limit) const;
    // The given cases (notable cases picked by the user), in the order given; unknown ids are skipped.
    QList<CaseLine> casesById(const QStringList &ids) const;
    // Cases of the period that were escalated (a default pick of notable cases).
    QList<QString> escalatedCaseIds(QDate from, QDate to, int limit) const;

    // Names for the title block.
    QString scopeName() const;

private:
    // "<alias>.station_id = ?" (or point/district) and its value(s).
    QString scopeWhere(const QString &alias, QVariantList &binds, bool pointColumn = true) const;
    // source: what the rows come from, as "... c" (default: cases c); its binds come first.
    QList<CaseLine> caseLines(const QString &where, const QVariantList &binds, const QString &order, int limit,
                              const QString &source = {}) const;

    QSqlDatabase m_db;
    StatsScope m_scope;
};

} // namespace zt
