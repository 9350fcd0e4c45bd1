#pragma once
// The fields of a pushed insert as the server's body scanner read them: every key and value as UTF-8
// bytes in one buffer, and no QJsonObject. Building a QJsonObject of each mutation's fields (and
// then turning its values back into UTF-8 for the row check and the stored row text) was the largest
// part of the server's push CPU left after decisions 28-31 (decision 36).
//
// Only the plain case is held this way (PushBodyScanner decides; anything else gets a QJsonObject as
// before): ASCII keys without escapes in strictly ascending byte order (so no key twice, and the
// order a QJsonObject keeps its keys in), values that are strings, integers of at most 15 digits,
// true, false or null.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace zt::sync {

class ScannedFields
{
public:
    enum class Kind : quint8 { String, Integer, True, False, Null };

    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }
    QByteArrayView key(qsizetype i) const
    {
        const Field &f = m_fields.at(i);
        return QByteArrayView(m_bytes.constData() + f.keyAt, f.keySize);
    }
    Kind kind(qsizetype i) const { return m_fields.at(i).kind; }
    // A string's decoded UTF-8 (escapes resolved); empty for the other kinds.
    QByteArrayView utf8(qsizetype i) const
    {
        const Field &f = m_fields.at(i);
        return QByteArrayView(m_bytes.constData() + f.valueAt, f.valueSize);
    }
    qint64 integer(qsizetype i) const { return m_fields.at(i).integer; }
    // The index of the key, or -1 (the keys are sorted: a binary search).
    qsizetype indexOf(QByteArrayView key) const;
    bool contains(QByteArrayView key) const { return indexOf(key) >= 0; }
    QJsonValue value(qsizetype i) const;
    // The value of the key, or undefined when the key is not there (as QJsonObject::value).
    QJsonValue value(QByteArrayView key) const;
    // The same fields as a QJsonObject (what the scanner made before decision 36).
    QJsonObject toObject() const;
    // Appends value i as compact JSON text, byte for byte what JsonText::appendValue writes for it.
    void appendJson(QByteArray &out, qsizetype i) const;

    // Building, for the scanner: appends; false when the key is not above the last one (the
    // caller then makes a QJsonObject of the fields instead, which finds a key given twice).
    void reserve(qsizetype bytes, qsizetype fields);
    bool add(QByteArrayView key, Kind kind, QByteArrayView utf8 = {}, qint64 integer = 0);
    void clear();

private:
    struct Field
    {
        qint32 keyAt = 0;
        qint32 keySize = 0;
        qint32 valueAt = 0;
        qint32 valueSize = 0;
        Kind kind = Kind::Null;
        qint64 integer = 0;
    };
    QByteArray m_bytes;
    QList<Field> m_fields;
};

} // namespace zt::sync
