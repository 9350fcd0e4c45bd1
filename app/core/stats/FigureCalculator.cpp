#include "stats/FigureCalculator.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {
qint64 scalar(QSqlQuery &q)
{
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

PeriodFigures FigureCalculator::compute(const QSqlDatabase &db, const QString &stationId, const QDate &from,
                                        const QDate &to, const QDate &today)
{
    PeriodFigures f;
    f.from = from;
    f.to = to;
    f.cutOff = to < today ? to : today;
    const QString a = from.toString(Qt::ISODate);
    const QString b = to.toString(Qt::ISODate);
    const QString cut = f.cutOff.toString(Qt::ISODate);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(visitor_count), 0) FROM visit WHERE station_id = ? "
                             "AND visit_date BETWEEN ? AND ? AND status = 'active' AND deleted = 0"));
    q.addBindValue(stationId);
    q.addBindValue(a);
    q.addBindValue(b);
    if (q.exec() && q.next()) {
        f.visits = q.value(0).toLongLong();
        f.visitors = q.value(1).toLongLong();
    }

    // One pass over the period's cases (index range on station_id, registered_on).
    q.prepare(QStringLiteral(
        "SELECT count(*), "
        " coalesce(sum(status = 'closed' AND closed_on <= ?), 0), "
        " coalesce(sum(satisfaction <> ''), 0), "
        " coalesce(sum(satisfaction IN ('satisfied', 'basically_satisfied')), 0) "
        "FROM cases WHERE station_id = ? AND registered_on BETWEEN ? AND ? AND deleted = 0 "
        "AND status NOT IN ('cancelled', 'merged')"));
    q.addBindValue(cut);
    q.addBindValue(stationId);
    q.addBindValue(a);
    q.addBindValue(b);
    if (q.exec() && q.next()) {
        f.raised = q.value(0).toLongLong();
        f.solved = q.value(1).toLongLong();
        f.rated = q.value(2).toLongLong();
        f.satisfied = q.value(3).toLongLong();
    }

    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(replied_on IS NOT NULL AND replied_on <= deadline), 0) "
                             "FROM cases WHERE station_id = ? AND deadline BETWEEN ? AND ? AND deleted = 0 "
                             "AND status NOT IN ('cancelled', 'merged')"));
    q.addBindValue(stationId);
    q.addBindValue(a);
    q.addBindValue(b);
    if (q.exec() && q.next()) {
        f.dueInPeriod = q.value(0).toLongLong();
        f.repliedOnTime = q.value(1).toLongLong();
    }

    q.prepare(QStringLiteral("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM cases WHERE station_id = ? "
                             "AND registered_on BETWEEN ? AND ? AND deleted = 0 AND status NOT IN ('cancelled', 'merged') "
                             "GROUP BY category_id ORDER BY n DESC LIMIT 3)"));
    q.addBindValue(stationId);
    q.addBindValue(a);
    q.addBindValue(b);
    f.inTopCategories = scalar(q);
    return f;
}

PeriodFigures FigureCalculator::month(const QSqlDatabase &db, const QString &stationId, int year, int month,
                                      const QDate &today)
{
    const QDate first(year, month, 1);
    return compute(db, stationId, first, first.addMonths(1).addDays(-1), today);
}

} // namespace zt
