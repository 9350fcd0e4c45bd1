#pragma once
// The server's answer for one pushed mutation, and the conflicts it recorded, as stored for replays.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zt::sync {

struct FieldConflict
{
    QString id;
    QString field;
    QJsonValue baseValue;
    QJsonValue serverValue;
    QJsonValue localValue;
    QString kept; // "server" (the stored value stayed) or "local" (this mutation's value won)
};

struct MutationResult
{
    qint64 deviceSeq = 0;
    QString mutationId;
    QString status; // applied | merged | conflict | rejected
    qint64 sv = 0;
    QString code;   // for rejected: out_of_scope, unknown_table, unknown_field, invalid_row, ...
    QString reason;
    QList<FieldConflict> conflicts;

    QJsonObject toJson() const;
    // The same as compact JSON text (the server writes its push answers and log this way).
    QByteArray toJsonText() const;
    static MutationResult fromJson(const QJsonObject &o);
};

} // namespace zt::sync
