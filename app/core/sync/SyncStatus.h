#pragma once
// What the sync worker tells the window: one snapshot, copied across threads.

#include "sync/ClockOffset.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zt {

struct SyncStatus
{
    enum class State { NotConfigured, NotEnrolled, Offline, Syncing, Synced, Error };
    State state = State::NotConfigured;
    int waiting = 0;        // outbox mutations not yet answered
    int conflicts = 0;      // open conflicts
    QDateTime lastSyncedAt; // the last sync that finished, this session (UTC)
    QString serverUrl;
    QString caFile;
    QString keyPin;
    QString username;
    QString message;        // the last result or error, in plain words (translated)
    qint64 progressDone = 0;  // while syncing: what the current phase has done (SyncProgress)
    qint64 progressTotal = 0; // and its size when known (0: unknown)
    // The daily checksum comparison: tables being pulled again right now (a mismatch was found),
    // and from the last comparison those that match again and those that still differ.
    QStringList repairingTables;
    QStringList repairedTables;
    QStringList mismatchedTables;
    QDateTime nextAttemptAt; // when the next sync is planned (UTC), after a failure or the period
    // This session found the store to be a copy (cloned disk, restored backup) and re-enrolled it.
    bool reenrolled = false;
    // The server's clock minus this PC's, in seconds, once an answer carried server_time.
    bool clockOffsetKnown = false;
    qint64 clockOffsetSeconds = 0;
    // Off by more than the protocol's 5 minutes: the window asks the user to set the date and time.
    bool clockIsOff() const { return clockOffsetKnown && ClockOffset::isOff(clockOffsetSeconds); }
    QString newDeviceLetter; // and the letter its case numbers now carry (empty: unchanged)
};

} // namespace zt

Q_DECLARE_METATYPE(zt::SyncStatus)
