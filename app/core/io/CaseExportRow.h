#pragma once
// One case as an export writes it: what the ledger holds plus every date of its closed loop.

#include <QDate>
#include <QString>

namespace zt {

struct CaseExportRow
{
    QString id;
    QString caseNo;
    QString title;
    QString description;
    QString status;       // CaseStatus code
    QString satisfaction; // Satisfaction code
    QString category;
    QString department;
    QString community;    // the community's name, or the free-text location
    QString citizenName;
    QString citizenPhone; // unmasked: the exporter masks
    QString citizenIdNumber;
    QString deputies;     // names, separated by 、
    QString replyText;    // the latest reply
    QDate visitDate;
    QDate registered;
    QDate assigned;
    QDate deadline;
    QDate replied;
    QDate fedBack;
    QDate rated;
    QDate closed;
};

} // namespace zt
