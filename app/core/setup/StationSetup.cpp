#include "setup/StationSetup.h"

#include "refdata/DivisionCatalog.h"
#include "refdata/ReferenceDataLoader.h"
#include "setup/DefaultCategories.h"
#include "storage/AuditLog.h"
#include "storage/CategoryRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QRegularExpression>

namespace zt {

namespace {

Error badCode(const QString &code)
{
    return Error{QStringLiteral("setup.bad_code"),
                 StationSetup::tr("%1 is not a township or street code: it must have 9 digits, such as 330203006.").arg(code)};
}

} // namespace

QString StationSetup::stationName(const QString &townshipName)
{
    return townshipName + QStringLiteral("人大代表联络站");
}

Status StationSetup::loadDivisions(Store &store)
{
    return ReferenceDataLoader::ensureLoaded(store.db());
}

Result<Station> StationSetup::setUpTownship(Store &store, const QString &townshipCode, QChar deviceLetter,
                                            const QString &origin)
{
    const QString code = townshipCode.trimmed();
    const QChar letter = deviceLetter.toUpper();
    if (letter < QLatin1Char('A') || letter > QLatin1Char('Z'))
        return Error{QStringLiteral("device.bad_letter"), tr("The device letter must be one letter from A to Z.")};
    if (store.isSetUp())
        return Error{QStringLiteral("setup.already"), tr("This store is already set up for a station.")};
    if (Status loaded = loadDivisions(store); !loaded)
        return loaded.error();
    if (DivisionCatalog::levelOf(code) != Division::Township)
        return badCode(code);
    const DivisionCatalog catalog(store.db());
    const std::optional<Division> division = catalog.find(code);
    if (!division)
        return Error{QStringLiteral("setup.unknown_division"),
                     tr("There is no township or street with the code %1 in Zhejiang's list of divisions.").arg(code)};
    Station station;
    station.code = code;
    station.name = stationName(division->name);
    station.divisionCode = code;
    station.address = catalog.fullName(code);
    auto set = setUp(store, station, letter);
    if (!set)
        return set.error();
    // The chain starts here, so a later check has a first entry to verify.
    if (Status audited = AuditLog(store).append(QStringLiteral("station.set_up"), StationRepository::table(), set->id, origin);
        !audited)
        return audited.error();
    return set;
}

Result<Station> StationSetup::setUp(Store &store, Station station, QChar deviceLetter)
{
    static const QRegularExpression codeRe(QStringLiteral("^\\d{9}$"));
    if (!codeRe.match(station.code).hasMatch())
        return badCode(station.code);
    if (store.isSetUp())
        return Error{QStringLiteral("setup.already"), tr("This store is already set up for a station.")};
    StationRepository stations(store);
    if (stations.findByCode(station.code))
        return Error{QStringLiteral("setup.exists"), tr("The station %1 already exists in this store.").arg(station.code)};
    if (station.divisionCode.isEmpty())
        station.divisionCode = station.code;

    WriteTransaction tx(store);
    if (Status s = stations.insert(tx, station); !s)
        return s.error();
    CategoryRepository categories(store);
    for (Category c : DefaultCategories::forStation(station.id))
        if (Status s = categories.insert(tx, c); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (Status s = store.setUpDevice(station.id, deviceLetter); !s)
        return s.error();
    return station;
}

} // namespace zt
