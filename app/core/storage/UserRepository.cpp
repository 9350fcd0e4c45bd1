#include "storage/UserRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap UserRepository::toFields(const User &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("username"), row.username},
            {QStringLiteral("display_name"), row.displayName},
            {QStringLiteral("role"), row.role},
            {QStringLiteral("password_hash"), row.passwordHash},
            {QStringLiteral("active"), row.active ? 1 : 0},
            {QStringLiteral("must_change_password"), row.mustChangePassword ? 1 : 0}};
}

User UserRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    User u;
    u.id = r.text("id");
    u.stationId = r.text("station_id");
    u.username = r.text("username");
    u.displayName = r.text("display_name");
    u.role = r.text("role");
    u.passwordHash = r.text("password_hash");
    u.active = r.flag("active");
    u.mustChangePassword = r.flag("must_change_password");
    u.meta = r.meta();
    return u;
}

std::optional<User> UserRepository::findByUsername(const QString &username) const
{
    const auto rows = select(QStringLiteral("WHERE username = ? AND deleted = 0"), {username});
    return rows.isEmpty() ? std::nullopt : std::optional<User>(rows.first());
}

} // namespace zt
