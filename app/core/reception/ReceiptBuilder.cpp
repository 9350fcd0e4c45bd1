#include "reception/ReceiptBuilder.h"

#include "privacy/PersonalDataMask.h"
#include "storage/CaseRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"
#include "workflow/VisitIntake.h"

namespace zt {

Result<Receipt> ReceiptBuilder::forVisit(Store &store, const QString &visitId)
{
    const VisitRepository visits(store);
    auto visit = visits.find(visitId);
    if (!visit || visit->meta.deleted)
        return Error{QStringLiteral("receipt.no_visit"), tr("The visit no longer exists.")};
    if (visit->status == QLatin1String("cancelled"))
        return Error{QStringLiteral("receipt.cancelled"), tr("The visit was cancelled; it has no receipt.")};
    visits.loadPeople(*visit);

    Receipt r;
    if (const auto station = StationRepository(store).find(visit->stationId)) {
        r.stationName = station->name;
        r.stationPhone = station->contactPhone;
        r.stationAddress = station->address;
    }
    if (!visit->pointId.isEmpty())
        if (const auto point = PointRepository(store).find(visit->pointId)) {
            r.pointName = point->name;
            if (!point->contactPhone.isEmpty() && r.stationPhone.isEmpty())
                r.stationPhone = point->contactPhone;
        }
    r.visitDate = visit->date;
    r.halfDay = visit->halfDay;
    r.people = visit->visitorCount;
    const DeputyRepository deputies(store);
    for (const QString &id : std::as_const(visit->deputyIds))
        if (const auto d = deputies.find(id))
            r.deputyNames << d->name;
    if (!visit->visitors.isEmpty()) {
        r.visitorName = visit->visitors.first().name;
        r.maskedPhone = PersonalDataMask::phone(visit->visitors.first().phone);
    }
    const VisitIntake intake(store);
    for (const CaseRecord &c : CaseRepository(store).listForVisit(visitId))
        r.items << Receipt::Item{c.caseNo, c.title, intake.replyDue(c), false};
    for (const CaseRecord &c : ReceptionLookup(store).linkedCases(visitId))
        r.items << Receipt::Item{c.caseNo, c.title, intake.replyDue(c), true};
    return r;
}

} // namespace zt
