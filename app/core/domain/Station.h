#pragma once
// A deputy liaison station (代表联络站), named after its township or street division.

#include "domain/SyncMeta.h"

namespace zt {

struct Station
{
    QString id;
    QString code;          // township/street division code, e.g. 330203006
    QString name;          // the unified name on the plate
    QString divisionCode;
    QString address;
    QString openingHours;
    QString contactPerson;
    QString contactPhone;
    SyncMeta meta;
};

} // namespace zt
