// Automatic daily backups with retention, a copy to a chosen folder (USB drive), and restore through a
// request the next start of the store carries out; taking data off the PC and replacing the store need
// the right role and are audited.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "security/AccessPolicy.h"
#include "storage/AuditLog.h"
#include "storage/BackupSchedule.h"
#include "storage/RemovableDrives.h"
#include "storage/BackupService.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace zt;

namespace {
const QDateTime kStart(QDate(2026, 6, 1), QTime(4, 0), Qt::UTC); // 12:00 in Ningbo
}

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private:
    static User addUser(test::TestStore &ts, const QString &role)
    {
        User u;
        u.username = role;
        u.displayName = role;
        u.role = role;
        u.passwordHash = QStringLiteral("$argon2id$not-used-here");
        WriteTransaction tx(ts.store());
        if (!UserRepository(ts.store()).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add user");
        return u;
    }

    static void addCase(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = QStringLiteral("垃圾未清运");
        QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c).ok());
        QVERIFY(tx.commit().ok());
    }

private slots:
    void init() { Clock::setFixedNow(kStart); }
    void cleanup()
    {
        Clock::setFixedNow({});
        AccessPolicy::setSignInRequired(false);
    }

    void dailyBackupWhenDueKeepingTheNewestSeven()
    {
        test::TestStore ts;
        BackupSchedule schedule(ts.store());
        QVERIFY(schedule.isDue());
        const Result<QString> first = schedule.runIfDue();
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(QFileInfo(first.value()).isFile());
        QCOMPARE(schedule.lastDaily(), kStart.toLocalTime());
        QVERIFY(!schedule.isDue());
        QCOMPARE(schedule.runIfDue().value(), QString()); // not again the same day

        // A backup taken by hand is never pruned.
        const QString manual = QDir(BackupService::defaultBackupDir(ts.path())).filePath(QStringLiteral("store-manual.sqlite"));
        QVERIFY(BackupService::backup(ts->db(), manual).ok());

        Clock::setFixedNow(kStart.addSecs(23 * 3600));
        QVERIFY(!schedule.isDue());
        for (int day = 1; day <= 9; ++day) {
            Clock::setFixedNow(kStart.addDays(day));
            QVERIFY(schedule.isDue());
            QVERIFY(!schedule.runIfDue().value().isEmpty());
        }
        const QStringList daily = schedule.dailyBackups();
        QCOMPARE(daily.size(), BackupSchedule::DefaultKeepDaily);
        QCOMPARE(schedule.lastDaily(), kStart.addDays(9).toLocalTime());
        QVERIFY(daily.last().contains(kStart.addDays(3).toLocalTime().toString(QStringLiteral("yyyyMMdd"))));
        QVERIFY(QFileInfo::exists(manual));
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("backup"));
    }

    void theDailyTimerAimsAtTheNextTimeOfDay()
    {
        // 12:00 local: 12:30 today is half an hour away; 11:00 is tomorrow's.
        QCOMPARE(BackupSchedule::msecsUntil(QTime(12, 30)), qint64(30 * 60 * 1000));
        QCOMPARE(BackupSchedule::msecsUntil(QTime(11, 0)), qint64(23 * 3600 * 1000));
    }

    void aCopyOnAUsbDriveNeedsTheRightAndIsAudited()
    {
        test::TestStore ts;
        QTemporaryDir usb;
        AccessPolicy::setSignInRequired(true);
        ts->setCurrentUserId(addUser(ts, Role::StationStaff).id);
        BackupSchedule schedule(ts.store());
        const Result<QString> refused = schedule.backupToFolder(usb.path());
        QCOMPARE(refused.error().code, QStringLiteral("access.denied"));
        QVERIFY(QDir(usb.path()).isEmpty());

        ts->setCurrentUserId(addUser(ts, Role::StationHead).id);
        QCOMPARE(schedule.backupToFolder(usb.filePath(QStringLiteral("not-plugged-in"))).error().code,
                 QStringLiteral("backup.no_folder"));
        const Result<QString> copy = schedule.backupToFolder(usb.path());
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QVERIFY(copy.value().startsWith(usb.path()));
        QVERIFY(QFileInfo(copy.value()).size() > 0);
        const AuditEntry e = AuditLog(ts.store()).recent(1).value(0);
        QCOMPARE(e.action, QStringLiteral("backup"));
        QCOMPARE(e.detail, QStringLiteral("to=%1; verified").arg(copy.value()));
    }

    void theCopyOnTheDriveIsVerifiedAndProgressIsReported()
    {
        test::TestStore ts;
        for (int i = 0; i < 30; ++i)
            addCase(ts);
        QTemporaryDir usb; // stands in for the drive
        ts->setCurrentUserId(addUser(ts, Role::StationHead).id);
        QList<QPair<int, int>> steps;
        const Result<QString> copy = BackupSchedule(ts.store()).backupToFolder(
            usb.path(), [&](int done, int total) { steps.append({done, total}); });
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().first, steps.last().second);
        QVERIFY(BackupService::verify(copy.value()).ok());
        // Checking leaves nothing beside the copy (no -wal or -shm on the drive).
        QCOMPARE(QDir(usb.path()).entryList(QDir::Files), QStringList{QFileInfo(copy.value()).fileName()});

        // A copy damaged on the drive is noticed, not trusted.
        QFile file(copy.value());
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Everything after the first page (the schema) is overwritten: every table's pages are garbage.
        const qint64 size = file.size();
        QVERIFY(file.seek(4096));
        file.write(QByteArray(size - 4096, '\xAB'));
        file.close();
        const Status damaged = BackupService::verify(copy.value());
        QCOMPARE(damaged.error().code, QStringLiteral("backup.damaged"));
        QCOMPARE(BackupService::verify(usb.filePath(QStringLiteral("missing.sqlite"))).error().code,
                 QStringLiteral("backup.damaged"));
        QFile empty(usb.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(BackupService::verify(empty.fileName()).error().code, QStringLiteral("backup.damaged"));
    }

    void onlyRemovableMediaAreOfferedAsDrives()
    {
        QVERIFY(RemovableDrives::isRemovableMountPoint(QStringLiteral("/media/zhang/KINGSTON")));
        QVERIFY(RemovableDrives::isRemovableMountPoint(QStringLiteral("/run/media/zhang/U盘")));
        QVERIFY(RemovableDrives::isRemovableMountPoint(QStringLiteral("/media/usb0")));
        QVERIFY(!RemovableDrives::isRemovableMountPoint(QStringLiteral("/media")));
        QVERIFY(!RemovableDrives::isRemovableMountPoint(QStringLiteral("/run/media/zhang")));
        QVERIFY(!RemovableDrives::isRemovableMountPoint(QStringLiteral("/")));
        QVERIFY(!RemovableDrives::isRemovableMountPoint(QStringLiteral("/home")));
        QVERIFY(!RemovableDrives::isRemovableMountPoint(QStringLiteral("/mediaserver/x")));
        for (const RemovableDrive &d : RemovableDrives::find())
            QVERIFY(RemovableDrives::isRemovableMountPoint(d.rootPath));
    }

    void restoreIsCarriedOutAtTheNextStart()
    {
        test::TestStore ts;
        addCase(ts);
        const QString saved = ts.dir() + QStringLiteral("/saved.sqlite");
        QVERIFY(BackupService::backup(ts->db(), saved).ok());
        addCase(ts);
        QCOMPARE(ts.count(QStringLiteral("cases")), 2);

        AccessPolicy::setSignInRequired(true);
        ts->setCurrentUserId(addUser(ts, Role::StationStaff).id);
        QCOMPARE(BackupSchedule(ts.store()).requestRestore(saved).error().code, QStringLiteral("access.denied"));
        QVERIFY(!QFileInfo::exists(BackupSchedule::restoreRequestPath(ts.path())));
        ts->setCurrentUserId(addUser(ts, Role::StationHead).id);
        QVERIFY(BackupSchedule(ts.store()).requestRestore(saved).ok());
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("restore"));

        ts.close(); // the program closes the store, then starts it again
        const Result<QString> restored = BackupSchedule::applyRequestedRestore(ts.path());
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored.value(), saved);
        QVERIFY(!QFileInfo::exists(BackupSchedule::restoreRequestPath(ts.path())));
        QCOMPARE(BackupSchedule::applyRequestedRestore(ts.path()).value(), QString()); // once only
        const QStringList aside = QDir(ts.dir()).entryList({QStringLiteral("store.sqlite.replaced-*")});
        QVERIFY(!aside.isEmpty());
        ts.reopen();
        QCOMPARE(ts.count(QStringLiteral("cases")), 1);
    }
};

QTEST_MAIN(TestBackupSchedule)
#include "tst_backupschedule.moc"
