#include "setup/StationSetup.h"

#include "setup/DefaultCategories.h"
#include "storage/CategoryRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QRegularExpression>

namespace zt {

Result<Station> StationSetup::setUp(Store &store, Station station, QChar deviceLetter)
{
    static const QRegularExpression codeRe(QStringLiteral("^\\d{9}$"));
    if (!codeRe.match(station.code).hasMatch())
        return Error{QStringLiteral("setup.bad_code"),
                     tr("%1 is not a township or street code: it must have 9 digits, such as 330203006.").arg(station.code)};
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
