#include "storage/PointRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap PointRepository::toFields(const Point &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("division_code"), row.divisionCode},
            {QStringLiteral("address"), row.address},
            {QStringLiteral("opening_hours"), row.openingHours},
            {QStringLiteral("contact_person"), row.contactPerson},
            {QStringLiteral("contact_phone"), row.contactPhone}};
}

Point PointRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Point p;
    p.id = r.text("id");
    p.stationId = r.text("station_id");
    p.name = r.text("name");
    p.divisionCode = r.text("division_code");
    p.address = r.text("address");
    p.openingHours = r.text("opening_hours");
    p.contactPerson = r.text("contact_person");
    p.contactPhone = r.text("contact_phone");
    p.meta = r.meta();
    return p;
}

QList<Point> PointRepository::listForStation(const QString &stationId) const
{
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY division_code, name"), {stationId});
}

} // namespace zt
