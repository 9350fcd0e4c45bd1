#include "storage/DutyRecordQuery.h"

#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

DutyRecord DutyRecordQuery::compute(const QString &deputyId, QDate from, QDate to) const
{
    DutyRecord record;
    record.deputyId = deputyId;
    record.from = from;
    record.to = to;
    const QString lo = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString hi = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99");
    const QString station = m_store.stationId();

    // Two PCs may have marked the same session while offline: the latest mark (by hlc) counts.
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT session_date, status FROM (SELECT session_date, half_day, status, row_number() OVER "
        " (PARTITION BY session_date, half_day ORDER BY hlc DESC) AS rn FROM reception_attendance "
        " WHERE station_id = ? AND deputy_id = ? AND deleted = 0 AND session_date BETWEEN ? AND ?) "
        "WHERE rn = 1 ORDER BY session_date DESC, half_day DESC"));
    q.addBindValue(station);
    q.addBindValue(deputyId);
    q.addBindValue(lo);
    q.addBindValue(hi);
    if (q.exec()) {
        while (q.next()) {
            const QString status = q.value(1).toString();
            if (status == QLatin1String("attended") || status == QLatin1String("substitute")) {
                ++record.receptionsAttended;
                record.attendedDays << QDate::fromString(q.value(0).toString(), Qt::ISODate);
            } else {
                ++record.receptionsMissed;
            }
        }
    }

    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(visitor_count), 0) FROM visit v WHERE v.station_id = ? AND v.deleted = 0 "
        "AND v.status = 'active' AND v.visit_date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM visit_deputy vd "
        " WHERE vd.visit_id = v.id AND vd.deputy_id = ? AND vd.deleted = 0)"));
    q.addBindValue(station);
    q.addBindValue(lo);
    q.addBindValue(hi);
    q.addBindValue(deputyId);
    if (q.exec() && q.next()) {
        record.visitsReceived = q.value(0).toInt();
        record.peopleReceived = q.value(1).toInt();
    }

    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(status = 'closed'), 0), coalesce(sum(satisfaction <> ''), 0), "
        " coalesce(sum(satisfaction IN ('satisfied', 'basically_satisfied')), 0) FROM cases "
        "WHERE station_id = ? AND deputy_id = ? AND deleted = 0 AND status NOT IN ('cancelled', 'merged') "
        "AND registered_on BETWEEN ? AND ?"));
    q.addBindValue(station);
    q.addBindValue(deputyId);
    q.addBindValue(lo);
    q.addBindValue(hi);
    if (q.exec() && q.next()) {
        record.casesFollowed = q.value(0).toInt();
        record.casesClosed = q.value(1).toInt();
        record.casesRated = q.value(2).toInt();
        record.casesSatisfied = q.value(3).toInt();
    }
    return record;
}

} // namespace zt
