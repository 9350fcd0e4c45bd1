// Backups of the store: taken consistently, listed newest first, and restored over a damaged store
// so that the program opens again with the backed-up data.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void writeRandom(const QString &path, qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char(QRandomGenerator::global()->bounded(256));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), size);
    }

    static void addDepartment(Store &store, const QString &name)
    {
        WriteTransaction tx(store);
        Department d;
        d.name = name;
        QVERIFY(DepartmentRepository(store).insert(tx, d).ok());
        QVERIFY(tx.commit().ok());
    }

    static QStringList departmentNames(Store &store)
    {
        QStringList names;
        for (const Department &d : DepartmentRepository(store).listForStation(store.stationId()))
            names << d.name;
        names.sort();
        return names;
    }

    // Values read from a store file on a plain connection, without the program's open logic.
    static QVariant rawValue(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("raw-") + Uuid7::generate();
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private slots:
    void cleanup()
    {
        Clock::setFixedNow({});
    }

    void backupBesideWritesACompleteCopyInTheBackupsFolder()
    {
        test::TestStore ts;
        addDepartment(ts.store(), QStringLiteral("城建科"));
        auto backup = BackupService::backupBeside(ts.path(), QStringLiteral("manual"));
        QVERIFY2(backup.ok(), qPrintable(backup.error().message));
        const QFileInfo info(backup.value());
        QCOMPARE(info.absolutePath(), QDir(ts.dir()).filePath(QStringLiteral("backups")));
        QVERIFY(info.fileName().startsWith(QStringLiteral("store-")));
        QVERIFY(info.fileName().endsWith(QStringLiteral("-manual.sqlite")));
        QVERIFY(!QFile::exists(backup.value() + QStringLiteral(".part")));
        QCOMPARE(rawValue(backup.value(), QStringLiteral("SELECT name FROM department")).toString(), QStringLiteral("城建科"));
        QCOMPARE(rawValue(backup.value(), QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(rawValue(backup.value(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void backupOfAnOpenStoreHoldsEveryCommittedChange()
    {
        test::TestStore ts;
        for (int i = 0; i < 20; ++i)
            addDepartment(ts.store(), QStringLiteral("科室%1").arg(i));
        const QString target = QDir(ts.dir()).filePath(QStringLiteral("copy/manual.sqlite"));
        Status s = BackupService::backup(ts->db(), target);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(rawValue(target, QStringLiteral("SELECT count(*) FROM department")).toInt(), 20);
    }

    void backupsAreListedNewestFirst()
    {
        test::TestStore ts;
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QStringList made;
        for (int i : {0, 2, 1}) {
            Clock::setFixedNow(t0.addSecs(3600 * i));
            auto b = BackupService::backupBeside(ts.path(), QStringLiteral("daily"));
            QVERIFY(b.ok());
            made << b.value();
        }
        const QList<BackupInfo> list = BackupService::listBackups(ts.path());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).path, made.at(1)); // 11:00
        QCOMPARE(list.at(1).path, made.at(2)); // 10:00
        QCOMPARE(list.at(2).path, made.at(0)); // 09:00
        QVERIFY(list.at(0).sizeBytes > 0);
    }

    void damagedStoreIsRestoredFromTheLastBackup()
    {
        test::TestStore ts;
        addDepartment(ts.store(), QStringLiteral("城建科"));
        auto backup = BackupService::backupBeside(ts.path(), QStringLiteral("daily"));
        QVERIFY(backup.ok());
        addDepartment(ts.store(), QStringLiteral("after the backup"));
        const QString stationId = ts.stationId();
        ts.close();

        // The disk damaged the store.
        writeRandom(ts.path(), 64 * 1024);
        QFile::remove(ts.path() + QStringLiteral("-wal"));
        QFile::remove(ts.path() + QStringLiteral("-shm"));
        {
            auto opened = Store::open(ts.path());
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
            QVERIFY(opened.error().message.contains(ts.path()));
        }

        const QList<BackupInfo> list = BackupService::listBackups(ts.path());
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().path, backup.value());
        Status restored = BackupService::restore(list.first().path, ts.path());
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));

        auto opened = Store::open(ts.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Store &store = *opened.value();
        QCOMPARE(store.stationId(), stationId);
        QCOMPARE(departmentNames(store), QStringList{QStringLiteral("城建科")});
        // The damaged file is kept aside, not thrown away.
        const QStringList aside = QDir(ts.dir()).entryList({QStringLiteral("store.sqlite.replaced-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        // The backup itself is still there for another try.
        QVERIFY(QFile::exists(backup.value()));
    }

    void restoreDoesNotReplayTheReplacedStoresWal()
    {
        // The store being replaced has committed changes still in its -wal. Those pages belong to the
        // old file: applied on top of the backup they would mix two stores.
        test::TestStore ts;
        addDepartment(ts.store(), QStringLiteral("in the backup"));
        auto backup = BackupService::backupBeside(ts.path(), QStringLiteral("daily"));
        QVERIFY(backup.ok());
        const QString livePath = QDir(ts.dir()).filePath(QStringLiteral("live.sqlite"));
        {
            QSqlQuery q(ts->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        }
        for (int i = 0; i < 5; ++i)
            addDepartment(ts.store(), QStringLiteral("only in the wal %1").arg(i));
        QVERIFY(QFileInfo(ts.path() + QStringLiteral("-wal")).size() > 0);
        // The state a power cut leaves: the main file and a WAL that was never checkpointed.
        QVERIFY(QFile::copy(ts.path(), livePath));
        QVERIFY(QFile::copy(ts.path() + QStringLiteral("-wal"), livePath + QStringLiteral("-wal")));
        ts.close();

        Status restored = BackupService::restore(backup.value(), livePath);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        auto opened = Store::open(livePath);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(departmentNames(*opened.value()), QStringList{QStringLiteral("in the backup")});
    }

    void damagedBackupIsNotRestored()
    {
        test::TestStore ts;
        addDepartment(ts.store(), QStringLiteral("城建科"));
        ts.close();
        const QByteArray before = fileHash(ts.path());
        const QString bad = QDir(ts.dir()).filePath(QStringLiteral("backups/store-20260101-000000-000-daily.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(bad).absolutePath()));
        writeRandom(bad, 16 * 1024);

        Status restored = BackupService::restore(bad, ts.path());
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().code.startsWith(QStringLiteral("restore.")), qPrintable(restored.error().code));
        QVERIFY(restored.error().message.contains(bad));
        QCOMPARE(fileHash(ts.path()), before);
        auto opened = Store::open(ts.path());
        QVERIFY(opened.ok());
        QCOMPARE(departmentNames(*opened.value()), QStringList{QStringLiteral("城建科")});
    }

    void newerBackupIsNotRestored()
    {
        test::TestStore ts;
        auto backup = BackupService::backupBeside(ts.path(), QStringLiteral("daily"));
        QVERIFY(backup.ok());
        {
            const QString name = QStringLiteral("raw-") + Uuid7::generate();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(backup.value());
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        ts.close();
        const QByteArray before = fileHash(ts.path());
        Status restored = BackupService::restore(backup.value(), ts.path());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, QStringLiteral("restore.too_new"));
        QCOMPARE(fileHash(ts.path()), before);
    }

    void preMigrationBackupIsListedAndRestorable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            auto opened = Store::open(path, v1);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QSqlQuery q(opened.value()->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO station (id, station_id, hlc, code, name, division_code) "
                                          "VALUES ('s1', 's1', 'h', '330203006', '白云街道人大代表联络站', '330203006')")));
        }
        QString preMigration;
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            preMigration = opened.value()->preMigrationBackup();
        }
        if (Migrator::latestVersion() == 1)
            QFAIL("this test needs at least two migrations");
        const QList<BackupInfo> list = BackupService::listBackups(path);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().path, preMigration);

        Status restored = BackupService::restore(list.first().path, path);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        auto opened = Store::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->database().schemaVersion(), Migrator::latestVersion());
        QSqlQuery q(opened.value()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM station WHERE id = 's1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("330203006"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
