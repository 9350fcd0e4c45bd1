#pragma once
// One open SQLite store: checks the file, refuses stores from newer versions untouched, backs up and
// migrates older ones, and sets WAL and foreign keys on its connection.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

namespace zt {

struct OpenOptions
{
    bool createIfMissing = true;
    bool migrate = true;
    bool backupBeforeMigration = true;
    int targetVersion = -1; // -1: the latest; tests open older versions on purpose
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Error codes: store.not_found, store.unreadable, store.corrupt, store.too_new, store.locked,
    // backup.failed, migration.failed. The message names the path and says what to do.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    // The backup taken before the last migration, if one was taken when opening.
    QString preMigrationBackup() const { return m_preMigrationBackup; }

    // Opens another connection to the same file for a worker thread (same pragmas, no migration).
    static Result<QString> openExtraConnection(const QString &path, const QString &connectionName);
    static void applyConnectionPragmas(const QSqlDatabase &db);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_preMigrationBackup;
};

} // namespace zt
