#pragma once
// A department that handles assigned cases (承办单位): a street office section or a district bureau.

#include "domain/SyncMeta.h"

namespace zt {

struct Department
{
    QString id;
    QString stationId;
    QString name;
    QString kind = QStringLiteral("street"); // street, district, other
    QString contact;
    QString phone;
    SyncMeta meta;
};

} // namespace zt
