// libFuzzer target: the strict decoding of a push body (POST /sync/v1/push), which the server runs on
// whatever a network peer sends. Any bytes must give a batch or an error with a code, never a crash; a
// batch that decodes must encode and decode again to the same mutations (nothing silently dropped).
// The raw-text scanner (PushBodyScanner) must never take a body the QJsonDocument parse refuses, and
// what it takes must be the same batch; so too with the inserts' fields kept as UTF-8 (the server's
// form, decision 36), whose values must also write the same JSON text as the parsed ones.

#include "sync/PushBatch.h"
#include "sync/JsonText.h"
#include "sync/PushBodyScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto batch = zt::sync::PushBatch::fromJson(body);
    const auto reference = zt::sync::PushBatch::fromJsonDocument(body);
    if (bool(batch) != bool(reference))
        std::abort();
    if (const auto scanned = zt::sync::PushBodyScanner::scan(body, zt::sync::kMaxBatchMutations)) {
        if (!reference || scanned->deviceId != reference->deviceId || scanned->batchId != reference->batchId
            || scanned->mutations.size() != reference->mutations.size())
            std::abort();
        for (qsizetype i = 0; i < scanned->mutations.size(); ++i)
            if (scanned->mutations.at(i).toJson() != reference->mutations.at(i).toJson())
                std::abort();
    }
    const auto utf8 = zt::sync::PushBodyScanner::scan(body, zt::sync::kMaxBatchMutations, zt::sync::PushBatch::InsertFields::Scanned);
    if (bool(utf8) != bool(zt::sync::PushBodyScanner::scan(body, zt::sync::kMaxBatchMutations)))
        std::abort();
    if (utf8) {
        if (utf8->mutations.size() != reference->mutations.size())
            std::abort();
        for (qsizetype i = 0; i < utf8->mutations.size(); ++i) {
            const zt::sync::Mutation &m = utf8->mutations.at(i);
            const zt::sync::Mutation &r = reference->mutations.at(i);
            if (m.toJson() != r.toJson() || (m.fieldsScanned && (m.op != QLatin1String("insert") || !m.fields.isEmpty())))
                std::abort();
            for (qsizetype f = 0; f < m.scannedFields.size(); ++f) {
                const QLatin1StringView key(m.scannedFields.key(f).data(), m.scannedFields.key(f).size());
                QByteArray mine;
                QByteArray theirs;
                m.scannedFields.appendJson(mine, f);
                zt::sync::JsonText::appendValue(theirs, r.fields.value(key));
                if (mine != theirs || !m.hasField(key) || m.field(key) != r.fields.value(key))
                    std::abort();
            }
        }
    }
    if (!batch) {
        if (batch.error().code.isEmpty())
            std::abort();
        return 0;
    }
    const auto again = zt::sync::PushBatch::fromJson(batch->toJson());
    if (!again || again->mutations.size() != batch->mutations.size() || again->deviceId != batch->deviceId)
        std::abort();
    // The body is written as text (sync/JsonText): it must read back as what QJsonDocument writes.
    QJsonArray list;
    for (const zt::sync::Mutation &m : batch->mutations)
        list.append(m.toJson());
    const QJsonObject viaQt{{QStringLiteral("device_id"), batch->deviceId}, {QStringLiteral("batch_id"), batch->batchId},
                            {QStringLiteral("mutations"), list}};
    if (QJsonDocument::fromJson(batch->toJson()).object()
        != QJsonDocument::fromJson(QJsonDocument(viaQt).toJson(QJsonDocument::Compact)).object())
        std::abort();
    return 0;
}
