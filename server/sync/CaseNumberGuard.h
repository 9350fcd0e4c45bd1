#pragma once
// Keeps a station's case numbers unique on the server as every PC keeps them (cases.case_no is
// UNIQUE in the client schema): a pushed insert of a case, or a change of its number or station,
// that would give it a number another row of its station already has is refused
// (`duplicate_case_no`, server/README.md decision 25). Otherwise the second row would stop the pull
// of every PC of the station on that UNIQUE index. The first row to arrive keeps the number.

#include "common/Result.h"
#include "storage/RowStore.h"
#include "sync/Mutation.h"
#include "sync/Scope.h"

#include <QHash>
#include <functional>
#include <optional>

namespace zt::server {

class CaseNumberGuard
{
public:
    explicit CaseNumberGuard(RowStore &rows) : m_rows(rows) {}

    // A row as the push in progress sees it (its own earlier changes included, not yet written).
    using CurrentRow = std::function<Result<std::optional<StoredRow>>(const QString &rowId)>;

    // The refusal's reason when m would give a cases row of a station in scope a number another
    // row of that station has; nullopt when it may go on (also for every other table and op).
    // existing: the row as the push sees it before m. Inside the push's write transaction: a
    // concurrent push of the same number waits for the lock and then sees this one's row.
    Result<std::optional<QString>> refusal(const Scope &scope, const sync::Mutation &m,
                                           const std::optional<StoredRow> &existing, const CurrentRow &current);

    // Reads, in one statement per station, the rows holding the numbers the batch's case inserts
    // give (refusal() would ask once per case: on PostgreSQL a round trip each). Call at the start of
    // every push, inside its write transaction: the table does not change until the batch writes
    // its rows at the end, so what is read here is what refusal() would read.
    Status prefetch(const Scope &scope, const QList<const sync::Mutation *> &mutations);

private:
    RowStore &m_rows;
    // From prefetch(), for this batch: station + number -> ids of rows holding it in the table.
    QHash<QString, QStringList> m_numbered;
    // Numbers given in pushes on this connection that may not be written yet (a batch writes its
    // rows after its last mutation), station + number -> row id. Every hit is checked against the
    // row as it is now, so an entry of a batch rolled back or changed since refuses nothing.
    QHash<QString, QString> m_given;
};

} // namespace zt::server
