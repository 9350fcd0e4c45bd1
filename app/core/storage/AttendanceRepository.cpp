#include "storage/AttendanceRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap AttendanceRepository::toFields(const Attendance &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("session_date"), nullableDate(row.sessionDate)},
            {QStringLiteral("half_day"), row.halfDay},
            {QStringLiteral("deputy_id"), row.deputyId},
            {QStringLiteral("rule_id"), nullableText(row.ruleId)},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("note"), row.note}};
}

Attendance AttendanceRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Attendance a;
    a.id = r.text("id");
    a.stationId = r.text("station_id");
    a.sessionDate = r.date("session_date");
    a.halfDay = r.text("half_day");
    a.deputyId = r.text("deputy_id");
    a.ruleId = r.text("rule_id");
    a.status = r.text("status");
    a.note = r.text("note");
    a.meta = r.meta();
    return a;
}

QList<Attendance> AttendanceRepository::listForSession(const QString &stationId, QDate date,
                                                       const QString &halfDay) const
{
    return select(QStringLiteral("WHERE station_id = ? AND session_date = ? AND half_day = ? AND deleted = 0 "
                                 "ORDER BY hlc"),
                  {stationId, date.toString(Qt::ISODate), halfDay});
}

QList<Attendance> AttendanceRepository::listBetween(const QString &stationId, QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 AND session_date >= ? AND session_date <= ? "
                                 "ORDER BY session_date, half_day, hlc"),
                  {stationId, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"),
                   to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99")});
}

} // namespace zt
