#include "storage/DepartmentRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap DepartmentRepository::toFields(const Department &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("contact"), row.contact},
            {QStringLiteral("phone"), row.phone}};
}

Department DepartmentRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Department d;
    d.id = r.text("id");
    d.stationId = r.text("station_id");
    d.name = r.text("name");
    d.kind = r.text("kind");
    d.contact = r.text("contact");
    d.phone = r.text("phone");
    d.meta = r.meta();
    return d;
}

QList<Department> DepartmentRepository::listForStation(const QString &stationId) const
{
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY kind DESC, name"), {stationId});
}

} // namespace zt
