#include "storage/CaseSearchIndex.h"

#include "common/Clock.h"
#include "search/BigramTokenizer.h"
#include "search/CaseSearchQuery.h"
#include "storage/CaseNumberEnd.h"
#include "storage/CaseRenumbering.h"
#include "storage/Migrator.h"
#include "storage/SqliteHandle.h"
#include "storage/Store.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

#include <memory>
#include <vector>

namespace zt {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "zt.search")

// Per connection: whether the triggers index writes as they happen.
struct LiveFlag
{
    int live = 1;
};

void liveFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int(ctx, static_cast<LiveFlag *>(sqlite3_user_data(ctx))->live);
}

void setLiveFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *flag = static_cast<LiveFlag *>(sqlite3_user_data(ctx));
    flag->live = sqlite3_value_int(argv[0]) != 0 ? 1 : 0;
    sqlite3_result_int(ctx, flag->live);
}

void deleteFlag(void *p)
{
    delete static_cast<LiveFlag *>(p);
}

// The text indexed for a case: its replies, newest last.
const char *const kRepliesOf = "coalesce((SELECT group_concat(r.note, char(10)) FROM case_event r "
                               "WHERE r.case_id = c.id AND r.kind = 'replied' AND r.deleted = 0), '')";

Status exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    if (!q.prepare(sql))
        return Error{QStringLiteral("search.index_failed"),
                     CaseSearchIndex::tr("The search index could not be updated: %1").arg(q.lastError().text())};
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{QStringLiteral("search.index_failed"),
                     CaseSearchIndex::tr("The search index could not be updated: %1").arg(q.lastError().text())};
    return {};
}

// Re-indexes the cases added after casesAfter and those that got a reply after eventsAfter (rowids).
Status indexSince(const QSqlDatabase &db, qint64 casesAfter, qint64 eventsAfter)
{
    QSqlQuery q(db);
    const QString touched = QStringLiteral("SELECT rowid FROM cases WHERE rowid > ? UNION "
                                           "SELECT c.rowid FROM case_event e JOIN cases c ON c.id = e.case_id "
                                           "WHERE e.rowid > ? AND e.kind = 'replied'");
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_fts WHERE rowid IN (%1)").arg(touched),
                        {casesAfter, eventsAfter});
        !s)
        return s;
    return exec(q,
                QStringLiteral("INSERT INTO case_fts (rowid, title, description, replies) "
                               "SELECT c.rowid, c.title, c.description, %1 FROM cases c WHERE c.rowid IN (%2)")
                    .arg(QLatin1String(kRepliesOf), touched),
                {casesAfter, eventsAfter});
}

// The queue's three statements: the queued cases leave the index and come back with their current text (a
// case that is gone only leaves), then the queue is emptied. queryFor(sql) gives a prepared QSqlQuery.
const char *const kQueuePending = "SELECT EXISTS (SELECT 1 FROM case_search_queue)";

template<typename QueryFor>
Status flushQueueWith(QueryFor &&queryFor)
{
    const QString statements[] = {
        QStringLiteral("DELETE FROM case_fts WHERE rowid IN (SELECT case_rowid FROM case_search_queue)"),
        QStringLiteral("INSERT INTO case_fts (rowid, title, description, replies) "
                       "SELECT c.rowid, c.title, c.description, %1 FROM case_search_queue q "
                       "JOIN cases c ON c.rowid = q.case_rowid")
            .arg(QLatin1String(kRepliesOf)),
        QStringLiteral("DELETE FROM case_search_queue"),
    };
    for (const QString &sql : statements) {
        QSqlQuery &q = queryFor(sql);
        const bool ok = q.exec();
        const QString error = q.lastError().text();
        q.finish();
        if (!ok)
            return Error{QStringLiteral("search.index_failed"),
                         CaseSearchIndex::tr("The search index could not be updated: %1").arg(error)};
    }
    return {};
}

Status setLive(const QSqlDatabase &db, bool live)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("SELECT zt_search_set_live(?)"), {live ? 1 : 0});
}

// One transaction around a few statements; rolled back unless committed.
class LocalTransaction
{
public:
    explicit LocalTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~LocalTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

Status failedTransaction(const QSqlDatabase &db)
{
    return Error{QStringLiteral("search.index_failed"),
                 CaseSearchIndex::tr("The search index could not be updated: %1").arg(db.lastError().text())};
}

} // namespace

QString CaseSearchIndex::registerOn(sqlite3 *db)
{
    if (QString error = BigramTokenizer::registerOn(db); !error.isEmpty())
        return error;
    auto *flag = new LiveFlag;
    // Innocuous: the triggers call it, and a store may run with trusted_schema off.
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "zt_search_live", 0, flags, flag, liveFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "zt_search_set_live", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, flag,
                                        setLiveFunction, nullptr, nullptr, deleteFlag);
    else
        delete flag;
    return rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
}

Result<CaseSearchIndex::Deferral> CaseSearchIndex::defer(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (Status s = exec(q, QStringLiteral("INSERT INTO case_search_backlog (cases_after, events_after) "
                                          "SELECT ifnull((SELECT max(rowid) FROM cases), 0), "
                                          "ifnull((SELECT max(rowid) FROM case_event), 0)"));
        !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = setLive(db, false); !s)
        return s.error();
    return Deferral(db, id);
}

CaseSearchIndex::Deferral::Deferral(Deferral &&other) noexcept
    : m_db(other.m_db), m_backlogId(other.m_backlogId), m_done(other.m_done)
{
    other.m_done = true;
}

CaseSearchIndex::Deferral::~Deferral()
{
    if (!m_done)
        if (Status s = finish(); !s)
            qCWarning(lcSearch) << s.error().message;
}

Status CaseSearchIndex::Deferral::finish()
{
    if (m_done)
        return {};
    m_done = true;
    if (Status s = setLive(m_db, true); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = exec(q, QStringLiteral("SELECT cases_after, events_after FROM case_search_backlog WHERE id = ?"),
                        {m_backlogId});
        !s)
        return s;
    if (!q.next())
        return {}; // another connection caught up already
    const qint64 casesAfter = q.value(0).toLongLong();
    const qint64 eventsAfter = q.value(1).toLongLong();
    q.finish();
    LocalTransaction tx(m_db);
    if (!tx.isOpen())
        return failedTransaction(m_db);
    if (Status s = indexSince(m_db, casesAfter, eventsAfter); !s)
        return s;
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_search_backlog WHERE id = ?"), {m_backlogId}); !s)
        return s;
    return tx.commit() ? Status() : failedTransaction(m_db);
}

Status CaseSearchIndex::Deferral::releaseForCatchUp()
{
    if (m_done)
        return {};
    m_done = true;
    return setLive(m_db, true);
}

Status CaseSearchIndex::flushQueue(Store &store)
{
    QSqlQuery &pending = store.cachedQuery(QLatin1String(kQueuePending));
    const bool ok = pending.exec();
    const bool queued = ok && pending.next() && pending.value(0).toBool();
    const QString error = pending.lastError().text();
    pending.finish();
    if (!ok) {
        // A store opened at a version before the queue (tests and tools do so on purpose) still indexes
        // from its old triggers. Found by the migration's name, which renumbering keeps.
        static const int queueVersion = [] {
            for (const Migration &m : Migrator::available())
                if (m.name == QLatin1String("case_search_queue"))
                    return m.version;
            return 0;
        }();
        if (Migrator::currentVersion(store.db()) < queueVersion)
            return {};
        return Error{QStringLiteral("search.index_failed"),
                     CaseSearchIndex::tr("The search index could not be updated: %1").arg(error)};
    }
    if (!queued)
        return {};
    return flushQueueWith([&store](const QString &sql) -> QSqlQuery & { return store.cachedQuery(sql); });
}

Status CaseSearchIndex::catchUp(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Cases a write behind the write path queued (e.g. raw SQL from a tool) and nobody flushed yet.
    if (Status s = exec(q, QLatin1String(kQueuePending)); !s)
        return s;
    if (q.next() && q.value(0).toBool()) {
        q.finish();
        LocalTransaction tx(db);
        if (!tx.isOpen())
            return failedTransaction(db);
        std::vector<std::unique_ptr<QSqlQuery>> queries;
        if (Status s = flushQueueWith([&](const QString &sql) -> QSqlQuery & {
                queries.push_back(std::make_unique<QSqlQuery>(db));
                queries.back()->prepare(sql);
                return *queries.back();
            });
            !s)
            return s;
        queries.clear();
        if (!tx.commit())
            return failedTransaction(db);
    }
    q.finish();
    if (Status s = exec(q, QStringLiteral("SELECT min(cases_after), min(events_after), count(*) "
                                          "FROM case_search_backlog"));
        !s)
        return s;
    if (!q.next() || q.value(2).toInt() == 0)
        return {};
    const qint64 casesAfter = q.value(0).toLongLong();
    const qint64 eventsAfter = q.value(1).toLongLong();
    q.finish();
    LocalTransaction tx(db);
    if (!tx.isOpen())
        return failedTransaction(db);
    if (Status s = indexSince(db, casesAfter, eventsAfter); !s)
        return s;
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_search_backlog")); !s)
        return s;
    return tx.commit() ? Status() : failedTransaction(db);
}

Status CaseSearchIndex::rebuild(const QSqlDatabase &db)
{
    LocalTransaction tx(db);
    if (!tx.isOpen())
        return failedTransaction(db);
    QSqlQuery q(db);
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_fts")); !s)
        return s;
    if (Status s = exec(q, QStringLiteral("INSERT INTO case_fts (rowid, title, description, replies) "
                                          "SELECT c.rowid, c.title, c.description, %1 FROM cases c")
                               .arg(QLatin1String(kRepliesOf)));
        !s)
        return s;
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_search_backlog")); !s)
        return s;
    if (Status s = exec(q, QStringLiteral("DELETE FROM case_search_queue")); !s)
        return s;
    return tx.commit() ? Status() : failedTransaction(db);
}

void CaseSearchIndex::appendCondition(QString &sql, QVariantList &binds, const CaseSearchQuery &query,
                                      const QString &rowidColumn)
{
    if (query.isEmpty())
        return;
    // Non-correlated: SQLite reads the index once per statement into a set of rowids.
    QStringList where;
    if (!query.match.isEmpty()) {
        where << QStringLiteral("case_fts MATCH ?");
        binds << query.match;
    }
    for (const QString &literal : query.literals) {
        where << QStringLiteral("(instr(lower(title), ?) > 0 OR instr(lower(description), ?) > 0 OR "
                                "instr(lower(replies), ?) > 0)");
        binds << literal << literal << literal;
    }
    QString rowids = QStringLiteral("SELECT rowid FROM case_fts WHERE %1").arg(where.join(QStringLiteral(" AND ")));
    if (!query.caseNumber.isEmpty()) {
        // The case with this number, or the one that had it before this PC or another renumbered it (its
        // "renumbered" event, synced to every PC; case_renumbered holds this PC's from before that event
        // was written). Each an index lookup; still one set of rowids, so the plan stays as it was.
        rowids += QStringLiteral(" UNION SELECT rowid FROM cases WHERE case_no = ?"
                                 " UNION SELECT rowid FROM cases WHERE id IN (%1)")
                      .arg(CaseRenumbering::oldNumberCaseIdsSql());
        binds << query.caseNumber;
        binds << CaseRenumbering::oldNumberBinds(query.caseNumber);
    }
    if (!query.caseNumberEnd.isEmpty()) {
        rowids += QStringLiteral(" UNION SELECT rowid FROM cases WHERE id IN (%1)").arg(CaseNumberEnd::caseIdsSql());
        binds << CaseNumberEnd::binds(query.caseNumberEnd, Clock::nowUtc().toLocalTime().date().year());
    }
    sql += QStringLiteral(" AND %1 IN (%2)").arg(rowidColumn, rowids);
}

} // namespace zt
