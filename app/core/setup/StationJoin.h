#pragma once
// Sets a new installation up as another PC of a station that syncs already: enrols it with the
// station's account, receives the station's data (the first sync, a bootstrap) and only then binds
// the PC to the station. A district officer's PC joins with the district's account the same way: it
// receives every station of the district and opens on one of them (its home station, chosen after
// the data arrives); the dashboard and the case lists show the others. Until the station's own row is here, nothing can be written (every row
// names its station), so a form offered before the first sync ends would fail or write rows under
// a second, made-up station. The station's first PC is set up offline as before (StationSetup).

#include "common/Result.h"
#include "domain/Station.h"

#include <QCoreApplication>
#include <QUrl>
#include <functional>

namespace zt {

class Store;
struct SyncProgress;

class StationJoin
{
    Q_DECLARE_TR_FUNCTIONS(StationJoin)
public:
    struct Request
    {
        QUrl serverUrl;
        QString caFile;
        QString username;
        QString password;
        // The letter of this PC's case numbers; null: the server gives a free one (decision 37).
        QChar deviceLetter;
        QString keyPin; // optional, as on the settings page
        // A district's account: called with the district's stations received (sorted by code); returns the
        // id of the station the PC opens on, or an empty one to stop (the PC stays not set up and the next
        // join goes on). Not set: the first.
        std::function<QString(const QList<Station> &)> chooseHomeStation;
        // Called once the server has said whose account it is, before any data comes: district is true
        // for a district's account (every station of the district comes), so the progress can say whose
        // data it receives.
        std::function<void(bool district)> accountKnown;
    };
    // progress: the sync's steps (a bootstrap has a known total); return false to stop (the next
    // join goes on where the data stopped). Errors: setup.already_set_up, setup.not_a_station
    // (the account is neither a station's nor a district's), setup.station_missing (the server has no row of the station
    // yet: its first PC has not synced), device.bad_letter, device.letter_taken (another PC of the
    // station has it), setup.no_letter (a server before decision 37 gives none and none was asked
    // for), and the sync's own (sync.offline, ...).
    static Result<Station> join(Store &store, const Request &request,
                                const std::function<bool(const SyncProgress &)> &progress = {});
};

} // namespace zt
