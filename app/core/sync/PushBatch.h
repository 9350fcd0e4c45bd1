#pragma once
// The body of POST /sync/v1/push: one device's mutations in device_seq order.

#include "common/Result.h"
#include "sync/Mutation.h"
#include "sync/SyncLimits.h"

#include <QByteArray>
#include <QList>

namespace zt::sync {

struct PushBatch
{
    QString deviceId;
    QString batchId;
    QList<Mutation> mutations;

    // How a scanned body gives the fields of an insert: as the QJsonObject `fields`, or (the server's
    // push, decision 36) as Mutation::scannedFields when they are in the plain form.
    enum class InsertFields { Object, Scanned };

    QByteArray toJson() const;
    // Strict: unknown keys, wrong types, an empty batch, or device_seq out of order are errors
    // (code bad_request); more than maxMutations is batch_too_large (the server answers 413).
    // A well-formed body is read by PushBodyScanner straight from the text; anything else goes
    // through fromJsonDocument, which says what is wrong.
    static Result<PushBatch> fromJson(const QByteArray &body, int maxMutations = kMaxBatchMutations,
                                      InsertFields insertFields = InsertFields::Object);
    // The same through a QJsonDocument tree (the reference the scanner is tested against).
    static Result<PushBatch> fromJsonDocument(const QByteArray &body, int maxMutations = kMaxBatchMutations);
};

} // namespace zt::sync
