#pragma once
// One case as a line of a report table (overdue, unsatisfied, notable cases), names already resolved.

#include <QDate>
#include <QString>

namespace zt {

struct CaseLine
{
    QString id;
    QString caseNo;
    QString title;
    QString category;
    QString department;
    QString status;       // CaseStatus code
    QString satisfaction; // Satisfaction code or empty
    QDate registeredOn;
    QDate deadline;
    QDate repliedOn;
};

} // namespace zt
