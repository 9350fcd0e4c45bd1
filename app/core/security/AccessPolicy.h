#pragma once
// The one table of which role may do what; core services call require() before they write or reveal.

#include "common/Result.h"
#include "security/Permission.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zt {

class Store;
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
    // What core services call before they write or reveal: the store's signed-in user must hold the
    // permission; with nobody signed in, only a program that does not require sign-in may go on.
    static Status requireCurrent(Store &store, Permission permission);
    // The role the store's signed-in user acts in, for what depends on a role without refusing
    // (masking in an export). Nobody signed in, or an account that is gone: station staff, the role that
    // sees least of citizens' personal data.
    static QString currentRole(Store &store);

    // The desktop program requires a signed-in user for every guarded action (set once in main()).
    // Tools that open a store themselves (ztctl, the demo generator, tests) act as the system while
    // nobody is signed in; once someone signs in, their role is checked all the same. A property of the
    // program, not of the store: the same file is opened by both.
    static void setSignInRequired(bool required);
    static bool signInRequired();
};

} // namespace zt
