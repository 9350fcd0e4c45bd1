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
    // every push batch, inside its write transaction: the table does not change until the batch writes
    // its rows at the end, so what is read here is what refusal() would read. It also starts the
    // batch's own record of the numbers it gives (below).
    Status prefetch(const Scope &scope, const QList<const sync::Mutation *> &mutations);

private:
    // A case insert's station and number as prefetch() read them from its fields, so that refusal()
    // does not read them again (each read looks the field up in the pushed text).
    struct Numbered
    {
        const sync::Mutation *mutation = nullptr;
        QString station;
        QString number;
        QString key; // station + U+001F + number
    };
    const Numbered *prefetched(const sync::Mutation &m) const;
    static QString keyOf(const QString &station, const QString &number) { return station + QChar(0x1f) + number; }

    RowStore &m_rows;
    // For the batch in progress: station + number -> ids of the rows holding it, from the table
    // (prefetch(), or refusal() for a number not prefetched) and from the batch itself (a number given
    // by an earlier mutation of the batch, whose row is written only after the batch's last mutation).
    // Every holder is checked against the row as it is now, so an id whose row gave the number up
    // since, or whose mutation was refused, refuses nothing. A batch's rows are in the table when the
    // next batch starts (even uncommitted, in a group: decision 40), so the record spans one batch.
    QHash<QString, QStringList> m_numbered;
    // The batch's case inserts by device_seq - m_firstSeq.
    qint64 m_firstSeq = 0;
    QList<Numbered> m_inserts;
};

} // namespace zt::server
