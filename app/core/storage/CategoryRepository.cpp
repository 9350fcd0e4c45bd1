#include "storage/CategoryRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap CategoryRepository::toFields(const Category &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("code"), row.code},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("default_deadline_days"), row.defaultDeadlineDays},
            {QStringLiteral("sort_order"), row.sortOrder}};
}

Category CategoryRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Category c;
    c.id = r.text("id");
    c.stationId = r.text("station_id");
    c.code = r.text("code");
    c.name = r.text("name");
    c.defaultDeadlineDays = int(r.integer("default_deadline_days"));
    c.sortOrder = int(r.integer("sort_order"));
    c.meta = r.meta();
    return c;
}

QList<Category> CategoryRepository::listForStation(const QString &stationId) const
{
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY sort_order, code"), {stationId});
}

} // namespace zt
