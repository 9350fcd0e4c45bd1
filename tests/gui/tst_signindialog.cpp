// Signing in at start-up, creating the first administrator on a fresh store, and the idle lock, driven
// by object name as a user would: type, click, read the inline message.

#include "common/Clock.h"
#include "domain/Codes.h"
#include "security/FirstAdminDialog.h"
#include "security/SessionLock.h"
#include "security/SignInDialog.h"
#include "security/SignInService.h"
#include "security/UserAdmin.h"
#include "setup/StationSetup.h"
#include "storage/AuditLog.h"
#include "storage/Store.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {
const QString kPassword = QStringLiteral("station-pass-1");
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->adjustSize();
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    void openFreshStore()
    {
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        auto set = StationSetup::setUp(*m_store, station);
        QVERIFY2(set.ok(), qPrintable(set.error().message));
    }

    // An administrator (the first account) who creates a station head, then nobody signed in.
    void addUsers()
    {
        UserAdmin admin(*m_store);
        auto first = admin.createUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, kPassword);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        m_store->setCurrentUserId(first->id);
        auto head = admin.createUser(QStringLiteral("head"), QStringLiteral("陈站长"), Role::StationHead, kPassword);
        QVERIFY2(head.ok(), qPrintable(head.error().message));
        m_store->setCurrentUserId({});
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static void typeAndSignIn(QWidget *dialog, const QString &username, const QString &password)
    {
        if (!username.isNull())
            child<QLineEdit>(dialog, "usernameLineEdit")->setText(username);
        QLineEdit *passwordEdit = child<QLineEdit>(dialog, "passwordLineEdit");
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

private slots:
    void init()
    {
        Clock::setFixedNow({});
        openFreshStore();
    }
    void cleanup() { m_store.reset(); }

    void rightPasswordSignsIn()
    {
        addUsers();
        SignInDialog dialog(*m_store);
        dialog.show();
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isVisible());
        screenshot(&dialog, QStringLiteral("signin-dialog"));
        typeAndSignIn(&dialog, QStringLiteral("head"), kPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().username, QStringLiteral("head"));
        QCOMPARE(m_store->currentUserId(), dialog.user().id);
        QCOMPARE(AuditLog(*m_store).recent(1).value(0).action, QStringLiteral("sign_in"));
    }

    void wrongPasswordSaysSoInline()
    {
        addUsers();
        SignInDialog dialog(*m_store);
        dialog.show();
        typeAndSignIn(&dialog, QStringLiteral("head"), QStringLiteral("not-the-password"));
        QVERIFY(dialog.isVisible());
        QLabel *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The username or the password is wrong."));
        QVERIFY(child<QLineEdit>(&dialog, "passwordLineEdit")->text().isEmpty());
        QVERIFY(m_store->currentUserId().isEmpty());
        screenshot(&dialog, QStringLiteral("signin-wrong-password"));
    }

    void emptyFieldsAreNamed()
    {
        addUsers();
        SignInDialog dialog(*m_store);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Enter your username."));
        child<QLineEdit>(&dialog, "usernameLineEdit")->setText(QStringLiteral("head"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Enter your password."));
    }

    void fiveWrongPasswordsMakeTheNextTryWait()
    {
        addUsers();
        SignInDialog dialog(*m_store);
        dialog.show();
        for (int i = 0; i < 5; ++i)
            typeAndSignIn(&dialog, QStringLiteral("head"), QStringLiteral("guess-%1").arg(i));
        QPushButton *signIn = child<QPushButton>(&dialog, "signInButton");
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(child<QLabel>(&dialog, "errorLabel")->text().startsWith(QStringLiteral("Too many wrong passwords")),
                 qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        screenshot(&dialog, QStringLiteral("signin-throttled"));
        // Even the right password waits: the throttle is in core, the button only mirrors it.
        QVERIFY(!SignInService(*m_store).signIn(QStringLiteral("head"), kPassword).ok());
        // Once the wait is over (time moved on), the button comes back by itself.
        Clock::setFixedNow(QDateTime::currentDateTimeUtc().addSecs(31));
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 3000);
        typeAndSignIn(&dialog, QStringLiteral("head"), kPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void firstStartCreatesTheAdministrator()
    {
        QVERIFY(!UserAdmin(*m_store).hasUsers());
        FirstAdminDialog dialog(*m_store);
        dialog.show();
        screenshot(&dialog, QStringLiteral("first-administrator"));
        child<QLineEdit>(&dialog, "usernameLineEdit")->setText(QStringLiteral("zhang"));
        child<QLineEdit>(&dialog, "displayNameLineEdit")->setText(QStringLiteral("张管理"));
        child<QLineEdit>(&dialog, "passwordLineEdit")->setText(kPassword);
        child<QLineEdit>(&dialog, "repeatPasswordLineEdit")->setText(kPassword + QLatin1Char('x'));
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(),
                 QStringLiteral("The two passwords differ. Type the same password twice."));
        QVERIFY(!UserAdmin(*m_store).hasUsers());

        child<QLineEdit>(&dialog, "passwordLineEdit")->setText(QStringLiteral("short"));
        child<QLineEdit>(&dialog, "repeatPasswordLineEdit")->setText(QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("at least 8")));

        child<QLineEdit>(&dialog, "passwordLineEdit")->setText(kPassword);
        child<QLineEdit>(&dialog, "repeatPasswordLineEdit")->setText(kPassword);
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().role, Role::Administrator);
        QCOMPARE(m_store->currentUserId(), dialog.user().id);
    }

    void idleSessionLocksAndUnlocksWithThePassword()
    {
        addUsers();
        QVERIFY(SignInService(*m_store).signIn(QStringLiteral("head"), kPassword).ok());
        QWidget window;
        window.setObjectName(QStringLiteral("guardedWindow"));
        window.show();
        SessionLock lock(*m_store, &window, 200);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
        QVERIFY(!window.isVisible()); // nothing of the work stays on screen
        SignInDialog *dialog = lock.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->isUnlock());
        QLineEdit *username = child<QLineEdit>(dialog, "usernameLineEdit");
        QCOMPARE(username->text(), QStringLiteral("head"));
        QVERIFY(username->isReadOnly());
        screenshot(dialog, QStringLiteral("lock-screen"));

        typeAndSignIn(dialog, QString(), QStringLiteral("wrong-password"));
        QVERIFY(lock.isLocked());
        QVERIFY(!window.isVisible());
        typeAndSignIn(dialog, QString(), kPassword);
        QTRY_VERIFY(!lock.isLocked());
        QVERIFY(window.isVisible());
        QCOMPARE(AuditLog(*m_store).recent(3).value(2).action, QStringLiteral("lock"));

        // Activity keeps it unlocked: a key press restarts the idle time.
        lock.setIdleTimeout(60 * 60 * 1000);
        QTest::keyClick(&window, Qt::Key_A);
        QTest::qWait(300);
        QVERIFY(!lock.isLocked());
    }

    void ctrlLLocksAtOnce()
    {
        addUsers();
        QVERIFY(SignInService(*m_store).signIn(QStringLiteral("head"), kPassword).ok());
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionLock lock(*m_store, &window, 0);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(lock.isLocked());
        QSignalSpy quit(&lock, &SessionLock::quitRequested);
        QTest::mouseClick(child<QPushButton>(lock.dialog(), "quitButton"), Qt::LeftButton);
        QCOMPARE(quit.count(), 1);
        QVERIFY(m_store->currentUserId().isEmpty()); // quitting at the lock signs out
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
