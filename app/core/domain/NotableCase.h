#pragma once
// A case picked as notable (典型案例) for the report of one month.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QString>

namespace zt {

struct NotableCase
{
    QString id;
    QString stationId;
    QString caseId;
    QString period; // "YYYY-MM": the month whose report prints it
    SyncMeta meta;

    static QString periodOf(QDate date) { return date.toString(QStringLiteral("yyyy-MM")); }
};

// A notable case as the report prints it: number, title, community, department and what came of it.
struct NotableCaseLine
{
    QString caseId;
    QString caseNo;
    QString title;
    QString community;
    QString department;
    QString status;       // CaseStatus code
    QString satisfaction; // Satisfaction code or empty
    QDate registeredOn;
    QDate deadline;
    QDate repliedOn;
    QDate closedOn;
    QString period;
};

} // namespace zt
