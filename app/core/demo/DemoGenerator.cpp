#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "demo/DemoRun.h"
#include "refdata/ReferenceDataLoader.h"
#include "storage/Store.h"

namespace zt {

Result<DemoSummary> DemoGenerator::generate(Store &store, const DemoOptions &options)
{
    if (store.isSetUp())
        return Error{QStringLiteral("demo.already_set_up"),
                     tr("Demo data can only be generated into a new, empty store; this one is already set up.")};
    if (options.cases < 0)
        return Error{QStringLiteral("demo.bad_options"), tr("The number of demo cases cannot be negative.")};
    if (Status s = ReferenceDataLoader::ensureLoaded(store.db()); !s)
        return s.error();
    const QDate to = options.endDate.isValid() ? options.endDate : Clock::today();
    const QDate from = to.addYears(-2).addDays(1);
    DemoRun run(store, options, from, to);
    return run.run();
}

} // namespace zt
