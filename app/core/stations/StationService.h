#pragma once
// One station, many points (一站多点): the station and its liaison points with division-based
// addresses, opening hours and contact, and which deputies are assigned where.

#include "common/Result.h"
#include "domain/Deputy.h"
#include "domain/Point.h"
#include "domain/Station.h"
#include "refdata/Division.h"

#include <QCoreApplication>

namespace zt {

class Store;

class StationService
{
    Q_DECLARE_TR_FUNCTIONS(StationService)
public:
    explicit StationService(Store &store) : m_store(store) {}

    Station station() const;
    QList<Point> points() const;
    // The villages and communities of the station's township or street: where a point can be.
    QList<Division> villages() const;
    // "浙江省宁波市海曙区白云街道南苑社区" + the street address, as notices and maps want it.
    QString fullAddress(const QString &divisionCode, const QString &address) const;

    // Errors: place.no_name, place.bad_division (a point must lie in a village or community of the
    // station's township), place.bad_phone, place.duplicate_name.
    Status saveStation(const Station &station);
    Result<Point> savePoint(Point point);

    // The deputies assigned to a place (point id; empty: the station itself).
    QList<Deputy> deputiesAt(const QString &pointId) const;
    // Makes exactly these deputies the place's own: the listed ones move here, the ones no longer listed
    // go back to the station. One transaction.
    Status assignDeputies(const QString &pointId, const QStringList &deputyIds);

private:
    Status checkContact(const QString &name, const QString &phone) const;
    Store &m_store;
};

} // namespace zt
