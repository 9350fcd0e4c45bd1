#include "security/DemoAccounts.h"

#include "domain/Codes.h"
#include "security/UserAdmin.h"
#include "storage/Store.h"

namespace zt {

QList<DemoAccount> DemoAccounts::accounts()
{
    // One shared password: a demo is shown to people who switch roles to see what each may do.
    // Names are data in the users' language, like every name a station types in.
    const QString password = QStringLiteral("demo1234");
    return {
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Administrator, password},
        {QStringLiteral("head"), QStringLiteral("陈站长"), Role::StationHead, password},
        {QStringLiteral("staff"), QStringLiteral("王小丽"), Role::StationStaff, password},
        {QStringLiteral("district"), QStringLiteral("李科长"), Role::DistrictOfficer, password},
    };
}

Status DemoAccounts::create(Store &store)
{
    UserAdmin admin(store);
    const QString previous = store.currentUserId();
    Status status;
    for (const DemoAccount &account : accounts()) {
        Result<User> user = admin.createUser(account.username, account.displayName, account.role, account.password);
        if (!user) {
            status = user.error();
            break;
        }
        // The first account is the administrator; the others are created by them.
        if (account.role == Role::Administrator)
            store.setCurrentUserId(user->id);
    }
    store.setCurrentUserId(previous);
    return status;
}

} // namespace zt
