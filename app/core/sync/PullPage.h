#pragma once
// One page of GET /sync/v1/pull: full rows after a cursor, in seq order, and where to go on from.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zt::sync {

struct PulledRow
{
    qint64 seq = 0;
    QString table;
    QString op;      // put | delete | revoke
    QJsonObject row; // every column the server holds, with id, station_id, sv, hlc, deleted
};

struct PullPage
{
    QList<PulledRow> rows;
    qint64 nextSince = 0;
    bool hasMore = false;
    qint64 scopeEpoch = 0;
    QString serverTime;

    QJsonObject toJson() const;
    static PullPage fromJson(const QJsonObject &o);
};

} // namespace zt::sync
