#pragma once
// A citizen (or a group of them) received at a visit.

#include "domain/SyncMeta.h"

namespace zt {

struct Visitor
{
    QString id;
    QString stationId;
    QString visitId;
    QString name;
    QString phone;
    QString idNumber;
    QString communityCode; // village/community division code
    int headcount = 1;     // a group visit counts every person
    SyncMeta meta;
};

} // namespace zt
