#include "storage/Database.h"

#include "common/Uuid7.h"
#include "storage/BackupService.h"
#include "storage/CaseSearchIndex.h"
#include "storage/BulkLoadIndexes.h"
#include "storage/Migrator.h"
#include "storage/SqliteHandle.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

bool hasSqliteHeader(const QString &path, bool *readable)
{
    QFile f(path);
    *readable = f.open(QIODevice::ReadOnly);
    if (!*readable)
        return false;
    if (f.size() == 0)
        return true; // an empty file is a new store
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

void Database::applyConnectionPragmas(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // FULL: a commit the user saw is on disk even if the power goes a second later.
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Statement journals in memory. The search-index triggers make every write to cases a
    // multi-write statement, so SQLite keeps a statement journal for each one, and past 64 KB
    // (a case row touches a page in each of its ~15 indexes) it spills that journal to a file
    // under /var/tmp: bootstrapping 3,000 cases wrote 1.1 GB to such files in 720,000 pwrite
    // calls, half the bootstrap's time. A statement journal lives only for its statement.
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // The search index's tokenizer and trigger switch live on the connection, not in the file.
    if (const QString error = CaseSearchIndex::registerOn(SqliteHandle::of(db)); !error.isEmpty())
        qWarning("search index functions not registered: %s", qPrintable(error));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    SqliteHandle::configureLibrary();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool existed = QFileInfo::exists(absolute);
    if (!existed && !options.createIfMissing)
        return Error{QStringLiteral("store.not_found"), tr("There is no store at %1.").arg(absolute)};
    if (existed) {
        bool readable = false;
        const bool header = hasSqliteHeader(absolute, &readable);
        if (!readable)
            return Error{QStringLiteral("store.unreadable"),
                         tr("The store %1 cannot be read. Check that the file exists and that you may open it.")
                             .arg(absolute)};
        if (!header)
            return Error{QStringLiteral("store.corrupt"),
                         tr("The store %1 is damaged or is not a Zhitongche store.").arg(absolute)};
    }

    // Read the version on a read-only connection first: a read-write connection would checkpoint a newer
    // program's WAL into the file when it closes, and a newer store must stay exactly as it is.
    int version = 0;
    if (existed) {
        const QString probeName = QStringLiteral("zt-probe-") + Uuid7::generate();
        QString failure;
        bool failed = false;
        {
            QSqlDatabase probeDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probeDb.setDatabaseName(absolute);
            probeDb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!probeDb.open()) {
                failed = true;
                failure = probeDb.lastError().text();
            } else {
                version = Migrator::currentVersion(probeDb);
                QSqlQuery probe(probeDb);
                if (version < 0 || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next()) {
                    failed = true;
                    failure = probe.lastError().databaseText();
                }
            }
        }
        dropConnection(probeName);
        if (failed || version < 0)
            return Error{QStringLiteral("store.corrupt"),
                         tr("The store %1 is damaged or is not a Zhitongche store (%2).").arg(absolute, failure)};
        if (version > Migrator::latestVersion())
            return Error{QStringLiteral("store.too_new"),
                         tr("The store %1 was written by a newer version of Zhitongche (schema %2; this program knows "
                            "up to %3). It has not been changed. Please install the newer version.")
                             .arg(absolute)
                             .arg(version)
                             .arg(Migrator::latestVersion())};
    }

    const QString name = QStringLiteral("zt-") + Uuid7::generate();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            dropConnection(name);
            return Error{QStringLiteral("store.unreadable"), tr("The store %1 cannot be opened: %2").arg(absolute, detail)};
        }
    }
    std::unique_ptr<Database> store(new Database(absolute, name));
    QSqlDatabase db = store->connection();

    applyConnectionPragmas(db);

    // A first sync bootstrap that died set indexes and triggers aside: back before anything else
    // (and before a migration that may redefine one of them).
    if (options.migrate && existed)
        if (Status restored = BulkLoadIndexes::restore(db); !restored)
            return restored.error();

    const int target = options.targetVersion < 0 ? Migrator::latestVersion() : options.targetVersion;
    if (options.migrate && version < target) {
        if (version > 0 && options.backupBeforeMigration) {
            auto backup = BackupService::backupBeside(absolute, QStringLiteral("before-v%1").arg(target));
            if (!backup)
                return Error{QStringLiteral("backup.failed"),
                             tr("The store was not updated because the backup before the update failed: %1")
                                 .arg(backup.error().message)};
            store->m_preMigrationBackup = backup.value();
        }
        Status migrated = Migrator::migrate(db, target);
        if (!migrated)
            return migrated.error();
    }
    return store;
}

Result<QString> Database::openExtraConnection(const QString &path, const QString &connectionName)
{
    SqliteHandle::configureLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        dropConnection(connectionName);
        return Error{QStringLiteral("store.unreadable"), tr("The store %1 cannot be opened: %2").arg(path, detail)};
    }
    applyConnectionPragmas(db);
    return connectionName;
}

} // namespace zt
