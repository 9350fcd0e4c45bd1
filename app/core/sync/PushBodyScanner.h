#pragma once
// A push body read straight from its text, without building a QJsonDocument tree first: the
// server's parse of a 1,000-mutation body through QJsonDocument and QJsonObject lookups was ~70k
// instructions a mutation, a third of its push CPU.
//
// Only the well-formed case is handled here: any byte the scanner does not expect (bad JSON, an
// unknown or repeated key, a wrong type, a number that is not a plain integer, a string it would
// have to judge, a mutation PushBatch / Mutation would refuse) makes it give up, and
// PushBatch::fromJson then parses the body the old way, which gives the refusal and its reason.
// So refusals stay exactly what they were, and an accepted body gives the same batch either way
// (tst_syncprotocol compares the two, fuzz_pushbatch feeds both).

#include "sync/PushBatch.h"

#include <optional>

namespace zt::sync {

class PushBodyScanner
{
public:
    // The batch, or nullopt when the body is anything but a well-formed batch of 1 to maxMutations
    // mutations in consecutive device_seq order.
    // insertFields: Scanned keeps the fields of plain inserts as ScannedFields (decision 36).
    static std::optional<PushBatch> scan(const QByteArray &body, int maxMutations,
                                         PushBatch::InsertFields insertFields = PushBatch::InsertFields::Object);
};

} // namespace zt::sync
