#pragma once
// The server's configuration, read from an ini file (see server/README.md for every key).

#include "common/Result.h"

#include <QHostAddress>
#include <QString>

namespace zt::server {

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    // Worker threads that serve requests (each with its own TLS, HTTP parsing and database
    // connection); 0 in the file = one per core, at least 8: pushes waiting for the write lock on
    // their threads are committed together (decision 40), so a group is as large as the threads.
    int threads = 1;
    QString certificateFile; // PEM; empty: plain HTTP (only behind a TLS-terminating proxy)
    QString keyFile;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int accessTokenSeconds = 900;
    // A bootstrap page token older than this gets 410: the client starts the snapshot again.
    int bootstrapTokenSeconds = 24 * 3600;
    // Clients whose store schema (client migration number) is below this get 426 on pull and
    // bootstrap until upgraded; they may still push (sync-protocol.md, "Tombstones, schema, auth").
    int minClientSchema = 1;
    // Bootstrap pages in the compact form when a client asks for it (decision 32); false answers objects
    // as a server before it did (a way back if a client mis-read the compact form; tests play an old server).
    bool pageRowsForm = true;
    // Mutations one push may carry; announced to clients in the login and refresh answers
    // (`push_max_mutations`, decision 26). The body limit (1 MiB) still applies. 0 in the file:
    // behave as a server before decision 26 (200, not announced; for checking old-server clients).
    int pushMaxMutations = 1000;
    bool announcePushLimit = true;

    QString databaseKind = QStringLiteral("sqlite"); // sqlite | postgresql
    QString sqlitePath;
    // SQLite's synchronous for the server's connections: FULL (default; an answered push is on
    // disk, decision 27) or NORMAL (faster commits; a power cut may take back answered pushes:
    // only with a battery-backed disk cache).
    bool sqliteFullSync = true;
    QString pgHost = QStringLiteral("127.0.0.1");
    int pgPort = 5432;
    QString pgDatabase = QStringLiteral("zhitongche");
    QString pgUser = QStringLiteral("postgres");
    QString pgPassword;

    QString logFile; // empty: standard error

    // Attachments' bytes, content-addressed (<blobDir>/ab/ab12...); default: "blobs" beside the ini.
    QString blobDir;
    // While this file exists the server answers 503 + Retry-After (maintenance: an upgrade, a restore).
    QString maintenanceFile;
    int maintenanceRetryAfterSeconds = 300;

    bool isPostgres() const { return databaseKind == QLatin1String("postgresql"); }
    // Relative paths are taken from the directory of the file.
    static Result<ServerConfig> load(const QString &path);
};

} // namespace zt::server
