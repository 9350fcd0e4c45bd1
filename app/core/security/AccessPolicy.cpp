#include "security/AccessPolicy.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "domain/User.h"
#include "storage/Store.h"
#include "storage/UserRepository.h"

#include <atomic>

namespace zt {

namespace {
using P = Permission;
std::atomic<bool> g_signInRequired{false};
} // namespace

void AccessPolicy::setSignInRequired(bool required)
{
    g_signInRequired = required;
}

bool AccessPolicy::signInRequired()
{
    return g_signInRequired;
}

// Why the table is as it is:
// - Station staff sit at the reception desk: they record visits and carry a case through its loop.
//   Ending a citizen's request without a result (not accepting, cancelling, closing without a rating,
//   merging) needs a second person's judgement, so approval is the head's. Staff see phone and ID
//   numbers masked (个人信息保护法: only the minimum each role needs); they type them in, but need not
//   read them back.
// - The station head answers for the station: approves, assigns cases to departments, reports and
//   printing, the station's settings, and may see personal data (to call a citizen back); revealing a
//   number is audited by the caller.
// - District officers supervise every station of the district: they follow, assign and approve cases
//   and read and print reports there, but do not sit at a desk (no visits), do not change a station's
//   settings, and see personal data masked, because they work with many stations' citizens.
// - The administrator keeps the system running: users, reference data and settings, and reports to
//   check that the set-up is right. No case work and no personal data: whoever manages accounts must
//   not also be able to read what citizens said, so one person cannot both open a door and use it.
//   For the same reason the audit log is read by the station head and the district, who watch what
//   every account did, the administrator's included.
QList<Permission> AccessPolicy::permissions(const QString &role)
{
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

bool AccessPolicy::allows(const QString &role, Permission permission)
{
    return permissions(role).contains(permission);
}

QStringList AccessPolicy::rolesWith(Permission permission)
{
    QStringList roles;
    for (const QString &role : Role::all())
        if (allows(role, permission))
            roles << role;
    return roles;
}

Status AccessPolicy::require(const User &user, Permission permission)
{
    const auto denied = [](const QString &message) { return Error{QStringLiteral("access.denied"), message}; };
    if (user.id.isEmpty())
        return denied(tr("Nobody is signed in. Sign in first."));
    const QString who = user.displayName.isEmpty() ? user.username : user.displayName;
    if (!user.active)
        return denied(tr("The account of %1 is disabled.").arg(who));
    if (allows(user.role, permission))
        return {};

    // Whole sentences per set of roles (not joined fragments), so that each translates naturally; the
    // set comes from the table above, so the message cannot drift from what is enforced.
    const QString role = DomainText::role(user.role);
    const QStringList may = rolesWith(permission);
    const auto is = [&may](std::initializer_list<QString> roles) { return may == QStringList(roles); };
    if (is({Role::StationHead}))
        return denied(tr("You are signed in as %1 (%2); this needs a station head.").arg(who, role));
    if (is({Role::Administrator}))
        return denied(tr("You are signed in as %1 (%2); this needs an administrator.").arg(who, role));
    if (is({Role::DistrictOfficer}))
        return denied(tr("You are signed in as %1 (%2); this needs a district officer.").arg(who, role));
    if (is({Role::StationStaff, Role::StationHead}))
        return denied(tr("You are signed in as %1 (%2); this needs station staff or a station head.").arg(who, role));
    if (is({Role::StationHead, Role::DistrictOfficer}))
        return denied(
            tr("You are signed in as %1 (%2); this needs a station head or a district officer.").arg(who, role));
    if (is({Role::StationHead, Role::Administrator}))
        return denied(
            tr("You are signed in as %1 (%2); this needs a station head or an administrator.").arg(who, role));
    if (is({Role::StationStaff, Role::StationHead, Role::DistrictOfficer}))
        return denied(tr("You are signed in as %1 (%2); this needs station staff, a station head or a district "
                         "officer.")
                          .arg(who, role));
    if (is({Role::StationHead, Role::DistrictOfficer, Role::Administrator}))
        return denied(tr("You are signed in as %1 (%2); this needs a station head, a district officer or an "
                         "administrator.")
                          .arg(who, role));
    return denied(tr("You are signed in as %1 (%2), which may not do this.").arg(who, role));
}

Status AccessPolicy::requireCurrent(Store &store, Permission permission)
{
    const QString userId = store.currentUserId();
    if (userId.isEmpty()) {
        if (!signInRequired())
            return {};
        return require(User{}, permission);
    }
    // Read afresh: a role changed or an account disabled by sync applies at once.
    std::optional<User> user = UserRepository(store).find(userId);
    if (!user || user->meta.deleted) {
        // A tool may name an author that has no account here (an import replaying a ledger, a test):
        // it acts as the system. Where sign-in is required, a vanished account is refused.
        if (!user && !signInRequired())
            return {};
        return Error{QStringLiteral("access.denied"), tr("Your account no longer exists. Sign in again.")};
    }
    return require(*user, permission);
}

QString AccessPolicy::currentRole(Store &store)
{
    const QString userId = store.currentUserId();
    if (userId.isEmpty())
        return Role::StationStaff;
    const std::optional<User> user = UserRepository(store).find(userId);
    if (!user || user->meta.deleted || !user->active)
        return Role::StationStaff;
    return user->role;
}

} // namespace zt
