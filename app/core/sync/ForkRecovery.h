#pragma once
// What a PC does when the server answers `409 fork` (sync-protocol.md): its store is a copy (a
// cloned disk, a restored backup) and the other copy pushed first under the same device id. It
// becomes a new device (POST /sync/v1/fork, proving itself with the old device's token), marks done
// the outbox entries the server already has from the twin (made before the copy: same mutation
// id), and keeps every other entry to send under the new id: nothing lost, nothing applied twice.

#include "common/Result.h"

#include <QCoreApplication>

namespace zt {

class Store;
class SyncClient;

class ForkRecovery
{
    Q_DECLARE_TR_FUNCTIONS(ForkRecovery)
public:
    ForkRecovery(Store &store, SyncClient &client) : m_store(store), m_client(client) {}
    Status run();
    // The case number letter the server gave this copy (null when it kept its letter).
    QChar newLetter() const { return m_newLetter; }

private:
    Store &m_store;
    SyncClient &m_client;
    QChar m_newLetter;
};

} // namespace zt
