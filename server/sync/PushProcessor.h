#pragma once
// Applies one pushed batch in one database transaction (sync-protocol.md, "Push"): at most once per
// (device, device_seq), 409 on a gap or a fork, field-by-field against base_sv with the ownership
// rules, permanent refusals answered `rejected` without blocking the rest.

#include "storage/RowStore.h"
#include "sync/CaseNumberGuard.h"
#include "sync/MutationResult.h"
#include "sync/PushBatch.h"
#include "sync/PushGroup.h"
#include "sync/PushOutcome.h"
#include "sync/PushPrecheck.h"
#include "sync/ReferenceScopeGuard.h"
#include "sync/Scope.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace zt::server {

class AccountRepository;
class RowValidator;
class ServerDatabase;

class PushProcessor
{
public:
    PushProcessor(ServerDatabase &db, AccountRepository &accounts, RowStore &rows, RowValidator &validator);

    // Checks the batch against its token and does what needs no write lock on this thread
    // (PushPrecheck), then hands it to the database's writer and returns at once (decision 45).
    // `answer` runs on the writer's thread after the batch's transaction committed (with the
    // batches of other devices waiting at the same time: group commit, decision 40) or failed; a
    // batch refused here is answered at once, on this thread.
    void submit(const Scope &scope, sync::PushBatch batch, PushGroup::Answer answer);
    // The writer's loop (http/PushWriter's thread; this processor's connection is the writer's own):
    // applies the submitted batches in groups until PushGroup::stop().
    void serveGroups(const std::function<void()> &serving);

    static QString serverTime();

private:
    // One batch inside a write transaction that the caller (PushGroup) opened and ends: the
    // batch's answer, and whether its writes are to stay.
    PushGroup::Applied applyBatch(const Scope &scope, const sync::PushBatch &batch, const PushPrecheck &precheck);
    struct Applied
    {
        bool ok = true;   // false: a database error, the whole batch fails
        QString dbError;
        sync::MutationResult result;
    };
    Applied applyOne(const Scope &scope, const sync::Mutation &m);
    // A new row from an insert whose fields the scanner kept as UTF-8 (decision 36): checked, and its
    // JSON text written, straight from those bytes; its QJsonObjects are made only if a later
    // mutation of the batch asks for the row (row()).
    Applied insertScanned(const Scope &scope, const sync::Mutation &m, Applied a);
    Applied reject(const Scope &scope, const sync::Mutation &m, const QString &code, const QString &reason);
    // An update or delete of a row the server no longer has because its tombstone was purged
    // (decision 24): the answer for it, or nullopt when the row was never purged.
    std::optional<Applied> purgedRowAnswer(const Scope &scope, const sync::Mutation &m);
    // The batch's rows, read in one statement per table before the loop and written in a few
    // multi-row upserts after it; later mutations of the batch see the earlier ones' results here.
    Status preloadRows(const QList<const sync::Mutation *> &fresh);
    Result<std::optional<StoredRow>> row(const QString &table, const QString &rowId);
    // A row of the batch, as later mutations of the batch see it, and what writeRows() needs of it.
    struct BatchRow
    {
        std::optional<StoredRow> row; // nullopt: not stored (yet)
        bool dirty = false;           // to be written (its key is in m_dirty)
        // A row this batch created: its JSON text, written once from the pushed fields, valid while
        // the row's sv is still createdSv (any later change in the batch draws a new sv).
        qint64 createdSv = 0;
        RowStore::RowText createdText;
        // Created by insertScanned: `row` has no data / fieldSv / fieldBy objects yet; row() makes
        // them from createdText when a later mutation asks for the row.
        bool textOnly = false;
    };
    // Two implicitly shared strings: a lookup builds no key text (the rows' keys were 4-5 string
    // concatenations a mutation).
    struct RowKey
    {
        QString table;
        QString rowId;
        bool operator==(const RowKey &) const = default;
        friend size_t qHash(const RowKey &key, size_t seed = 0) { return qHashMulti(seed, key.table, key.rowId); }
    };
    BatchRow &putRow(const QString &table, const QString &rowId, const StoredRow &row);
    // The batch's changed rows with its log entries and the device's last device_seq (RowStore::writeBatch).
    Status writeRows(const RowStore::BatchEnd &end);

    ServerDatabase &m_db;
    PushGroup &m_group;
    AccountRepository &m_accounts;
    RowStore &m_rows;
    RowValidator &m_validator;
    QHash<RowKey, BatchRow> m_batchRows;
    QList<RowKey> m_dirty; // keys of m_batchRows to write, first-written first
    // The applied batch's part done before the write lock (decision 39), by the thread that received it:
    // set for the duration of applyBatch (the leader of a group applies other threads' batches).
    const PushPrecheck *m_precheck = nullptr;
    CaseNumberGuard m_caseNumbers{m_rows}; // decision 25
    ReferenceScopeGuard m_references{m_db, m_rows}; // decisions 34 and 42
    const std::optional<StoredRow> *batchRow(const QString &table, const QString &rowId) const;
};

} // namespace zt::server
