#include "sync/Mutation.h"

#include "sync/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace zt::sync {

namespace {

Error bad(const QString &what)
{
    return Error{QStringLiteral("bad_request"), what};
}

bool isScalar(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool() || v.isNull();
}

} // namespace

QJsonObject Mutation::toJson() const
{
    QJsonObject o{{QStringLiteral("device_seq"), deviceSeq}, {QStringLiteral("mutation_id"), mutationId},
                  {QStringLiteral("tx_id"), txId},           {QStringLiteral("tbl"), table},
                  {QStringLiteral("row_id"), rowId},         {QStringLiteral("op"), op},
                  {QStringLiteral("fields"), fieldsObject()},        {QStringLiteral("base_sv"), baseSv},
                  {QStringLiteral("base_fields"), baseFields}, {QStringLiteral("hlc"), hlc},
                  {QStringLiteral("schema_v"), schemaV}};
    o.insert(QStringLiteral("user_id"), userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userId));
    return o;
}

void Mutation::appendJson(QByteArray &out) const
{
    // Keys in the order QJsonObject keeps them (sorted), so both writers give the same text.
    auto object = [&out](QLatin1StringView key, const QByteArray &text, const QJsonObject &parsed, bool first) {
        JsonText::appendKey(out, key, first);
        if (JsonText::looksLikeObject(text))
            out.append(text);
        else if (text.isEmpty())
            JsonText::appendObject(out, parsed);
        else // not what the write path stores: send what it parses to, as before
            JsonText::appendObject(out, QJsonDocument::fromJson(text).object());
    };
    out.append('{');
    object(QLatin1StringView("base_fields"), baseFieldsText, baseFields, true);
    JsonText::appendKey(out, QLatin1StringView("base_sv"));
    out.append(QByteArray::number(baseSv));
    JsonText::appendKey(out, QLatin1StringView("device_seq"));
    out.append(QByteArray::number(deviceSeq));
    object(QLatin1StringView("fields"), fieldsText, fieldsObject(), false);
    JsonText::appendKey(out, QLatin1StringView("hlc"));
    JsonText::appendString(out, hlc);
    JsonText::appendKey(out, QLatin1StringView("mutation_id"));
    JsonText::appendString(out, mutationId);
    JsonText::appendKey(out, QLatin1StringView("op"));
    JsonText::appendString(out, op);
    JsonText::appendKey(out, QLatin1StringView("row_id"));
    JsonText::appendString(out, rowId);
    JsonText::appendKey(out, QLatin1StringView("schema_v"));
    out.append(QByteArray::number(schemaV));
    JsonText::appendKey(out, QLatin1StringView("tbl"));
    JsonText::appendString(out, table);
    JsonText::appendKey(out, QLatin1StringView("tx_id"));
    JsonText::appendString(out, txId);
    JsonText::appendKey(out, QLatin1StringView("user_id"));
    if (userId.isEmpty())
        out.append("null", 4);
    else
        JsonText::appendString(out, userId);
    out.append('}');
}

Result<Mutation> Mutation::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return bad(QStringLiteral("a mutation must be an object"));
    const QJsonObject o = value.toObject();
    static const QSet<QString> known{QStringLiteral("device_seq"), QStringLiteral("mutation_id"), QStringLiteral("tx_id"),
                                     QStringLiteral("tbl"),        QStringLiteral("row_id"),      QStringLiteral("op"),
                                     QStringLiteral("fields"),     QStringLiteral("base_sv"),     QStringLiteral("base_fields"),
                                     QStringLiteral("hlc"),        QStringLiteral("user_id"),     QStringLiteral("schema_v")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            return bad(QStringLiteral("unknown key '%1' in a mutation").arg(it.key()));

    auto integer = [&](const char *key, qint64 *out, qint64 min) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        // Range first: casting a double outside qint64 is undefined (found by fuzz_pushbatch).
        if (!(d >= double(min) && d <= 9.0e15) || d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    };
    auto text = [&](const char *key, QString *out, bool required) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return !required;
        if (!v.isString() || v.toString().size() > 200 || (required && v.toString().isEmpty()))
            return false;
        *out = v.toString();
        return true;
    };

    Mutation m;
    qint64 schema = 0;
    if (!integer("device_seq", &m.deviceSeq, 1))
        return bad(QStringLiteral("device_seq must be a positive integer"));
    if (!integer("base_sv", &m.baseSv, 0))
        return bad(QStringLiteral("base_sv must be a non-negative integer"));
    if (!integer("schema_v", &schema, 0))
        return bad(QStringLiteral("schema_v must be a non-negative integer"));
    m.schemaV = int(schema);
    if (!text("mutation_id", &m.mutationId, true))
        return bad(QStringLiteral("mutation_id must be a non-empty string"));
    if (!text("tx_id", &m.txId, false))
        return bad(QStringLiteral("tx_id must be a string"));
    if (!text("tbl", &m.table, true))
        return bad(QStringLiteral("tbl must be a non-empty string"));
    if (!text("row_id", &m.rowId, true))
        return bad(QStringLiteral("row_id must be a non-empty string"));
    if (!text("op", &m.op, true) || !(m.op == QLatin1String("insert") || m.op == QLatin1String("update")
                                      || m.op == QLatin1String("delete")))
        return bad(QStringLiteral("op must be insert, update or delete"));
    if (!text("hlc", &m.hlc, true))
        return bad(QStringLiteral("hlc must be a non-empty string"));
    if (!text("user_id", &m.userId, false))
        return bad(QStringLiteral("user_id must be a string or null"));
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    const QJsonValue base = o.value(QStringLiteral("base_fields"));
    if (!fields.isObject())
        return bad(QStringLiteral("fields must be an object"));
    if (!base.isUndefined() && !base.isObject())
        return bad(QStringLiteral("base_fields must be an object"));
    m.fields = fields.toObject();
    m.baseFields = base.toObject();
    for (const QJsonObject *obj : {&m.fields, &m.baseFields})
        for (auto it = obj->constBegin(); it != obj->constEnd(); ++it)
            if (!isScalar(it.value()))
                return bad(QStringLiteral("field '%1' must be a string, number, boolean or null").arg(it.key()));
    return m;
}

} // namespace zt::sync
