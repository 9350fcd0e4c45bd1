#pragma once
// JSON text written straight into a byte buffer, for the push path's flat objects (a row's changed
// fields, per-field versions, a mutation's answer). QJsonDocument::toJson re-encodes through its CBOR
// containers and grows its buffer byte by byte; the push wrote ~10 such objects per mutation, which
// was the largest part of both ends' CPU. Output is compact JSON that QJsonDocument reads back to the
// same values (integers stay integers, other numbers shortest round-trip, NaN/inf as null, like Qt).

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace zt::sync {

class JsonText
{
public:
    // A JSON string: quotes, escapes, UTF-8.
    static void appendString(QByteArray &out, QStringView text);
    static void appendString(QByteArray &out, QLatin1StringView text);
    // A string given as valid UTF-8, quoted and escaped as appendString(QStringView) writes it.
    static void appendUtf8String(QByteArray &out, QByteArrayView utf8);
    // Any value; nested arrays and objects included (through Qt for those, they are rare here).
    static void appendValue(QByteArray &out, const QJsonValue &value);
    static void appendObject(QByteArray &out, const QJsonObject &object);
    static QByteArray object(const QJsonObject &object);
    // "key": (with the comma before it unless first); key is an ASCII name that needs no escape.
    static void appendKey(QByteArray &out, QLatin1StringView key, bool first = false);
    // Text that is one JSON object as written by QJsonDocument or by this class: a cheap sanity check
    // before splicing stored text into a document (not a parser).
    static bool looksLikeObject(const QByteArray &text);
};

} // namespace zt::sync
