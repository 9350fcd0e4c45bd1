#pragma once
// One outbox entry as it travels in a push: a stable id, the device's counter, the changed fields and
// the server version they were edited from. Parsing is strict: a wrong type is an error, not a guess.

#include "common/Result.h"
#include "sync/ScannedFields.h"

#include <QJsonObject>
#include <QString>

namespace zt::sync {

struct Mutation
{
    qint64 deviceSeq = 0;
    QString mutationId;
    QString txId;
    QString table;
    QString rowId;
    QString op; // insert | update | delete
    QJsonObject fields;
    qint64 baseSv = 0;
    QJsonObject baseFields;
    QString hlc;
    QString userId;
    int schemaV = 0;
    // The client's outbox text of fields / base_fields (compact JSON objects, as the write path
    // stored them), spliced into the push body as they are: a push neither parses nor re-writes
    // them. When empty, fields / baseFields are written.
    QByteArray fieldsText;
    QByteArray baseFieldsText;
    // Set instead of `fields` for an insert the server's body scanner read in the plain form
    // (PushBatch::InsertFields::Scanned, decision 36): `fields` is then empty. Code that reads a
    // mutation's fields on the server uses field() / hasField() / fieldsObject(), which read either.
    ScannedFields scannedFields;
    bool fieldsScanned = false;

    bool hasField(QLatin1StringView key) const
    {
        return fieldsScanned ? scannedFields.contains(QByteArrayView(key.data(), key.size())) : fields.contains(key);
    }
    // The field's value, undefined when it is not there.
    QJsonValue field(QLatin1StringView key) const
    {
        return fieldsScanned ? scannedFields.value(QByteArrayView(key.data(), key.size())) : fields.value(key);
    }
    // The same for a key held as a QString (a column name read from the schema).
    bool hasField(const QString &key) const
    {
        return fieldsScanned ? scannedFields.contains(key.toUtf8()) : fields.contains(key);
    }
    QJsonValue field(const QString &key) const
    {
        return fieldsScanned ? scannedFields.value(key.toUtf8()) : fields.value(key);
    }
    // The same for a key held in both encodings, so that a lookup in the scanned form converts nothing.
    bool hasField(const QString &key, QByteArrayView utf8Key) const
    {
        return fieldsScanned ? scannedFields.contains(utf8Key) : fields.contains(key);
    }
    QJsonValue field(const QString &key, QByteArrayView utf8Key) const
    {
        return fieldsScanned ? scannedFields.value(utf8Key) : fields.value(key);
    }
    QJsonObject fieldsObject() const { return fieldsScanned ? scannedFields.toObject() : fields; }

    QJsonObject toJson() const;
    // The same as compact JSON text, appended to out (the push body is written this way).
    void appendJson(QByteArray &out) const;
    // Error codes: bad_request.* with the offending key in the message (for the 400 reason).
    static Result<Mutation> fromJson(const QJsonValue &value);
};

} // namespace zt::sync
