#include "storage/StationRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap StationRepository::toFields(const Station &row)
{
    return {{QStringLiteral("station_id"), row.id}, // a station is its own scope
            {QStringLiteral("code"), row.code},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("division_code"), row.divisionCode},
            {QStringLiteral("address"), row.address},
            {QStringLiteral("opening_hours"), row.openingHours},
            {QStringLiteral("contact_person"), row.contactPerson},
            {QStringLiteral("contact_phone"), row.contactPhone}};
}

Station StationRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Station s;
    s.id = r.text("id");
    s.code = r.text("code");
    s.name = r.text("name");
    s.divisionCode = r.text("division_code");
    s.address = r.text("address");
    s.openingHours = r.text("opening_hours");
    s.contactPerson = r.text("contact_person");
    s.contactPhone = r.text("contact_phone");
    s.meta = r.meta();
    return s;
}

std::optional<Station> StationRepository::findByCode(const QString &code) const
{
    const auto rows = select(QStringLiteral("WHERE code = ? AND deleted = 0"), {code});
    return rows.isEmpty() ? std::nullopt : std::optional<Station>(rows.first());
}

QList<Station> StationRepository::all() const
{
    return select(QStringLiteral("WHERE deleted = 0 ORDER BY code"));
}

} // namespace zt
