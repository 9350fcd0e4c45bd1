#include "privacy/RetentionService.h"

#include "common/Clock.h"
#include "security/AccessPolicy.h"
#include "storage/AuditLog.h"
#include "storage/PersonalDataRepository.h"
#include "storage/WriteTransaction.h"

namespace zt {

QDate RetentionService::cutoff(int years)
{
    return Clock::today().addYears(-years);
}

AnonymiseSummary RetentionService::preview(int years) const
{
    const QDate before = cutoff(years);
    const PersonalDataRepository repository(m_store);
    return {before, int(repository.casesToAnonymise(before).size()), int(repository.visitorsToAnonymise(before).size())};
}

Result<AnonymiseSummary> RetentionService::anonymise(int years, const Progress &progress)
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::ChangeSettings); !s)
        return s.error();
    if (years < 1)
        return Error{QStringLiteral("retention.invalid"), tr("Keep personal data for at least one year.")};

    AnonymiseSummary summary;
    summary.closedBefore = cutoff(years);
    WriteTransaction tx(m_store);
    const PersonalDataRepository repository(m_store);
    // Read inside the transaction, which holds the write lock: nothing closes or changes in between.
    const QStringList cases = repository.casesToAnonymise(summary.closedBefore);
    const QStringList visitors = repository.visitorsToAnonymise(summary.closedBefore);
    const int total = int(cases.size() + visitors.size());
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };
    for (const QString &id : cases) {
        if (Status s = tx.update(QStringLiteral("cases"), id,
                                 {{QStringLiteral("citizen_name"), QString()}, {QStringLiteral("citizen_phone"), QString()}});
            !s)
            return s.error();
        step();
    }
    for (const QString &id : visitors) {
        if (Status s = tx.update(QStringLiteral("visitor"), id,
                                 {{QStringLiteral("name"), QString()},
                                  {QStringLiteral("phone"), QString()},
                                  {QStringLiteral("id_number"), QString()}});
            !s)
            return s.error();
        step();
    }
    summary.cases = int(cases.size());
    summary.visitors = int(visitors.size());
    if (Status s = AuditLog(m_store).append(QStringLiteral("anonymise"), QStringLiteral("cases"), {},
                                            QStringLiteral("closed_before=%1; cases=%2; visitors=%3")
                                                .arg(summary.closedBefore.toString(Qt::ISODate))
                                                .arg(summary.cases)
                                                .arg(summary.visitors));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace zt
