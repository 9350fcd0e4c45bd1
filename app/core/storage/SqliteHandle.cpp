#include "storage/SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <mutex>
#include <sqlite3.h>

namespace zt {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool SqliteHandle::configureLibrary()
{
    static bool configured = false;
    static std::once_flag once;
    // sqlite3_config() is only allowed before the library initialises itself (at its first open).
    std::call_once(once, [] { configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; });
    return configured;
}

QString SqliteHandle::execScript(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *h = of(db);
    if (!h)
        return QStringLiteral("no SQLite handle");
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    QString message = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(err);
    return message;
}

} // namespace zt
