#pragma once
// A case category (问题类别) with its default handling deadline in working days.

#include "domain/SyncMeta.h"

namespace zt {

struct Category
{
    QString id;
    QString stationId;
    QString code;
    QString name;
    int defaultDeadlineDays = 15;
    int sortOrder = 0;
    SyncMeta meta;
};

} // namespace zt
