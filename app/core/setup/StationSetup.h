#pragma once
// Sets a new installation up for a station: the station row, this PC's letter, the default
// categories. Run once, by `ztctl init` or the first-run screen.

#include "common/Result.h"
#include "domain/Station.h"

#include <QCoreApplication>

namespace zt {

class Store;

class StationSetup
{
    Q_DECLARE_TR_FUNCTIONS(StationSetup)
public:
    // station.code and station.name must be set; divisionCode defaults to the code.
    static Result<Station> setUp(Store &store, Station station, QChar deviceLetter = QLatin1Char('A'));
};

} // namespace zt
