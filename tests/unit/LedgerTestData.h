#pragma once
// Reference data the ledger fixtures under tests/data/ledger name: two deputies, three departments and the
// default categories, written into a test store.

#include "storage/Store.h"

namespace zt::test {

bool addLedgerReferenceData(Store &store);
QString ledgerFixture(const QString &name);

} // namespace zt::test
