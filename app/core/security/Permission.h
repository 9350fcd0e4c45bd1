#pragma once
// What a signed-in user may do; AccessPolicy says which roles hold each permission.

#include <QList>

namespace zt {

enum class Permission {
    RecordVisits, // register visitors and reception visits
    FollowCases,  // register, accept, remind, reply, feed back, rate
    ApproveCases, // not accept, cancel, close without a rating, merge
    AssignCases,  // assign, reassign and supervise across the station's departments
    ViewReports,
    PrintReports, // also exports: both take figures off the PC
    ChangeSettings,
    ManageUsers,
    ManageReferenceData, // stations, categories, departments, deputies
    SeeAllStationsOfDistrict,
    SeePersonalData, // unmasked phone and ID numbers
    ViewAuditLog,    // who did what and when
};

inline QList<Permission> allPermissions()
{
    return {Permission::RecordVisits,        Permission::FollowCases,
            Permission::ApproveCases,        Permission::AssignCases,
            Permission::ViewReports,         Permission::PrintReports,
            Permission::ChangeSettings,      Permission::ManageUsers,
            Permission::ManageReferenceData, Permission::SeeAllStationsOfDistrict,
            Permission::SeePersonalData,     Permission::ViewAuditLog};
}

} // namespace zt
