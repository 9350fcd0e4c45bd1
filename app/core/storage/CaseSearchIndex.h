#pragma once
// The full-text index of cases (title, description, reply texts) in the FTS5 table case_fts, keyed by the
// case's rowid, with the bigram tokenizer.
//
// Interactive writes and pulled pages keep it current through triggers (sql/client/0008_case_search.sql,
// 0015_case_search_queue.sql): they note the changed cases in case_search_queue, and the write transaction
// (WriteTransaction, SyncStateRepository::apply) calls flushQueue() before its COMMIT, which indexes them in
// one statement. Writing the index from the triggers row by row cost an FTS5 flush at every statement
// savepoint (one tiny segment per row, merged again later). The triggers fire only while
// zt_search_live() is true on the writing connection; a bulk path (demo generator, ledger
// import, a sync bootstrap) wraps its loop in a Deferral, which switches them off for its own connection
// only and indexes everything it added in one statement at the end: that costs a fraction of indexing row
// by row (platform-notes: ~84 us a row from a trigger). The backlog is recorded in the store first, so a
// crash in the middle is caught up the next time the store opens.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;

namespace zt {

struct CaseSearchQuery;
class Store;

class CaseSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(CaseSearchIndex)
public:
    // The tokenizer and zt_search_live()/zt_search_set_live(); every connection to a store needs them
    // (Database does this), since the triggers and the index use them. Empty string or the error.
    static QString registerOn(sqlite3 *db);

    class Deferral
    {
    public:
        Deferral(Deferral &&other) noexcept;
        Deferral &operator=(Deferral &&) = delete;
        Deferral(const Deferral &) = delete;
        // Catches up if finish() was not called (errors are then only logged).
        ~Deferral();
        // Indexes what the connection wrote since the deferral began and switches the triggers back on.
        Status finish();
        // Switches the triggers back on and leaves the rows written since to catchUp() (a sync
        // bootstrap: indexing afterwards, on the sync thread, instead of inside the snapshot).
        Status releaseForCatchUp();

    private:
        friend class CaseSearchIndex;
        Deferral(QSqlDatabase db, qint64 backlogId) : m_db(std::move(db)), m_backlogId(backlogId) {}
        QSqlDatabase m_db;
        qint64 m_backlogId = 0;
        bool m_done = false;
    };

    // Call outside a transaction: the backlog row must be on disk before the loop starts.
    static Result<Deferral> defer(const QSqlDatabase &db);
    // Indexes the cases queued by the triggers in the open transaction and empties the queue. Call inside the
    // write transaction, just before COMMIT, so a saved case is found the moment it commits. One small
    // read (kept prepared) when nothing is queued.
    static Status flushQueue(Store &store);
    // Indexes the rows of every recorded backlog (left by a crash) and whatever a write behind the write
    // path left queued; cheap when there is none.
    static Status catchUp(const QSqlDatabase &db);
    // Drops and refills the whole index.
    static Status rebuild(const QSqlDatabase &db);

    // Appends " AND <rowidColumn> IN (...)" for the query's words, with its binds. Nothing for an empty query.
    static void appendCondition(QString &sql, QVariantList &binds, const CaseSearchQuery &query,
                                const QString &rowidColumn);
};

} // namespace zt
