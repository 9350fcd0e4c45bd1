#pragma once
// The one table of which role may do what; core services call require() before they write or reveal.

#include "common/Result.h"
#include "security/Permission.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zt {

struct User;

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    // role: a Role code; an unknown role holds no permission.
    static QList<Permission> permissions(const QString &role);
    static bool allows(const QString &role, Permission permission);
    // The Role codes that hold the permission, in Role::all() order.
    static QStringList rolesWith(Permission permission);

    // Succeeds when the user is active and their role holds the permission; otherwise an
    // "access.denied" error that names the user, their role and who may do it instead.
    static Status require(const User &user, Permission permission);
};

} // namespace zt
