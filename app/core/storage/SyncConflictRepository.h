#pragma once
// Conflicts the server reported for this device's pushes (sync_conflict), as the sync page lists them,
// and marking one resolved inside the write transaction that carries its resolution.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace zt {

class Store;

struct SyncConflict
{
    QString id;
    QString table;
    QString rowId;
    QString field;
    QVariant baseValue;   // decoded from the JSON the server sent; null when the field was empty
    QVariant serverValue;
    QVariant localValue;
    QString kind;         // local_kept | server_kept: what the server decided
    QString createdAt;
};

class SyncConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflictRepository)
public:
    explicit SyncConflictRepository(Store &store) : m_store(store) {}

    QList<SyncConflict> open(int limit = 500) const;
    std::optional<SyncConflict> find(const QString &id) const;
    // On the connection of an open WriteTransaction, so the resolution and its change commit together.
    static Status markResolved(const QSqlDatabase &db, const QString &id);

private:
    Store &m_store;
};

} // namespace zt
