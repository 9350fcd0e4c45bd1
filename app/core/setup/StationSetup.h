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
    // The station of a township or street of Zhejiang's division list, named as on its plate
    // ("白云街道人大代表联络站", Chinese whatever language the program speaks), its address the division's
    // full name; the audit chain starts with it (origin: who set it up, "ztctl init" or the first-run
    // form). Errors: setup.bad_code (not 9 digits), setup.unknown_division, setup.already, setup.exists,
    // device.bad_letter.
    static Result<Station> setUpTownship(Store &store, const QString &townshipCode, QChar deviceLetter,
                                         const QString &origin);
    // The station's name as on its plate, from its township's or street's: "白云街道人大代表联络站".
    static QString stationName(const QString &townshipName);
    // Fills the store's division list when it is empty (the first-run form's pickers read it).
    static Status loadDivisions(Store &store);
};

} // namespace zt
