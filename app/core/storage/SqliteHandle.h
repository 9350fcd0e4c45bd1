#pragma once
// Access to the raw sqlite3 handle behind a QSQLITE connection, for what Qt does not wrap:
// multi-statement migration scripts and the online backup API.

#include <QSqlDatabase>

struct sqlite3;

namespace zt {

class SqliteHandle
{
public:
    static sqlite3 *of(const QSqlDatabase &db);
    // Runs a script of several statements (triggers included); returns an empty string or the error.
    static QString execScript(const QSqlDatabase &db, const QString &sql);
    // Process-wide settings of the SQLite library, before its first connection (Database::open and
    // openExtraConnection call it; later calls do nothing). SQLite's memory statistics are switched
    // off: with them on, every sqlite3_malloc and sqlite3_free takes a global mutex to count bytes,
    // ~12 % of a bootstrap's client CPU (perf, 100,000 cases); nothing here reads the statistics or
    // sets a soft heap limit, which needs them. Returns false when the library was already in use
    // (someone opened a connection first): then it runs with SQLite's defaults, only slower.
    static bool configureLibrary();
};

} // namespace zt
