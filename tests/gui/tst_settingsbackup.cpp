// The backup part of the settings page: a copy to a chosen folder (a USB drive), and restoring a
// picked backup after an inline confirmation, which hands over to main() to restart the store.

#include "SettingsPage.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "security/AccessPolicy.h"
#include "setup/StationSetup.h"
#include "storage/BackupSchedule.h"
#include "storage/BackupService.h"
#include "storage/Store.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QComboBox>
#include <QDir>
#include <QProgressBar>
#include <QStandardPaths>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestSettingsBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    TranslationLoader m_translations;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    QString addUser(const QString &role)
    {
        User u;
        u.username = role;
        u.displayName = role;
        u.role = role;
        u.passwordHash = QStringLiteral("$argon2id$not-used-here");
        WriteTransaction tx(*m_store);
        if (!UserRepository(*m_store).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add user");
        return u.id;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh store per test
        auto opened = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        QVERIFY(StationSetup::setUp(*m_store, station).ok());
        AccessPolicy::setSignInRequired(true);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
        AccessPolicy::setSignInRequired(false);
    }

    void backupToAUsbDrive()
    {
        QTemporaryDir usb;
        m_store->setCurrentUserId(addUser(Role::StationStaff));
        SettingsPage page(*m_store, m_translations);
        page.setFolderChooser([&] { return usb.path(); });
        page.show();
        QTest::mouseClick(child<QPushButton>(&page, "backupToFolderButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, "backupMessageLabel")->text().contains(QStringLiteral("this needs a station head")));
        QVERIFY(QDir(usb.path()).isEmpty());

        m_store->setCurrentUserId(addUser(Role::StationHead));
        QTest::mouseClick(child<QPushButton>(&page, "backupToFolderButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&page, "backupMessageLabel")->text().startsWith(QStringLiteral("Backup saved to ") + usb.path()),
                 qPrintable(child<QLabel>(&page, "backupMessageLabel")->text()));
        QCOMPARE(QDir(usb.path()).entryList(QDir::Files).size(), 1);
    }

    void backupToAUsbDriveFoundByItself()
    {
        QTemporaryDir usb; // stands in for /media/<user>/<stick>
        m_store->setCurrentUserId(addUser(Role::StationHead));
        SettingsPage page(*m_store, m_translations);
        page.setDriveFinder([] { return QList<RemovableDrive>{}; });
        page.show();
        auto *drives = child<QComboBox>(&page, "driveComboBox");
        QCOMPARE(drives->currentText(), QStringLiteral("No USB drive found"));
        QVERIFY(!child<QPushButton>(&page, "backupToDriveButton")->isEnabled());

        page.setDriveFinder([&] { return QList<RemovableDrive>{{usb.path(), QStringLiteral("KINGSTON"), 8LL << 30}}; });
        QVERIFY2(drives->currentText().startsWith(QStringLiteral("KINGSTON (")), qPrintable(drives->currentText()));
        QVERIFY(child<QPushButton>(&page, "backupToDriveButton")->isEnabled());
        int progress = 0;
        connect(child<QProgressBar>(&page, "backupProgressBar"), &QProgressBar::valueChanged, this,
                [&](int v) { progress = qMax(progress, v); });
        child<QPushButton>(&page, "backupToDriveButton")->click();
        const QString message = child<QLabel>(&page, "backupMessageLabel")->text();
        QVERIFY2(message.startsWith(QStringLiteral("Backup saved to ") + usb.path()) && message.contains(QStringLiteral("checked")),
                 qPrintable(message));
        QVERIFY(progress > 0);
        QVERIFY(!child<QProgressBar>(&page, "backupProgressBar")->isVisible());
        const QStringList files = QDir(usb.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1); // no .part left behind
        QVERIFY(BackupService::verify(QDir(usb.path()).filePath(files.first())).ok());
    }

    void restoreAfterConfirmation()
    {
        m_store->setCurrentUserId(addUser(Role::StationHead));
        SettingsPage page(*m_store, m_translations);
        page.show();
        QTest::mouseClick(child<QPushButton>(&page, "backupNowButton"), Qt::LeftButton);
        QListWidget *list = child<QListWidget>(&page, "backupListWidget");
        QVERIFY(list->count() >= 1);
        QVERIFY(!child<QWidget>(&page, "restoreConfirmWidget")->isVisible());
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&page, "restoreButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>(&page, "restoreConfirmWidget")->isVisible());
        QVERIFY(child<QLabel>(&page, "restoreConfirmLabel")->text().startsWith(QStringLiteral("Replace the data on this PC")));
        QGuiApplication::processEvents();
        const QString request = BackupSchedule::restoreRequestPath(m_store->path());
        QVERIFY(!QFileInfo::exists(request)); // nothing before the confirmation

        QTest::mouseClick(child<QPushButton>(&page, "cancelRestoreButton"), Qt::LeftButton);
        QVERIFY(!child<QWidget>(&page, "restoreConfirmWidget")->isVisible());
        QTest::mouseClick(child<QPushButton>(&page, "restoreButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "confirmRestoreButton"), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(request));
        QCOMPARE(child<QLabel>(&page, "backupMessageLabel")->text(), QStringLiteral("Restoring…"));
        QFile::remove(request);
    }
};

QTEST_MAIN(TestSettingsBackup)
#include "tst_settingsbackup.moc"
