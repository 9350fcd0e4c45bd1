// A damaged store is not a crash: the program names the file, offers the newest backup, and after
// restoring it the data from the backup is there.

#include "StoreRecovery.h"
#include "storage/BackupService.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "common/Uuid7.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestStoreRecovery : public QObject
{
    Q_OBJECT

private:
    static void damage(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, 'x'));
    }

private slots:
    void offersTheNewestBackupAndRestoresIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            const QString id = Uuid7::generate();
            WriteTransaction tx(*store.value());
            QVERIFY(tx.insert(QStringLiteral("station"), id,
                              {{QStringLiteral("station_id"), id}, {QStringLiteral("code"), QStringLiteral("330203006")},
                               {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                               {QStringLiteral("division_code"), QStringLiteral("330203006")}})
                        .ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(BackupService::backup(store.value()->db(), BackupService::defaultBackupDir(path) + QStringLiteral("/store-20261101-120000-000-daily.sqlite")).ok());
        }
        damage(path);
        QString asked;
        auto store = StoreRecovery::open(
            path, [&](const QString &, const QString &text) { asked = text; return true; },
            [](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
        QVERIFY(store);
        QVERIFY2(asked.contains(path), qPrintable(asked));
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM station")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("白云街道人大代表联络站"));
    }

    void saysSoWhenThereIsNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        QString told;
        bool asked = false;
        auto store = StoreRecovery::open(
            path, [&](const QString &, const QString &) { asked = true; return true; },
            [&](const QString &, const QString &text) { told = text; });
        QVERIFY(!store);
        QVERIFY(!asked);
        QVERIFY(told.contains(path));
        // Nothing was written over the damaged file.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'z'));
    }

    void declinedRestoreLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY(BackupService::backup(store.value()->db(), BackupService::defaultBackupDir(path) + QStringLiteral("/store-20261101-120000-000-daily.sqlite")).ok());
        }
        damage(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto store = StoreRecovery::open(
            path, [](const QString &, const QString &) { return false; }, [](const QString &, const QString &) {});
        QVERIFY(!store);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
