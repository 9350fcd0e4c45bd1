#include "sync/PushBatch.h"

#include "sync/SyncLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace zt::sync {

QByteArray PushBatch::toJson() const
{
    QJsonArray list;
    for (const Mutation &m : mutations)
        list.append(m.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), deviceId},
                                     {QStringLiteral("batch_id"), batchId},
                                     {QStringLiteral("mutations"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<PushBatch> PushBatch::fromJson(const QByteArray &body)
{
    auto bad = [](const QString &what) { return Error{QStringLiteral("bad_request"), what}; };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(QStringLiteral("the body is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return bad(QStringLiteral("the body must be a JSON object"));
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != QLatin1String("device_id") && it.key() != QLatin1String("batch_id")
            && it.key() != QLatin1String("mutations"))
            return bad(QStringLiteral("unknown key '%1'").arg(it.key()));
    PushBatch batch;
    if (!o.value(QStringLiteral("device_id")).isString())
        return bad(QStringLiteral("device_id must be a string"));
    batch.deviceId = o.value(QStringLiteral("device_id")).toString();
    if (!o.value(QStringLiteral("batch_id")).isString())
        return bad(QStringLiteral("batch_id must be a string"));
    batch.batchId = o.value(QStringLiteral("batch_id")).toString();
    if (!o.value(QStringLiteral("mutations")).isArray())
        return bad(QStringLiteral("mutations must be an array"));
    const QJsonArray list = o.value(QStringLiteral("mutations")).toArray();
    if (list.isEmpty() || list.size() > kMaxBatchMutations)
        return bad(QStringLiteral("a batch holds 1 to %1 mutations").arg(kMaxBatchMutations));
    for (const QJsonValue &v : list) {
        auto m = Mutation::fromJson(v);
        if (!m)
            return m.error();
        if (!batch.mutations.isEmpty() && m->deviceSeq != batch.mutations.last().deviceSeq + 1)
            return bad(QStringLiteral("mutations must be in consecutive device_seq order"));
        batch.mutations.append(std::move(m).value());
    }
    return batch;
}

} // namespace zt::sync
