#pragma once
// The letters the PCs of a station write into their case numbers (330203006-2026-B0001). A copied
// store (a fork) would go on drawing numbers with its twin's letter and the two PCs would mint the
// same case number; the server, which sees every PC of the station, gives the copy a free letter.

#include "common/Result.h"

#include <QSet>
#include <QString>

namespace zt::server {

class ServerDatabase;

class DeviceLetterRepository
{
public:
    explicit DeviceLetterRepository(ServerDatabase &db) : m_db(db) {}

    // Inside the fork's write transaction: records `oldLetter` as the twin's (oldDeviceId) and gives
    // newDeviceId the first letter A-Z that no PC of the station is known to use: neither recorded
    // here nor found in the station's case numbers on the server. Empty when all 26 are taken.
    Result<QString> assign(const QString &stationId, const QString &oldDeviceId, const QString &oldLetter,
                           const QString &newDeviceId);
    // Letters taken at the station: recorded for its devices, or in its case numbers. A letter
    // recorded for `exceptDeviceId` does not count (a PC joining again keeps its own).
    Result<QSet<QChar>> taken(const QString &stationId, const QString &exceptDeviceId = {});
    // Inside a joining PC's enrolment (login with device_letter): the letter it asked for when no other
    // PC of the station has it, else the first free one when it asked for none; recorded for it.
    // Errors: letter_taken (the asked-for letter is another PC's; freeLetter, if given, gets the first
    // free one), no_letter_left (all 26 taken), db.failed.
    Result<QString> choose(const QString &stationId, const QString &deviceId, const QString &wanted, QString *freeLetter = nullptr);

private:
    Status record(const QString &stationId, const QString &letter, const QString &deviceId);

    ServerDatabase &m_db;
};

} // namespace zt::server
