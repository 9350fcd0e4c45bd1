#pragma once
// A liaison point (联络点) of a station, in a village, community or office building (一站多点).

#include "domain/SyncMeta.h"

namespace zt {

struct Point
{
    QString id;
    QString stationId;
    QString name;
    QString divisionCode;  // village/community code
    QString address;
    QString openingHours;
    QString contactPerson;
    QString contactPhone;
    SyncMeta meta;
};

} // namespace zt
