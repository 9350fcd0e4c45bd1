#pragma once
// Reads and writes app_user rows (User).

#include "domain/User.h"
#include "storage/Repository.h"

namespace zt {

class UserRepository : public Repository<User, UserRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("app_user"); }
    static QVariantMap toFields(const User &row);
    static User fromRecord(const QSqlRecord &record);

    std::optional<User> findByUsername(const QString &username) const;
};

} // namespace zt
