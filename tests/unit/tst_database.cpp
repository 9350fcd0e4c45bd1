// Opening the local store: WAL and foreign keys on, SQLite without memory statistics, newer stores
// refused untouched, damaged or unreadable files refused with a message that names the file.

#include "TestStore.h"

#include "common/Uuid7.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace zt;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    // SHA-256 of a file's bytes, or an empty array when the file does not exist.
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QVariant pragma(const QSqlDatabase &db, const QString &name)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
            return {};
        return q.value(0);
    }

    // A store at the latest schema, closed again, at dir/name.
    static QString makeClosedStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.sqlite"))
    {
        const QString path = dir.filePath(name);
        auto opened = Store::open(path);
        if (!opened)
            return {};
        return path;
    }

    // Runs statements on a plain connection that knows nothing of the program's rules.
    static bool rawExec(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("raw-") + Uuid7::generate();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void newStoreIsWalWithForeignKeysAtTheLatestVersion()
    {
        test::TestStore ts;
        const QSqlDatabase db = ts->db();
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(ts->database().schemaVersion(), Migrator::latestVersion());
        // One file: the store itself, plus SQLite's own -wal/-shm companions.
        QStringList files = QDir(ts.dir()).entryList(QDir::Files);
        files.removeAll(QStringLiteral("store.sqlite-wal"));
        files.removeAll(QStringLiteral("store.sqlite-shm"));
        QCOMPARE(files, QStringList{QStringLiteral("store.sqlite")});
    }

    // The SQLite library counts no memory (SqliteHandle::configureLibrary, before the first
    // connection): with its statistics on, every allocation and free takes a global mutex (~12 % of
    // a bootstrap's client CPU). The process's first connection was opened by the store above.
    void sqliteKeepsNoMemoryStatistics()
    {
        test::TestStore ts;
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
        sqlite3_int64 current = -1;
        sqlite3_int64 highwater = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highwater, 0), SQLITE_OK);
        QCOMPARE(current, sqlite3_int64(0));
    }

    void foreignKeysAreEnforced()
    {
        test::TestStore ts;
        QSqlQuery q(ts->db());
        // A point of a station that does not exist.
        const bool inserted = q.exec(QStringLiteral(
            "INSERT INTO point (id, station_id, hlc, name, division_code) VALUES ('p1', 'no-such-station', 'h', 'x', '1')"));
        QVERIFY(!inserted);
        QCOMPARE(ts.count(QStringLiteral("point")), 0);
    }

    void reopenedStoreKeepsWalAndForeignKeys()
    {
        test::TestStore ts;
        ts.reopen();
        QCOMPARE(pragma(ts->db(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(ts->db(), QStringLiteral("foreign_keys")).toInt(), 1);
    }

    void extraConnectionHasTheSamePragmas()
    {
        test::TestStore ts;
        const QString name = QStringLiteral("extra-") + Uuid7::generate();
        auto extra = Database::openExtraConnection(ts.path(), name);
        QVERIFY2(extra.ok(), qPrintable(extra.error().message));
        {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void missingStoreIsNotCreatedWhenNotAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        OpenOptions options;
        options.createIfMissing = false;
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("store.not_found"));
        QVERIFY(opened.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void newerStoreIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeClosedStore(dir);
        QVERIFY(!path.isEmpty());
        const int tooNew = Migrator::latestVersion() + 5;
        QVERIFY(rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(tooNew)}));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        {
            auto opened = Database::open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("store.too_new"));
            QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
            QVERIFY(opened.error().message.contains(QString::number(tooNew)));
        }
        {
            // The same through the store the program opens.
            auto opened = Store::open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("store.too_new"));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));
        QVERIFY(rawExec(path, {QStringLiteral("SELECT 1")}));
    }

    void newerStoreWithPendingWalIsNotCheckpointed()
    {
        // A newer program left committed changes in the -wal (the PC was switched off). Opening it
        // here must not replay that WAL into the main file: both files stay exactly as they were.
        QTemporaryDir dir;
        const QString source = makeClosedStore(dir, QStringLiteral("source.sqlite"));
        QVERIFY(!source.isEmpty());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QString name = QStringLiteral("raw-") + Uuid7::generate();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE from_the_future (x)")));
            // Copy the pair while the WAL still holds the changes, as after a power cut.
            QVERIFY(QFile::copy(source, path));
            QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const QByteArray mainBefore = fileHash(path);
        const QByteArray walBefore = fileHash(path + QStringLiteral("-wal"));

        {
            auto opened = Database::open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("store.too_new"));
        }
        QCOMPARE(fileHash(path), mainBefore);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the newer program's WAL was consumed");
        QCOMPARE(fileHash(path + QStringLiteral("-wal")), walBefore);
    }

    void randomBytesAreReportedAsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        writeFile(path, randomBytes(8192));
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void goodHeaderWithGarbagePagesIsReportedAsCorrupt_data()
    {
        QTest::addColumn<int>("intactBytes");
        QTest::newRow("header only") << 100;
        QTest::newRow("first page") << 4096;
    }

    void goodHeaderWithGarbagePagesIsReportedAsCorrupt()
    {
        // The SQLite header (and possibly the whole first page) is intact; everything after is noise.
        QFETCH(int, intactBytes);
        QTemporaryDir dir;
        const QString path = makeClosedStore(dir);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.size() > 4096);
        const QByteArray noise = randomBytes(bytes.size() - intactBytes);
        bytes.replace(intactBytes, noise.size(), noise);
        writeFile(path, bytes);

        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    }

    void truncatedHeaderIsReportedAsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        writeFile(path, QByteArray("SQLite form"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
        QVERIFY(opened.error().message.contains(path));
    }

    void directoryInsteadOfFileIsUnreadable()
    {
        // Something the program cannot read as a file (chmod does not stop root, who runs the tests).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(QDir().mkpath(path));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().code == QLatin1String("store.unreadable")
                     || opened.error().code == QLatin1String("store.corrupt"),
                 qPrintable(opened.error().code));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    }

    void emptyFileBecomesANewStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        writeFile(path, {});
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
