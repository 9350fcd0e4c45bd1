#include "workflow/CaseRegistration.h"

#include "common/Clock.h"
#include "domain/CaseEvent.h"
#include "domain/Codes.h"
#include "security/AccessPolicy.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseNumberAllocator.h"
#include "storage/CaseRepository.h"

namespace zt {

Status CaseRegistration::registerCase(WriteTransaction &tx, const QString &stationCode, CaseRecord &record,
                                      const QDateTime &registeredAt)
{
    if (Status s = AccessPolicy::requireCurrent(tx.store(), Permission::FollowCases); !s)
        return s;
    if (record.title.trimmed().isEmpty())
        return Error{QStringLiteral("case.no_title"), tr("Please describe the problem in a short title.")};
    if (!record.registeredOn.isValid())
        record.registeredOn = Clock::today();
    auto number = CaseNumberAllocator::next(tx, stationCode, record.registeredOn);
    if (!number)
        return number.error();
    record.caseNo = number.value();
    record.status = CaseStatus::Registered;
    record.title = record.title.trimmed();
    CaseRepository cases(tx.store());
    if (Status s = cases.insert(tx, record); !s)
        return s;
    CaseEvent event;
    event.stationId = record.stationId;
    event.caseId = record.id;
    event.kind = CaseEventKind::Registered;
    event.deputyId = record.deputyId;
    event.occurredAt = registeredAt.isValid() ? registeredAt.toUTC() : QDateTime();
    return CaseEventRepository(tx.store()).append(tx, event);
}

} // namespace zt
