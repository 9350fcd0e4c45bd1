#include "sync/MutationResult.h"

#include "sync/JsonText.h"

namespace zt::sync {

QJsonObject MutationResult::toJson() const
{
    QJsonObject o{{QStringLiteral("device_seq"), deviceSeq}, {QStringLiteral("mutation_id"), mutationId},
                  {QStringLiteral("status"), status},        {QStringLiteral("sv"), sv}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const FieldConflict &c : conflicts)
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("field"), c.field},
                                    {QStringLiteral("base"), c.baseValue},
                                    {QStringLiteral("server"), c.serverValue},
                                    {QStringLiteral("local"), c.localValue},
                                    {QStringLiteral("kept"), c.kept}});
        o.insert(QStringLiteral("conflicts"), list);
    }
    return o;
}

QByteArray MutationResult::toJsonText() const
{
    if (!conflicts.isEmpty()) // rare: the conflicts' values may be anything
        return JsonText::object(toJson());
    QByteArray out;
    out.reserve(160 + code.size() + reason.size() * 3);
    out.append('{');
    bool first = true;
    if (!code.isEmpty()) {
        JsonText::appendKey(out, QLatin1StringView("code"), first);
        JsonText::appendString(out, code);
        first = false;
    }
    JsonText::appendKey(out, QLatin1StringView("device_seq"), first);
    out.append(QByteArray::number(deviceSeq));
    JsonText::appendKey(out, QLatin1StringView("mutation_id"));
    JsonText::appendString(out, mutationId);
    if (!reason.isEmpty()) {
        JsonText::appendKey(out, QLatin1StringView("reason"));
        JsonText::appendString(out, reason);
    }
    JsonText::appendKey(out, QLatin1StringView("status"));
    JsonText::appendString(out, status);
    JsonText::appendKey(out, QLatin1StringView("sv"));
    out.append(QByteArray::number(sv));
    out.append('}');
    return out;
}

MutationResult MutationResult::fromJson(const QJsonObject &o)
{
    MutationResult r;
    r.deviceSeq = o.value(QStringLiteral("device_seq")).toInteger();
    r.mutationId = o.value(QStringLiteral("mutation_id")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.sv = o.value(QStringLiteral("sv")).toInteger();
    r.code = o.value(QStringLiteral("code")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject c = v.toObject();
        r.conflicts.append(FieldConflict{c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("field")).toString(),
                                         c.value(QStringLiteral("base")), c.value(QStringLiteral("server")),
                                         c.value(QStringLiteral("local")), c.value(QStringLiteral("kept")).toString()});
    }
    return r;
}

} // namespace zt::sync
