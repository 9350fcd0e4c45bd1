#pragma once
// Secondary indexes and triggers of empty tables set aside for a bulk load (the first sync bootstrap),
// and put back after it.
//
// Filling an empty table through its ~15 secondary indexes costs a random B-tree insert per index and
// row, and any trigger on the table makes every insert keep a statement journal (even the search
// triggers, which do nothing while deferred). Building an index once over the loaded table is one
// sorted pass instead. So before the first page, every non-unique index and every trigger of each
// table that is still empty is dropped; its SQL is read from sqlite_master (never written here: the
// migrations own the definitions) and recorded in bulk_load_dropped in the same transaction as the
// DROP. restore() creates them again from that record and deletes it, in one transaction: after the
// last page, after a failed or cancelled bootstrap, and at the next open of the store when the
// program died in between (Database::open, before any migration, so a migration that redefines a
// trigger finds the old one in place).
//
// Unique indexes stay: they are constraints (another connection, the window's, may write while the
// bootstrap runs, and a duplicate must be refused as it comes, not found when rebuilding). The
// schema's UNIQUE and PRIMARY KEY constraints are automatic indexes, which cannot be dropped anyway.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace zt {

class BulkLoadIndexes
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoadIndexes)
public:
    // Drops the non-unique indexes and the triggers of those of tables that hold no row, recording
    // each first, in one transaction. Returns how many objects were dropped. Call outside a transaction.
    static Result<int> dropForEmptyTables(const QSqlDatabase &db, const QStringList &tables);
    enum class Objects { All, TriggersOnly };
    // Creates again what is recorded (all of it, or only the triggers) and clears those records, in one
    // transaction; an object of the same name that exists meanwhile is left as it is. Cheap when nothing
    // is recorded. The bootstrap puts the triggers back at once (they guard and queue every write) and
    // leaves the indexes, which only make reads fast, to be built after the sync (SyncClient::
    // buildIndexesAfterBootstrap) or at the next open.
    static Status restore(const QSqlDatabase &db, Objects which = Objects::All);
    // While a bootstrap writes pages of server rows: commits without an fsync each (synchronous NORMAL
    // in WAL mode: a power cut may lose the last pages, never tear one, and page and cursor are one
    // transaction, so the lost pages simply come again from the server) and no checkpoint after every
    // few pages (one later, where each database page is written once instead of again and again).
    // Returns the connection's settings for restoreDurability(), which the caller runs after restore():
    // a power cut before the next synchronous commit (any later write of this connection, which also
    // checkpoints the grown log, off the bootstrap's path) goes back to the record, and the next open
    // restores again.
    struct Durability
    {
        int synchronous = 2;
        int autoCheckpoint = 1000;
    };
    static Durability relaxDurability(const QSqlDatabase &db);
    static void restoreDurability(const QSqlDatabase &db, const Durability &settings);
    // While a bootstrap writes pages of server rows: CHECK constraints are not evaluated on this
    // connection (server/README decision 35). Every row the server holds passed the same checks when
    // it was pushed (its validator test-inserts each row into the client schema, decision 6), and
    // SQLite 3.40 evaluates a CHECK of the form `x IN ('a', 'b', 'c')` by building an in-memory
    // B-tree of the list for every row it writes (cases has two: ~20 % of a bootstrap's client CPU).
    // NOT NULL, UNIQUE and foreign keys are still enforced. Takes effect for statements prepared
    // afterwards; returns whether checks were on, for restoreCheckConstraints().
    static bool skipCheckConstraints(const QSqlDatabase &db);
    static void restoreCheckConstraints(const QSqlDatabase &db, bool wereOn);
    // Names of the objects set aside now (for tests and diagnostics).
    static QStringList pending(const QSqlDatabase &db);
};

} // namespace zt
