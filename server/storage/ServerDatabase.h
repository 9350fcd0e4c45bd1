#pragma once
// The server's database connection (SQLite or PostgreSQL), its migrations from sql/server/<kind>/,
// and the write transaction that keeps commit order equal to seq order.

#include "ServerConfig.h"
#include "common/Result.h"
#include "storage/PgResult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <limits>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace zt::server {

class ServerDatabase
{
public:
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Opens a connection and brings the schema up to date (once, at start-up). upToVersion stops after
    // that migration: a test of a later migration starts from the schema before it.
    static Result<std::unique_ptr<ServerDatabase>> open(const ServerConfig &config,
                                                        int upToVersion = std::numeric_limits<int>::max());
    // Opens one more connection to an already migrated database: one per server thread (a Qt Sql
    // connection may only be used on the thread that made it). Call it on that thread.
    static Result<std::unique_ptr<ServerDatabase>> connect(const ServerConfig &config);

    QSqlDatabase db() const;
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    static int latestVersion(bool postgres);

    // A write transaction that serialises with every other writer from its first statement, so the
    // seq numbers it draws commit in order (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-level
    // advisory lock, held until COMMIT, also across several server processes). On SQLite the
    // server's own threads first queue on an in-process mutex: SQLite's busy handler would make
    // them poll with sleeps of up to 100 ms instead of waking when the writer commits.
    Status beginWrite();
    // SQLite: every ~1,000 WAL frames a passive checkpoint follows the COMMIT, outside the writer
    // mutex. Later: the caller runs it with checkpointIfDue() when it suits it (the push writer,
    // after it has handed out the group's answers: decision 45).
    enum class Checkpoint { Now, Later };
    Status commit(Checkpoint checkpoint = Checkpoint::Now);
    void checkpointIfDue();
    // Where this connection's due checkpoints go instead of running on its thread: the push writer
    // hands them to its WalCheckpointer (decision 48). Unset: they run here.
    void setCheckpointRunner(std::function<void()> runner) { m_checkpointRunner = std::move(runner); }
    // A passive checkpoint on this connection now (SQLite; PostgreSQL: nothing).
    void checkpointNow();
    // SQLite: lets this connection keep up to `megabytes` of pages in memory (default 2 MB). A
    // transaction's changed pages stay in the cache until COMMIT; past it SQLite spills them into the
    // WAL mid-transaction and writes them again. The push writer's groups (decision 45) change a few
    // MB. PostgreSQL: nothing.
    void setCacheSize(int megabytes);
    void rollback();
    // One savepoint inside beginWrite() (not nested): a group commit's batch (sync/PushGroup) is
    // undone alone with rollbackToSavepoint(), which also takes back the seqs it drew. On PostgreSQL
    // releaseSavepoint() sends nothing: its RELEASE goes with the next savepoint() (COMMIT ends it
    // otherwise), a round trip a batch fewer (decision 53).
    Status savepoint();
    Status releaseSavepoint();
    Status rollbackToSavepoint();
    // Which database this connection is to (the same for every connection to it).
    const QString &identity() const { return m_identity; }
    // The next number of the one server sequence; only inside beginWrite().
    Result<qint64> nextSeq();
    // A prepared statement kept for reuse on this connection (preparing costs more than running
    // the small statements of the push path). Bind by index; finish() a SELECT when done.
    QSqlQuery &cached(const QString &sql);
    // SQLite only: the same on the sqlite3 handle, for the push path's bulk statements (Qt's driver
    // binds every text as UTF-16 inside a QVariant; the row text is UTF-8 already). Reset after use.
    sqlite3_stmt *cachedSqlite(const QByteArray &sql);
    sqlite3 *sqliteHandle() const { return m_sqlite; }
    // PostgreSQL only: runs `sql` ($1, $2, ... placeholders) on this connection's libpq handle,
    // prepared once per connection, with the parameters sent apart from the statement's text (a null
    // QByteArray is NULL). Qt's QPSQL driver writes every bound value into the text of an EXECUTE,
    // escaped, for the server's lexer to read again: for the push path's array parameters (megabytes
    // a batch) that was a quarter of the writer's CPU and a tenth of the backend's (decision 52).
    // Inside or outside beginWrite() as any statement; never while a QSqlQuery of this connection
    // still has rows to be read (finish() it first: they are dropped here).
    Result<PgResult> execPg(const QByteArray &sql, const QList<QByteArray> &parameters);
    // PostgreSQL only: statements without parameters, separated by semicolons, in one round trip.
    Status execPgScript(const QByteArray &sql);

private:
    ServerDatabase(QString connectionName, bool postgres);
    Status migrate(int upToVersion);
    void releaseWriterMutex();

    QString m_connectionName;
    // Declared after the connection name; cleared in the destructor before the connection closes.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_postgres = false;
    QString m_identity;
    qint64 m_seq = -1;     // last seq drawn in the open transaction; -1 = none yet
    qint64 m_seqRead = -1; // the counter as read at the first draw
    qint64 m_seqAtSavepoint = -1;
    bool m_holdsWriterMutex = false;
    sqlite3 *m_sqlite = nullptr;
    std::unordered_map<QByteArray, sqlite3_stmt *> m_sqliteStatements;
    pg_conn *m_pg = nullptr;
    bool m_releasePending = false; // PostgreSQL: a RELEASE SAVEPOINT deferred to the next savepoint()
    std::unordered_map<QByteArray, QByteArray> m_pgStatements; // sql -> prepared statement's name
    // Frames in the WAL after this connection's last commit (its wal hook; see commit()).
    int m_walFrames = 0;
    std::function<void()> m_checkpointRunner;
    static int walHook(void *self, sqlite3 *, const char *, int frames);
};

} // namespace zt::server
