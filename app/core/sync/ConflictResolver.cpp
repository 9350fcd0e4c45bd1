#include "sync/ConflictResolver.h"

#include "storage/Store.h"
#include "storage/SyncConflictRepository.h"
#include "storage/WriteTransaction.h"

namespace zt {

Status ConflictResolver::resolve(const QString &conflictId, Keep keep)
{
    const auto conflict = SyncConflictRepository(m_store).find(conflictId);
    if (!conflict)
        return Error{QStringLiteral("sync.conflict_gone"), tr("This conflict no longer exists.")};
    QVariant value = keep == Keep::Theirs ? conflict->serverValue : conflict->localValue;
    if (value.isNull())
        value = QVariant(QMetaType(QMetaType::QString)); // SQL NULL
    WriteTransaction tx(m_store);
    // Writes only when the row holds the other value: then the push carries the decision to the server
    // (based on the version this PC has pulled, so the server takes it as a new edit, not a conflict).
    if (Status s = tx.update(conflict->table, conflict->rowId, {{conflict->field, value}}); !s)
        return s;
    if (Status s = SyncConflictRepository::markResolved(tx.db(), conflictId); !s)
        return s;
    return tx.commit();
}

} // namespace zt
