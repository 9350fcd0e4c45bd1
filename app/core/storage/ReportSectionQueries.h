#pragma once
// The reads behind the report's notable cases and activities held, on whatever connection it is given
// (the reports page builds its document on a worker's own connection), for one scope.

#include "domain/Activity.h"
#include "domain/NotableCase.h"
#include "stats/StatsScope.h"

#include <QSqlDatabase>

namespace zt {

class ReportSectionQueries
{
public:
    ReportSectionQueries(QSqlDatabase db, StatsScope scope) : m_db(std::move(db)), m_scope(std::move(scope)) {}

    // The cases picked for the reports of the months from..to (YYYY-MM, inclusive), by month then case
    // number; a case picked for several of those months once, under the first.
    QList<NotableCaseLine> notableCases(const QString &fromPeriod, const QString &toPeriod) const;
    // The given cases of the scope as notable lines, in the order given (unknown ids skipped).
    QList<NotableCaseLine> casesAsNotable(const QStringList &caseIds) const;
    // The activities held in [from, to], by date then title, with their deputies.
    QList<Activity> activities(QDate from, QDate to) const;

    // Fills deputyIds/deputyNames of the activities (by the deputy's name).
    static void fillDeputies(const QSqlDatabase &db, QList<Activity> &activities);

private:
    QString scopeWhere(const QString &stationColumn, const QString &pointColumn, QVariantList &binds) const;
    QList<NotableCaseLine> notableLines(const QString &from, const QString &where, const QVariantList &binds,
                                        const QString &order) const;

    QSqlDatabase m_db;
    StatsScope m_scope;
};

} // namespace zt
