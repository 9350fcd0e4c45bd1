#pragma once
// An activity the station's deputies held (活动开展): a themed reception, a field visit, a survey, a
// law-publicity event, the study day, a lecture or a forum. Listed in the monthly report.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace zt {

struct Activity
{
    QString id;
    QString stationId;
    QDate heldOn;
    QString kind; // ActivityKind code
    QString title;
    QString place;
    int participants = 0; // people who took part, deputies not counted
    QString note;
    QStringList deputyIds;   // the deputies who took part (station_activity_deputy rows)
    QStringList deputyNames; // filled when read, in the order of deputyIds
    SyncMeta meta;
};

} // namespace zt
