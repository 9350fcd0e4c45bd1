#include "sync/PullPage.h"

#include "sync/SyncLimits.h"

#include <QJsonArray>

namespace zt::sync {

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const PulledRow &r : rows)
        list.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                {QStringLiteral("tbl"), r.table},
                                {QStringLiteral("op"), r.op},
                                {QStringLiteral("row"), r.row}});
    return QJsonObject{{QStringLiteral("rows"), list},
                       {QStringLiteral("next_since"), nextSince},
                       {QStringLiteral("has_more"), hasMore},
                       {QStringLiteral("scope_epoch"), scopeEpoch},
                       {QStringLiteral("schema_min"), 1},
                       {QStringLiteral("schema_max"), kProtocolVersion},
                       {QStringLiteral("server_time"), serverTime}};
}

PullPage PullPage::fromJson(const QJsonObject &o)
{
    PullPage p;
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        p.rows.append(PulledRow{r.value(QStringLiteral("seq")).toInteger(), r.value(QStringLiteral("tbl")).toString(),
                                r.value(QStringLiteral("op")).toString(), r.value(QStringLiteral("row")).toObject()});
    }
    p.nextSince = o.value(QStringLiteral("next_since")).toInteger();
    p.hasMore = o.value(QStringLiteral("has_more")).toBool();
    p.scopeEpoch = o.value(QStringLiteral("scope_epoch")).toInteger();
    p.serverTime = o.value(QStringLiteral("server_time")).toString();
    return p;
}

} // namespace zt::sync
