#pragma once
// Who is asking, as derived on the server from the access token: the device, its account and the
// stations that account may read and write. Never taken from the request body.

#include <QSet>
#include <QString>

namespace zt::server {

struct Scope
{
    QString deviceId;
    QString accountId;
    QString username;
    QString kind; // station | district
    QSet<QString> stationIds;

    bool isDistrict() const { return kind == QLatin1String("district"); }
    bool contains(const QString &stationId) const { return stationIds.contains(stationId); }
};

} // namespace zt::server
