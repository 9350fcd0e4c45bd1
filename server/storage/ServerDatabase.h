#pragma once
// The server's database connection (SQLite or PostgreSQL), its migrations from sql/server/<kind>/,
// and the write transaction that keeps commit order equal to seq order.

#include "ServerConfig.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <unordered_map>

namespace zt::server {

class ServerDatabase
{
public:
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    static Result<std::unique_ptr<ServerDatabase>> open(const ServerConfig &config);

    QSqlDatabase db() const;
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    static int latestVersion(bool postgres);

    // A write transaction that serialises with every other writer from its first statement, so the
    // seq numbers it draws commit in order (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-level
    // advisory lock, held until COMMIT, also across several server processes).
    Status beginWrite();
    Status commit();
    void rollback();
    // The next number of the one server sequence; only inside beginWrite().
    Result<qint64> nextSeq();
    // A prepared statement kept for reuse on this connection (preparing costs more than running
    // the small statements of the push path). Bind by index; finish() a SELECT when done.
    QSqlQuery &cached(const QString &sql);

private:
    ServerDatabase(QString connectionName, bool postgres);
    Status migrate();

    QString m_connectionName;
    // Declared after the connection name; cleared in the destructor before the connection closes.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_postgres = false;
    qint64 m_seq = -1;     // last seq drawn in the open transaction; -1 = none yet
    qint64 m_seqRead = -1; // the counter as read at the first draw
};

} // namespace zt::server
