#include "sync/PushBatch.h"

#include "sync/JsonText.h"
#include "sync/PushBodyScanner.h"
#include "sync/SyncLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace zt::sync {

QByteArray PushBatch::toJson() const
{
    // Written as text (sync/JsonText): a push body is ~1 KiB a mutation, and building it through
    // QJsonObject / QJsonDocument cost more CPU than the rest of the client's push.
    QByteArray out;
    qsizetype estimate = 96;
    for (const Mutation &m : mutations)
        estimate += 320 + m.fieldsText.size() + m.baseFieldsText.size() + (m.fieldsText.isEmpty() ? 64 * m.fields.size() : 0);
    out.reserve(estimate);
    out.append('{');
    JsonText::appendKey(out, QLatin1StringView("batch_id"), true);
    JsonText::appendString(out, batchId);
    JsonText::appendKey(out, QLatin1StringView("device_id"));
    JsonText::appendString(out, deviceId);
    JsonText::appendKey(out, QLatin1StringView("mutations"));
    out.append('[');
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        if (i > 0)
            out.append(',');
        mutations.at(i).appendJson(out);
    }
    out.append("]}", 2);
    return out;
}

Result<PushBatch> PushBatch::fromJson(const QByteArray &body, int maxMutations, InsertFields insertFields)
{
    if (auto scanned = PushBodyScanner::scan(body, maxMutations, insertFields))
        return std::move(*scanned);
    return fromJsonDocument(body, maxMutations);
}

Result<PushBatch> PushBatch::fromJsonDocument(const QByteArray &body, int maxMutations)
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
    if (list.isEmpty())
        return bad(QStringLiteral("a batch holds 1 to %1 mutations").arg(maxMutations));
    if (list.size() > maxMutations)
        return Error{QStringLiteral("batch_too_large"),
                     QStringLiteral("the batch has %1 mutations; this server takes at most %2 (push_max_mutations)")
                         .arg(list.size()).arg(maxMutations)};
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
