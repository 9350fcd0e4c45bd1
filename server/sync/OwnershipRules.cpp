#include "sync/OwnershipRules.h"

#include <QSet>

namespace zt::server {

OwnershipRules::Owner OwnershipRules::ownerOf(const QString &table, const QString &field)
{
    // Cases: the district owns routing (which department, by when, how urgent, and when assigned);
    // the station owns intake and everything it does at the desk.
    static const QSet<QString> caseRouting{QStringLiteral("department_id"), QStringLiteral("deadline"),
                                           QStringLiteral("priority"), QStringLiteral("assigned_on")};
    // Reference data is the district's: its value stands, the station's is kept as a conflict.
    static const QSet<QString> districtTables{QStringLiteral("station"), QStringLiteral("point"),
                                              QStringLiteral("deputy"), QStringLiteral("department"),
                                              QStringLiteral("category"), QStringLiteral("app_user")};
    if (table == QLatin1String("cases"))
        return caseRouting.contains(field) ? Owner::District : Owner::Station;
    if (districtTables.contains(table))
        return Owner::District;
    return Owner::Station; // visit, visitor, visit_deputy, case_event, attachment
}

bool OwnershipRules::isImmutable(const QString &table)
{
    return table == QLatin1String("attachment");
}

bool OwnershipRules::isAppendOnlyField(const QString &table, const QString &field)
{
    static const QSet<QString> fixed{QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("occurred_at"),
                                     QStringLiteral("note")};
    return table == QLatin1String("case_event") && fixed.contains(field);
}

} // namespace zt::server
