#include "setup/StationJoin.h"

#include "common/Uuid7.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "sync/SyncClient.h"

#include <algorithm>

namespace zt {

Result<Station> StationJoin::join(Store &store, const Request &request,
                                  const std::function<bool(const SyncProgress &)> &progress)
{
    if (store.isSetUp())
        return Error{QStringLiteral("setup.already_set_up"), tr("This PC is set up for a station already.")};
    const QChar wanted = request.deviceLetter.toUpper();
    if (!wanted.isNull() && (wanted < QLatin1Char('A') || wanted > QLatin1Char('Z')))
        return Error{QStringLiteral("device.bad_letter"), tr("The device letter must be one letter from A to Z.")};

    SyncClient client(store);
    if (Status s = client.configure(request.serverUrl, request.caFile); !s)
        return s.error();
    if (!request.keyPin.trimmed().isEmpty())
        if (Status s = client.setKeyPin(request.keyPin.trimmed()); !s)
            return s.error();
    if (Status s = client.enrolJoining(request.username, request.password, wanted.isNull() ? QString() : QString(wanted)); !s)
        return s.error();
    const bool district = client.enrolledKind() == QLatin1String("district");
    if (!district && (client.enrolledKind() != QLatin1String("station") || client.enrolledStations().size() != 1)) {
        // The server now holds this device id for that account: the next try (with the station's
        // account) goes under a new one. Nothing was written here yet.
        if (Status s = store.changeDeviceId(Uuid7::generate()); !s)
            return s.error();
        return Error{QStringLiteral("setup.not_a_station"),
                     tr("%1 is neither a station's account nor a district's. A PC joins its station with the "
                        "station's account (the district office gives it out).")
                         .arg(request.username)};
    }
    // The server's letter (the one asked for, or a free one); a server before decision 37 gives none
    // and the PC's own choice stands. A district's PC gets none: it records no visits (its officers'
    // role does not), so it draws no case numbers; it keeps the letter asked for, else Z, the one a
    // station's PCs reach last.
    QChar letter = client.enrolledLetter().size() == 1 ? client.enrolledLetter().at(0) : wanted;
    if (district && letter.isNull())
        letter = QLatin1Char('Z');
    if (letter.isNull()) {
        if (Status s = store.changeDeviceId(Uuid7::generate()); !s)
            return s.error();
        return Error{QStringLiteral("setup.no_letter"),
                     tr("This sync server does not give out letters for case numbers yet: type one for this PC, A to Z, "
                        "that no other PC of the station uses.")};
    }
    if (request.accountKnown)
        request.accountKnown(district);
    if (progress)
        client.setProgressHandler([&client, &progress](const SyncProgress &step) {
            if (!progress(step))
                client.cancel();
        });
    // The station's data first: the PC is bound to the station only when its row is here, so an
    // interrupted first sync leaves a PC that is not set up (it starts here again and the sync goes on
    // where it stopped), never one that offers forms without its station.
    auto synced = client.syncOnce();
    if (!synced)
        return synced.error();
    if (synced->bootstrapped)
        if (Status s = client.buildIndexesAfterBootstrap(); !s)
            return s.error();
    QString stationId;
    if (district) {
        QList<Station> received;
        for (const QString &id : client.enrolledStations())
            if (const std::optional<Station> station = StationRepository(store).find(id))
                received << *station;
        if (received.isEmpty())
            return Error{QStringLiteral("setup.station_missing"),
                         tr("The server has no data of this district's stations yet. Set up a station's first PC and let "
                            "it sync, then join this PC.")};
        std::sort(received.begin(), received.end(), [](const Station &a, const Station &b) { return a.code < b.code; });
        stationId = request.chooseHomeStation ? request.chooseHomeStation(received) : received.constFirst().id;
        if (stationId.isEmpty())
            return Error{QStringLiteral("sync.cancelled"),
                         tr("Stopped. The data received so far stays on this PC; join again to go on.")};
        if (std::none_of(received.cbegin(), received.cend(), [&](const Station &s) { return s.id == stationId; }))
            return Error{QStringLiteral("setup.station_missing"), tr("That station is not one of this district's.")};
    } else {
        stationId = client.enrolledStations().constFirst();
    }
    const std::optional<Station> station = StationRepository(store).find(stationId);
    if (!station)
        return Error{QStringLiteral("setup.station_missing"),
                     tr("The server has no data of this station yet. Set up the station's first PC and let it "
                        "sync, then join this PC.")};
    if (Status s = store.setUpDevice(stationId, letter); !s)
        return s.error();
    if (!request.keyPin.trimmed().isEmpty()) {
        SyncSettings saved = client.state().settings();
        saved.keyPin = request.keyPin.trimmed();
        if (Status s = client.state().saveSettings(saved); !s)
            return s.error();
    }
    return station.value();
}

} // namespace zt
