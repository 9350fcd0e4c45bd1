// Who may do what: every role against every permission, and refusals that tell the user who may.

#include "domain/Codes.h"
#include "domain/User.h"
#include "security/AccessPolicy.h"

#include <QSet>
#include <QTest>

using namespace zt;

Q_DECLARE_METATYPE(zt::Permission)

namespace {

// The table written out once more, independently of AccessPolicy, so a slip there fails here.
QSet<Permission> expected(const QString &role)
{
    using P = Permission;
    if (role == Role::StationStaff)
        return {P::RecordVisits, P::FollowCases};
    if (role == Role::StationHead)
        return {P::RecordVisits, P::FollowCases,  P::ApproveCases,   P::AssignCases,
                P::ViewReports,  P::PrintReports, P::ChangeSettings, P::SeePersonalData, P::ViewAuditLog};
    if (role == Role::DistrictOfficer)
        return {P::FollowCases, P::AssignCases,  P::ApproveCases,
                P::ViewReports, P::PrintReports, P::SeeAllStationsOfDistrict, P::ViewAuditLog};
    if (role == Role::Administrator)
        return {P::ManageUsers, P::ManageReferenceData, P::ChangeSettings, P::ViewReports};
    return {};
}

User user(const QString &role, bool active = true)
{
    User u;
    u.id = QStringLiteral("u-1");
    u.username = QStringLiteral("wangfang");
    u.displayName = QStringLiteral("王芳");
    u.role = role;
    u.active = active;
    return u;
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void everyRoleAgainstEveryPermission_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        for (const QString &role : Role::all())
            for (const Permission p : allPermissions())
                QTest::addRow("%s/%d", qPrintable(role), int(p)) << role << p << expected(role).contains(p);
    }

    void everyRoleAgainstEveryPermission()
    {
        QFETCH(QString, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(AccessPolicy::allows(role, permission), allowed);
        QCOMPARE(AccessPolicy::permissions(role).contains(permission), allowed);
        const Status s = AccessPolicy::require(user(role), permission);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().code, QStringLiteral("access.denied"));
            QVERIFY2(s.error().message.startsWith(QStringLiteral("You are signed in as 王芳 (")),
                     qPrintable(s.error().message));
            // Every set of roles in the table has its own sentence; the catch-all is for later additions.
            QVERIFY2(!s.error().message.contains(QStringLiteral("may not do this")), qPrintable(s.error().message));
        }
    }

    void everyPermissionIsHeldBySomeone()
    {
        for (const Permission p : allPermissions())
            QVERIFY2(!AccessPolicy::rolesWith(p).isEmpty(), qPrintable(QString::number(int(p))));
        QCOMPARE(AccessPolicy::rolesWith(Permission::ApproveCases),
                 QStringList({Role::StationHead, Role::DistrictOfficer}));
    }

    void unknownRoleMayDoNothing()
    {
        for (const Permission p : allPermissions()) {
            QVERIFY(!AccessPolicy::allows(QStringLiteral("superuser"), p));
            QVERIFY(!AccessPolicy::require(user(QStringLiteral("superuser")), p).ok());
        }
        QVERIFY(AccessPolicy::permissions(QString()).isEmpty());
    }

    void refusalSaysWhoIsSignedInAndWhoMay()
    {
        QCOMPARE(AccessPolicy::require(user(Role::StationStaff), Permission::SeePersonalData).error().message,
                 QStringLiteral("You are signed in as 王芳 (Station staff); this needs a station head."));
        QCOMPARE(AccessPolicy::require(user(Role::StationHead), Permission::ManageUsers).error().message,
                 QStringLiteral("You are signed in as 王芳 (Station head); this needs an administrator."));
        QCOMPARE(AccessPolicy::require(user(Role::StationStaff), Permission::ApproveCases).error().message,
                 QStringLiteral("You are signed in as 王芳 (Station staff); this needs a station head or a "
                                "district officer."));
        QCOMPARE(AccessPolicy::require(user(Role::Administrator), Permission::FollowCases).error().message,
                 QStringLiteral("You are signed in as 王芳 (Administrator); this needs station staff, a station "
                                "head or a district officer."));
        QCOMPARE(AccessPolicy::require(user(Role::DistrictOfficer), Permission::RecordVisits).error().message,
                 QStringLiteral("You are signed in as 王芳 (District officer); this needs station staff or a "
                                "station head."));
        QCOMPARE(AccessPolicy::require(user(Role::StationStaff), Permission::ViewReports).error().message,
                 QStringLiteral("You are signed in as 王芳 (Station staff); this needs a station head, a district "
                                "officer or an administrator."));
        QCOMPARE(AccessPolicy::require(user(Role::DistrictOfficer), Permission::ChangeSettings).error().message,
                 QStringLiteral("You are signed in as 王芳 (District officer); this needs a station head or an "
                                "administrator."));
        QCOMPARE(AccessPolicy::require(user(Role::StationHead), Permission::SeeAllStationsOfDistrict).error().message,
                 QStringLiteral("You are signed in as 王芳 (Station head); this needs a district officer."));
    }

    void refusalFallsBackToTheUsername()
    {
        User u = user(Role::StationStaff);
        u.displayName.clear();
        QCOMPARE(AccessPolicy::require(u, Permission::SeePersonalData).error().message,
                 QStringLiteral("You are signed in as wangfang (Station staff); this needs a station head."));
    }

    void disabledAccountMayDoNothing()
    {
        const Status s = AccessPolicy::require(user(Role::StationHead, false), Permission::FollowCases);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("access.denied"));
        QCOMPARE(s.error().message, QStringLiteral("The account of 王芳 is disabled."));
    }

    void nobodySignedInMayDoNothing()
    {
        User nobody;
        nobody.role = Role::StationHead;
        const Status s = AccessPolicy::require(nobody, Permission::FollowCases);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("access.denied"));
        QCOMPARE(s.error().message, QStringLiteral("Nobody is signed in. Sign in first."));
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
