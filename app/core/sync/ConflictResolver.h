#pragma once
// Settles a conflict the server reported: keep the server's value or this PC's. The chosen value is
// written through WriteTransaction, so the decision is itself a synced change (an outbox mutation when
// the row does not already hold it), and the conflict is marked resolved in the same transaction.

#include "common/Result.h"

#include <QCoreApplication>

namespace zt {

class Store;

class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)
public:
    enum class Keep { Theirs, Mine };
    explicit ConflictResolver(Store &store) : m_store(store) {}

    // Error codes: sync.conflict_gone, sync.conflict_failed, write.*.
    Status resolve(const QString &conflictId, Keep keep);

private:
    Store &m_store;
};

} // namespace zt
