#include "LedgerTestData.h"

#include "domain/Codes.h"
#include "setup/DefaultCategories.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/WriteTransaction.h"

namespace zt::test {

bool addLedgerReferenceData(Store &store)
{
    WriteTransaction tx(store);
    for (const QString &name : {QStringLiteral("王建国"), QStringLiteral("李秀英")}) {
        Deputy d;
        d.name = name;
        d.level = DeputyLevel::Township;
        if (!DeputyRepository(store).insert(tx, d))
            return false;
    }
    for (const QString &name :
         {QStringLiteral("住建局"), QStringLiteral("生态环境分局"), QStringLiteral("综合行政执法局")}) {
        Department d;
        d.name = name;
        if (!DepartmentRepository(store).insert(tx, d))
            return false;
    }
    for (Category c : DefaultCategories::forStation(store.stationId()))
        if (!CategoryRepository(store).insert(tx, c))
            return false;
    return bool(tx.commit());
}

QString ledgerFixture(const QString &name)
{
    return QStringLiteral(ZT_SOURCE_DIR "/tests/data/ledger/") + name;
}

} // namespace zt::test
