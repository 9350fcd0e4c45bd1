#pragma once
// One problem raised by citizens (意见建议), followed around the closed loop until it is closed.

#include "domain/SyncMeta.h"

#include <QDate>

namespace zt {

struct CaseRecord
{
    QString id;
    QString stationId;
    QString pointId;
    QString caseNo;        // 330203006-2026-A0142
    QString title;
    QString description;
    QString categoryId;
    QString communityCode;
    QString location;
    QString channel = QStringLiteral("walk_in");
    QString externalRef;
    QString visitId;
    QString citizenName;
    QString citizenPhone;
    QString deputyId;      // the deputy following the case
    QString status = QStringLiteral("registered");
    QString departmentId;
    QDate deadline;
    QString priority = QStringLiteral("normal");
    QString satisfaction;
    QDate registeredOn;
    QDate assignedOn;
    QDate repliedOn;
    QDate closedOn;
    SyncMeta meta;
};

} // namespace zt
