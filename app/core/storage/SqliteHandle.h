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
};

} // namespace zt
