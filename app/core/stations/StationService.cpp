#include "stations/StationService.h"

#include "deputies/RosterImporter.h"
#include "refdata/DivisionCatalog.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

namespace zt {

Station StationService::station() const
{
    return StationRepository(m_store).find(m_store.stationId()).value_or(Station{});
}

QList<Point> StationService::points() const
{
    return PointRepository(m_store).listForStation(m_store.stationId());
}

QList<Division> StationService::villages() const
{
    return DivisionCatalog(m_store.db()).villagesOf(station().divisionCode);
}

QString StationService::fullAddress(const QString &divisionCode, const QString &address) const
{
    return DivisionCatalog(m_store.db()).fullName(divisionCode) + address.trimmed();
}

Status StationService::checkContact(const QString &name, const QString &phone) const
{
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("place.no_name"), tr("Enter the name on the plate.")};
    if (!phone.trimmed().isEmpty() && !RosterImporter::isPhoneNumber(phone.trimmed()))
        return Error{QStringLiteral("place.bad_phone"),
                     tr("The contact phone is neither a mobile number (11 digits) nor a landline number.")};
    return {};
}

Status StationService::saveStation(const Station &s)
{
    if (Status c = checkContact(s.name, s.contactPhone); !c)
        return c;
    Station row = s;
    row.name = row.name.trimmed();
    WriteTransaction tx(m_store);
    if (Status w = StationRepository(m_store).update(tx, row); !w)
        return w;
    return tx.commit();
}

Result<Point> StationService::savePoint(Point point)
{
    if (Status c = checkContact(point.name, point.contactPhone); !c)
        return c.error();
    point.name = point.name.trimmed();
    const QString township = station().divisionCode;
    if (DivisionCatalog::parentOf(point.divisionCode) != township)
        return Error{QStringLiteral("place.bad_division"),
                     tr("Choose the village or community the point is in (one of %1).")
                         .arg(DivisionCatalog(m_store.db()).fullName(township))};
    for (const Point &other : points())
        if (other.id != point.id && other.name == point.name)
            return Error{QStringLiteral("place.duplicate_name"),
                         tr("There is already a point called %1.").arg(point.name)};
    WriteTransaction tx(m_store);
    if (Status w = PointRepository(m_store).save(tx, point); !w)
        return w.error();
    if (Status w = tx.commit(); !w)
        return w.error();
    return point;
}

QList<Deputy> StationService::deputiesAt(const QString &pointId) const
{
    QList<Deputy> out;
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId()))
        if (d.pointId == pointId)
            out << d;
    return out;
}

Status StationService::assignDeputies(const QString &pointId, const QStringList &deputyIds)
{
    const DeputyRepository repo(m_store);
    WriteTransaction tx(m_store);
    for (Deputy d : repo.listForStation(m_store.stationId())) {
        const bool wanted = deputyIds.contains(d.id);
        if (wanted && d.pointId != pointId)
            d.pointId = pointId;
        else if (!wanted && d.pointId == pointId && !pointId.isEmpty())
            d.pointId.clear();
        else
            continue;
        if (Status s = repo.update(tx, d); !s)
            return s;
    }
    return tx.commit();
}

} // namespace zt
