#include "storage/ServerDatabase.h"

#include <libpq-fe.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

#include "storage/SqliteHandle.h"

namespace zt::server {

namespace {

// Any fixed number; every server process sharing the database takes the same lock.
constexpr qint64 kSeqLockKey = 0x7a74636873657131; // "ztchseq1"

QString migrationDir(bool postgres)
{
    return postgres ? QStringLiteral(":/sql/server/postgresql") : QStringLiteral(":/sql/server/sqlite");
}

Error dbError(const QString &code, const QSqlError &e)
{
    return Error{code, e.text()};
}

// SQLite allows one writer; the server's threads take turns here (see beginWrite()).
QMutex sqliteWriterMutex;

// SQLite's own automatic checkpoint (at 1000 WAL pages) runs inside the COMMIT, so inside the
// writer mutex; the server runs the same passive checkpoint right after it lets the mutex go.
constexpr int kCheckpointFrames = 1000;

} // namespace

ServerDatabase::ServerDatabase(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName)), m_postgres(postgres)
{
}

ServerDatabase::~ServerDatabase()
{
    for (const auto &[sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
    m_statements.clear();
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const ServerConfig &config, int upToVersion)
{
    auto result = connect(config);
    if (!result)
        return result;
    if (Status s = result.value()->migrate(upToVersion); !s)
        return s.error();
    return result;
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::connect(const ServerConfig &config)
{
    const QString name = QStringLiteral("zt-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ServerDatabase> result(new ServerDatabase(name, config.isPostgres()));
    QSqlDatabase d = QSqlDatabase::addDatabase(config.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    result->m_identity = config.isPostgres()
        ? QStringLiteral("postgresql://%1:%2/%3").arg(config.pgHost).arg(config.pgPort).arg(config.pgDatabase)
        : QStringLiteral("sqlite:") + QFileInfo(config.sqlitePath).absoluteFilePath();
    if (config.isPostgres()) {
        d.setHostName(config.pgHost);
        d.setPort(config.pgPort);
        d.setDatabaseName(config.pgDatabase);
        d.setUserName(config.pgUser);
        d.setPassword(config.pgPassword);
    } else {
        QDir().mkpath(QFileInfo(config.sqlitePath).absolutePath());
        d.setDatabaseName(config.sqlitePath);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!d.open())
        return dbError(QStringLiteral("db.open_failed"), d.lastError());
    QSqlQuery q(d);
    if (config.isPostgres()) {
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        const QVariant handle = d.driver()->handle();
        // Qt 6.4 names the type "pg_conn*" (PGconn is a typedef of struct pg_conn).
        if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
            result->m_pg = *static_cast<pg_conn *const *>(handle.constData());
    }
    if (!config.isPostgres()) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // FULL: a push is answered after its COMMIT, and the PC then marks its outbox done and never
        // sends those mutations again. With NORMAL a power cut could take back commits already
        // answered (WAL + NORMAL syncs only at checkpoints): the changes would be lost and the
        // device's next push would meet 409 gap. One fsync a batch (decision 26 made batches 5x bigger).
        q.exec(config.sqliteFullSync ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
        // A push batch dirties more pages than the page cache holds (2 MB: a 1,000-case batch's rows
        // alone are ~2.5 MB): SQLite then wrote pages to the WAL in the middle of the transaction, inside
        // the write lock, and wrote many of them again at COMMIT (12 % of a batch's time in the lock).
        // Without spilling the cache grows for the transaction's dirty pages instead.
        q.exec(QStringLiteral("PRAGMA cache_spill=OFF"));
        result->m_sqlite = SqliteHandle::of(d);
        // Replaces SQLite's automatic checkpoint (which is a wal hook too): see commit().
        if (result->m_sqlite)
            sqlite3_wal_hook(result->m_sqlite, &ServerDatabase::walHook, result.get());
    }
    return result;
}

int ServerDatabase::latestVersion(bool postgres)
{
    int latest = 0;
    for (const QString &f : QDir(migrationDir(postgres)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        latest = std::max(latest, f.left(4).toInt());
    return latest;
}

int ServerDatabase::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status ServerDatabase::migrate(int upToVersion)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return dbError(QStringLiteral("migration.failed"), q.lastError());
    const int current = schemaVersion();
    // A database a newer server has migrated: this one would write rows without what the newer
    // schema expects of them (decision 51's case_no column, for one).
    if (current > latestVersion(m_postgres))
        return Error{QStringLiteral("migration.newer_database"),
                     QStringLiteral("the database is at schema version %1, written by a newer server; this server knows up to %2")
                         .arg(current)
                         .arg(latestVersion(m_postgres))};
    const QStringList files =
        QDir(migrationDir(m_postgres)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const int version = fileName.left(4).toInt();
        if (version <= current)
            continue;
        if (version > upToVersion)
            break;
        QFile file(migrationDir(m_postgres) + QLatin1Char('/') + fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("migration.failed"), QStringLiteral("cannot read %1").arg(fileName)};
        const QString sql = QString::fromUtf8(file.readAll());
        if (!db().transaction())
            return dbError(QStringLiteral("migration.failed"), db().lastError());
        // Statements end with a semicolon at the end of a line; comments are dropped first.
        QString text;
        for (const QString &line : sql.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                text += line.section(QLatin1String("--"), 0, 0) + QLatin1Char('\n');
        for (const QString &statement : text.split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
            if (statement.trimmed().isEmpty() || statement.trimmed() == QLatin1String(";"))
                continue;
            QSqlQuery s(db());
            if (!s.exec(statement)) {
                const QSqlError e = s.lastError();
                db().rollback();
                return Error{QStringLiteral("migration.failed"), QStringLiteral("%1: %2").arg(fileName, e.text())};
            }
        }
        QSqlQuery v(db());
        v.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        v.addBindValue(version);
        v.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!v.exec() || !db().commit()) {
            db().rollback();
            return dbError(QStringLiteral("migration.failed"), v.lastError());
        }
    }
    return {};
}

Status ServerDatabase::beginWrite()
{
    m_releasePending = false;
    QSqlQuery q(db());
    if (m_postgres) {
        if (!q.exec(QStringLiteral("BEGIN")))
            return dbError(QStringLiteral("db.busy"), q.lastError());
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSeqLockKey))) {
            const QSqlError e = q.lastError();
            rollback();
            return dbError(QStringLiteral("db.busy"), e);
        }
        return {};
    }
    sqliteWriterMutex.lock();
    m_holdsWriterMutex = true;
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        releaseWriterMutex();
        return dbError(QStringLiteral("db.busy"), q.lastError());
    }
    return {};
}

void ServerDatabase::releaseWriterMutex()
{
    if (m_holdsWriterMutex) {
        m_holdsWriterMutex = false;
        sqliteWriterMutex.unlock();
    }
}

Status ServerDatabase::commit(Checkpoint checkpoint)
{
    QSqlQuery q(db());
    if (m_seq > m_seqRead) {
        // Kept prepared: a one-off prepared statement is three round trips on PostgreSQL.
        QSqlQuery &update = cached(QStringLiteral("UPDATE seq_counter SET last_seq = ? WHERE singleton = 1"));
        update.bindValue(0, m_seq);
        if (!update.exec()) {
            const QSqlError e = update.lastError();
            rollback();
            return dbError(QStringLiteral("db.seq_failed"), e);
        }
    }
    m_seq = m_seqRead = -1;
    m_releasePending = false; // COMMIT ends an open savepoint too
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = q.lastError();
        rollback();
        return dbError(QStringLiteral("db.commit_failed"), e);
    }
    releaseWriterMutex();
    if (checkpoint == Checkpoint::Now)
        checkpointIfDue();
    return {};
}

void ServerDatabase::setCacheSize(int megabytes)
{
    if (m_postgres)
        return;
    QSqlQuery q(db());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024));
}

void ServerDatabase::checkpointIfDue()
{
    if (m_sqlite && m_walFrames >= kCheckpointFrames) {
        // The next writer need not wait for it: a passive checkpoint runs beside writers (another
        // thread's checkpoint in progress makes this one return at once).
        m_walFrames = 0;
        if (m_checkpointRunner)
            m_checkpointRunner();
        else
            checkpointNow();
    }
}

void ServerDatabase::checkpointNow()
{
    if (m_sqlite)
        sqlite3_wal_checkpoint_v2(m_sqlite, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

int ServerDatabase::walHook(void *self, sqlite3 *, const char *, int frames)
{
    static_cast<ServerDatabase *>(self)->m_walFrames = frames;
    return SQLITE_OK;
}

sqlite3_stmt *ServerDatabase::cachedSqlite(const QByteArray &sql)
{
    if (!m_sqlite)
        return nullptr;
    if (auto it = m_sqliteStatements.find(sql); it != m_sqliteStatements.end())
        return it->second;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_sqliteStatements.emplace(sql, statement);
    return statement;
}

Status ServerDatabase::savepoint()
{
    if (m_postgres && m_releasePending) {
        // The batch before's RELEASE (deferred by releaseSavepoint) in the same round trip.
        m_releasePending = false;
        if (Status s = execPgScript(QByteArrayLiteral("RELEASE SAVEPOINT push_batch; SAVEPOINT push_batch")); !s)
            return Error{QStringLiteral("db.savepoint_failed"), s.error().message};
    } else {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SAVEPOINT push_batch")))
            return dbError(QStringLiteral("db.savepoint_failed"), q.lastError());
    }
    m_seqAtSavepoint = m_seq;
    return {};
}

Status ServerDatabase::releaseSavepoint()
{
    if (m_postgres) {
        // Sent with the next savepoint, or not at all: COMMIT ends the savepoint with the transaction
        // (a round trip a batch fewer in a group, decision 53).
        m_releasePending = true;
        return {};
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("RELEASE SAVEPOINT push_batch")))
        return dbError(QStringLiteral("db.savepoint_failed"), q.lastError());
    return {};
}

Status ServerDatabase::rollbackToSavepoint()
{
    if (m_postgres) {
        if (Status s = execPgScript(QByteArrayLiteral("ROLLBACK TO SAVEPOINT push_batch; RELEASE SAVEPOINT push_batch")); !s)
            return Error{QStringLiteral("db.savepoint_failed"), s.error().message};
    } else {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT push_batch")) || !q.exec(QStringLiteral("RELEASE SAVEPOINT push_batch")))
            return dbError(QStringLiteral("db.savepoint_failed"), q.lastError());
    }
    // The seqs the undone batch drew are drawn again by the next one (no holes in the sequence);
    // -1 (none drawn before it) makes the next draw read the counter, which the undo restored.
    m_seq = m_seqAtSavepoint;
    if (m_seq < 0)
        m_seqRead = -1;
    return {};
}

void ServerDatabase::rollback()
{
    m_seq = m_seqRead = -1;
    m_releasePending = false;
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
    releaseWriterMutex();
}

Status ServerDatabase::execPgScript(const QByteArray &sql)
{
    if (!m_pg)
        return Error{QStringLiteral("db.failed"), QStringLiteral("no PostgreSQL connection handle")};
    while (PGresult *pending = PQgetResult(m_pg)) // as in execPg
        PQclear(pending);
    // PQexec runs the statements in one round trip and returns the last one's result, or the first
    // error's (the statements after it are not run).
    PGresult *r = PQexec(m_pg, sql.constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_pg)).trimmed();
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Error{QStringLiteral("db.failed"), message};
    return {};
}

Result<PgResult> ServerDatabase::execPg(const QByteArray &sql, const QList<QByteArray> &parameters)
{
    if (!m_pg)
        return Error{QStringLiteral("db.failed"), QStringLiteral("no PostgreSQL connection handle")};
    // A forward-only QSqlQuery leaves its rows pending on the connection (single-row mode) even
    // after finish(); Qt's driver drops them itself before its next statement, and so does this.
    while (PGresult *pending = PQgetResult(m_pg))
        PQclear(pending);
    auto fail = [this](PGresult *r) {
        const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_pg)).trimmed();
        PQclear(r);
        return Error{QStringLiteral("db.failed"), message};
    };
    auto name = m_pgStatements.find(sql);
    if (name == m_pgStatements.end()) {
        const QByteArray statementName = "zt_direct_" + QByteArray::number(qulonglong(m_pgStatements.size() + 1));
        PGresult *prepared = PQprepare(m_pg, statementName.constData(), sql.constData(), 0, nullptr);
        if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK)
            return fail(prepared);
        PQclear(prepared);
        name = m_pgStatements.emplace(sql, statementName).first;
    }
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(parameters.size()));
    lengths.reserve(size_t(parameters.size()));
    for (const QByteArray &p : parameters) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    PGresult *r = PQexecPrepared(m_pg, name->second.constData(), int(parameters.size()), values.data(), lengths.data(),
                                 nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return fail(r);
    return PgResult(r);
}

QSqlQuery &ServerDatabase::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Result<qint64> ServerDatabase::nextSeq()
{
    // Read once per transaction, kept in memory, written back at commit: the write lock is held
    // throughout, so nobody else can draw in between.
    if (m_seq < 0) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT last_seq FROM seq_counter WHERE singleton = 1")) || !q.next())
            return dbError(QStringLiteral("db.seq_failed"), q.lastError());
        m_seq = q.value(0).toLongLong();
        m_seqRead = m_seq;
    }
    return ++m_seq;
}

} // namespace zt::server
