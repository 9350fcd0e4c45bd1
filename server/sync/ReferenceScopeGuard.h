#pragma once
// A pushed row may name only rows of its own station (server/README.md, decision 34): every PC holds
// only its station's rows and checks its foreign keys when it stores a pulled page, so a case of
// station A naming station B's category, or an event of A naming B's case, would let A's PCs read
// what B wrote (the row's reference) and make every PC of A keep the row aside (`sync_held_row`).
// Such a write is refused `reference_out_of_scope` and changes nothing, for a district account too.
// The reference columns are the client schema's foreign keys (a column a later migration adds is
// checked without code here) plus the attachment's owner. The stations of the rows a batch names
// are read in one statement per referenced table before the batch's loop, not one per row.

#include "common/Result.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "sync/Mutation.h"
#include "sync/Scope.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace zt::server {

class ReferenceScopeGuard
{
public:
    ReferenceScopeGuard(ServerDatabase &db, RowStore &rows) : m_db(db), m_rows(rows) {}

    // A row the push in progress holds (read or written in this batch): nullptr when the batch has not
    // met it, a null optional when it met it and the server has no such row. Never queries.
    using BatchRow = std::function<const std::optional<StoredRow> *(const QString &table, const QString &rowId)>;

    // Before a batch's mutations are applied: the stations of the stored rows its fresh mutations
    // name, in one statement per referenced table (rows the batch holds already are not asked for).
    Status prepare(const QList<const sync::Mutation *> &fresh, const BatchRow &batchRow);

    // The refusal's reason when m would leave its row naming a row of another station; nullopt
    // when it may go on. existing: the row as the push sees it before m. A row whose station is not
    // in scope is left to the out-of-scope refusal (the answer must not tell about other stations).
    Result<std::optional<QString>> refusal(const Scope &scope, const sync::Mutation &m, const std::optional<StoredRow> &existing,
                                           const BatchRow &batchRow);

    // A row the push in progress reads through its batch cache (the push's row(): the batch's version
    // when it holds one, else the stored row, with its data).
    using RowRead = std::function<Result<std::optional<StoredRow>>(const QString &table, const QString &rowId)>;

    // The refusal's reason when m moves its row to another station while rows of its old station
    // still name it (a category its cases use, a deputy its visits list: decision 42); nullopt when it
    // may go on. A case is not asked about: CaseMove takes along or ends what names it. The reason
    // starts with the number of rows that name it ("3 rows of its station name it: ..."). Costs a
    // statement per table that can name the row, and only for a mutation that moves a row.
    Result<std::optional<QString>> leavingRefusal(const Scope &scope, const sync::Mutation &m,
                                                  const std::optional<StoredRow> &existing, const BatchRow &batchRow,
                                                  const RowRead &read);

    struct Reference
    {
        QString column;
        QString table; // empty: the table named by the row's owner_table (attachment.owner_id)
        QByteArray columnUtf8; // column, as a scanned insert's keys are held (no conversion a lookup)
    };
    // The columns of a synced table that name another synced row (station_id aside: that is the scope).
    static const QList<Reference> &referencesOf(const QString &table);
    // The other way round: the columns that can name a row of this table, each with the table that
    // holds it (attachment.owner_id for every table: it names a row of the table its owner_table says).
    static const QList<Reference> &namedBy(const QString &table);

private:
    // The station of the row as this batch sees it; nullopt when the server does not have it.
    Result<std::optional<QString>> stationOf(const QString &table, const QString &rowId, const BatchRow &batchRow);
    static QString key(const QString &table, const QString &rowId) { return table + QChar(0x1f) + rowId; }

    ServerDatabase &m_db;
    RowStore &m_rows;
    const QList<const sync::Mutation *> *m_batch = nullptr; // the batch's fresh mutations (prepare())
    QHash<QString, QString> m_stored; // key -> station of a stored row, read by prepare()
    QSet<QString> m_asked;            // keys prepare() asked for (found or not)
    QHash<QString, QString> m_inserted; // key -> station_id of a row a fresh insert of the batch creates
    const QList<const sync::Mutation *> *m_fresh = nullptr; // the batch's, until m_inserted is filled
    // Row id -> (table, station) of the stored rows prepare() read (the batch had not met them): the
    // fast path while no mutation of the batch moved them (m_moved) and no case moved (m_caseMoved).
    QHash<QString, std::pair<QString, QString>> m_known;
    QSet<QString> m_moved;
    bool m_caseMoved = false;
};

} // namespace zt::server
