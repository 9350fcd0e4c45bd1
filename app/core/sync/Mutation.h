#pragma once
// One outbox entry as it travels in a push: a stable id, the device's counter, the changed fields and
// the server version they were edited from. Parsing is strict: a wrong type is an error, not a guess.

#include "common/Result.h"

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

    QJsonObject toJson() const;
    // Error codes: bad_request.* with the offending key in the message (for the 400 reason).
    static Result<Mutation> fromJson(const QJsonValue &value);
};

} // namespace zt::sync
