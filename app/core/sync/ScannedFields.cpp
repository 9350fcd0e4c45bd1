#include "sync/ScannedFields.h"

#include "sync/JsonText.h"

namespace zt::sync {

qsizetype ScannedFields::indexOf(QByteArrayView key) const
{
    qsizetype low = 0;
    qsizetype high = m_fields.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        const int order = this->key(mid).compare(key);
        if (order == 0)
            return mid;
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return -1;
}

QJsonValue ScannedFields::value(qsizetype i) const
{
    switch (kind(i)) {
    case Kind::String:
        return QJsonValue(QString::fromUtf8(utf8(i)));
    case Kind::Integer:
        return QJsonValue(integer(i));
    case Kind::True:
        return QJsonValue(true);
    case Kind::False:
        return QJsonValue(false);
    case Kind::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue ScannedFields::value(QByteArrayView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QJsonValue(QJsonValue::Undefined) : value(i);
}

QJsonObject ScannedFields::toObject() const
{
    QJsonObject object;
    for (qsizetype i = 0; i < size(); ++i) {
        const QByteArrayView k = key(i);
        bool ascii = true;
        for (char c : k)
            ascii = ascii && uchar(c) < 0x80;
        if (ascii)
            object.insert(QLatin1StringView(k.data(), k.size()), value(i));
        else
            object.insert(QString::fromUtf8(k), value(i));
    }
    return object;
}

void ScannedFields::appendJson(QByteArray &out, qsizetype i) const
{
    switch (kind(i)) {
    case Kind::String:
        JsonText::appendUtf8String(out, utf8(i));
        return;
    case Kind::Integer:
        out.append(QByteArray::number(integer(i)));
        return;
    case Kind::True:
        out.append("true", 4);
        return;
    case Kind::False:
        out.append("false", 5);
        return;
    case Kind::Null:
        out.append("null", 4);
        return;
    }
}

void ScannedFields::reserve(qsizetype bytes, qsizetype fields)
{
    m_bytes.reserve(bytes);
    m_fields.reserve(fields);
}

bool ScannedFields::add(QByteArrayView key, Kind kind, QByteArrayView utf8, qint64 integer)
{
    const bool ascending = m_fields.isEmpty() || this->key(m_fields.size() - 1).compare(key) < 0;
    Field f;
    f.keyAt = qint32(m_bytes.size());
    f.keySize = qint32(key.size());
    m_bytes.append(key);
    f.valueAt = qint32(m_bytes.size());
    f.valueSize = qint32(utf8.size());
    m_bytes.append(utf8);
    f.kind = kind;
    f.integer = integer;
    m_fields.append(f);
    return ascending;
}

void ScannedFields::clear()
{
    m_bytes.clear();
    m_fields.clear();
}

} // namespace zt::sync
