// The administrator's user page: list, add, change role, disable/enable, reset a password (which must be
// replaced at the next sign-in), change one's own; the page is hidden from others and the core refuses
// them anyway; names typed as markup or with control characters are shown literally or refused.

#include "MainWindow.h"
#include "../unit/TestStore.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "security/AccessPolicy.h"
#include "security/AddUserDialog.h"
#include "security/PasswordDialog.h"
#include "security/PasswordHasher.h"
#include "security/SignInService.h"
#include "security/UserAdminPage.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace zt;

namespace {
const QString kPassword = QStringLiteral("demo1234-secret");
}

class TestUserAdminPage : public QObject
{
    Q_OBJECT

private:
    QString m_hash;
    TranslationLoader m_translations;

    template <typename T> static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    User addUser(test::TestStore &ts, const QString &username, const QString &displayName, const QString &role)
    {
        User u;
        u.username = username;
        u.displayName = displayName;
        u.role = role;
        u.passwordHash = m_hash;
        WriteTransaction tx(ts.store());
        if (!UserRepository(ts.store()).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add user");
        return u;
    }

    static int rowOf(QTableWidget *table, const QString &username)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == username)
                return row;
        return -1;
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_hash = PasswordHasher::hash(kPassword);
        AccessPolicy::setSignInRequired(true);
    }
    void cleanupTestCase() { AccessPolicy::setSignInRequired(false); }

    void anAdministratorManagesTheStationsAccounts()
    {
        test::TestStore ts;
        const User admin = addUser(ts, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        const User staff = addUser(ts, QStringLiteral("lihua"), QStringLiteral("李华"), Role::StationStaff);
        QVERIFY(SignInService(ts.store()).signIn(QStringLiteral("admin"), kPassword).ok());
        UserAdminPage page(ts.store());
        page.resize(1216, 700);
        page.show();
        auto *table = child<QTableWidget>(&page, "usersTableWidget");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("lihua")), 0)->text(), QStringLiteral("李华"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("lihua")), 2)->text(), QStringLiteral("Station staff"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("lihua")), 5)->text(), QStringLiteral("Never"));
        QVERIFY(table->item(rowOf(table, QStringLiteral("admin")), 5)->text() != QStringLiteral("Never"));

        // Add a user with the form (keyboard order: username, name, role, password twice).
        child<QPushButton>(&page, "addUserButton")->click();
        auto *dialog = page.findChild<AddUserDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        screenshot(dialog, QStringLiteral("en-addUserDialog"));
        child<QLineEdit>(dialog, "usernameLineEdit")->setText(QStringLiteral("wangfang"));
        child<QLineEdit>(dialog, "displayNameLineEdit")->setText(QStringLiteral("王芳"));
        auto *role = child<QComboBox>(dialog, "roleComboBox");
        role->setCurrentIndex(role->findData(Role::StationHead));
        child<QLineEdit>(dialog, "passwordLineEdit")->setText(QStringLiteral("first-pass-1"));
        child<QLineEdit>(dialog, "repeatPasswordLineEdit")->setText(QStringLiteral("first-pass-2"));
        child<QPushButton>(dialog, "createButton")->click();
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("differ")));
        child<QLineEdit>(dialog, "repeatPasswordLineEdit")->setText(QStringLiteral("first-pass-1"));
        child<QPushButton>(dialog, "createButton")->click();
        QTRY_COMPARE(table->rowCount(), 3);
        QVERIFY(UserRepository(ts.store()).findByUsername(QStringLiteral("wangfang")));
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("create_user"));

        // Change a role.
        table->selectRow(rowOf(table, QStringLiteral("lihua")));
        auto *roleCombo = child<QComboBox>(&page, "roleComboBox");
        QCOMPARE(roleCombo->currentData().toString(), Role::StationStaff);
        roleCombo->setCurrentIndex(roleCombo->findData(Role::DistrictOfficer));
        child<QPushButton>(&page, "changeRoleButton")->click();
        QCOMPARE(UserRepository(ts.store()).find(staff.id)->role, Role::DistrictOfficer);
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("change_role"));
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("District officer")));

        // Disable, then enable again.
        auto *toggle = child<QPushButton>(&page, "toggleActiveButton");
        QCOMPARE(toggle->text(), QStringLiteral("Disable"));
        toggle->click();
        QVERIFY(!UserRepository(ts.store()).find(staff.id)->active);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("lihua")), 4)->text(), QStringLiteral("Disabled"));
        QCOMPARE(toggle->text(), QStringLiteral("Enable"));
        QVERIFY(!child<QPushButton>(&page, "resetPasswordButton")->isEnabled());
        screenshot(&page, QStringLiteral("en-usersPage"));
        toggle->click();
        QVERIFY(UserRepository(ts.store()).find(staff.id)->active);
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("enable_user"));

        // Reset the password: the old one stops working, the temporary one must be replaced.
        child<QPushButton>(&page, "resetPasswordButton")->click();
        auto *reset = page.findChild<PasswordDialog *>(QStringLiteral("resetPasswordDialog"));
        QVERIFY(reset && reset->isVisible());
        QVERIFY(!child<QLineEdit>(reset, "currentPasswordLineEdit")->isVisible());
        screenshot(reset, QStringLiteral("en-resetPasswordDialog"));
        child<QLineEdit>(reset, "newPasswordLineEdit")->setText(QStringLiteral("temporary-42"));
        child<QLineEdit>(reset, "repeatPasswordLineEdit")->setText(QStringLiteral("temporary-42"));
        child<QPushButton>(reset, "okButton")->click();
        QTRY_VERIFY(!page.findChild<PasswordDialog *>(QStringLiteral("resetPasswordDialog")));
        QVERIFY(UserRepository(ts.store()).find(staff.id)->mustChangePassword);
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("reset_password"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("lihua")), 4)->text(), QStringLiteral("Enabled, must change password"));

        // One's own row: only "Change my password".
        table->selectRow(rowOf(table, QStringLiteral("admin")));
        QVERIFY(!child<QPushButton>(&page, "changeRoleButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "toggleActiveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "resetPasswordButton")->isEnabled());
        child<QPushButton>(&page, "changeOwnPasswordButton")->click();
        auto *own = page.findChild<PasswordDialog *>(QStringLiteral("changeOwnPasswordDialog"));
        QVERIFY(own);
        child<QLineEdit>(own, "currentPasswordLineEdit")->setText(QStringLiteral("wrong-password"));
        child<QLineEdit>(own, "newPasswordLineEdit")->setText(QStringLiteral("new-admin-pass"));
        child<QLineEdit>(own, "repeatPasswordLineEdit")->setText(QStringLiteral("new-admin-pass"));
        child<QPushButton>(own, "okButton")->click();
        QCOMPARE(child<QLabel>(own, "errorLabel")->text(), QStringLiteral("The current password is wrong."));
        child<QLineEdit>(own, "currentPasswordLineEdit")->setText(kPassword);
        child<QPushButton>(own, "okButton")->click();
        QTRY_VERIFY(!page.findChild<PasswordDialog *>(QStringLiteral("changeOwnPasswordDialog")));
        QCOMPARE(child<QLabel>(&page, "messageLabel")->text(), QStringLiteral("Your password is changed."));
        QVERIFY(PasswordHasher::verify(QStringLiteral("new-admin-pass"), UserRepository(ts.store()).find(admin.id)->passwordHash));

        // The user whose password was reset signs in with the temporary one and must choose their own.
        SignInService service(ts.store());
        const Result<User> signedIn = service.signIn(QStringLiteral("lihua"), QStringLiteral("temporary-42"));
        QVERIFY(signedIn.ok());
        QVERIFY(signedIn->mustChangePassword);
        PasswordDialog must(PasswordDialog::Mode::MustChange, signedIn->displayName,
                            [&](const QString &current, const QString &password) {
                                return UserAdmin(ts.store()).changePassword(staff.id, current, password);
                            });
        must.show();
        QCOMPARE(child<QPushButton>(&must, "cancelButton")->text(), QStringLiteral("Sign out"));
        screenshot(&must, QStringLiteral("en-mustChangePasswordDialog"));
        child<QLineEdit>(&must, "currentPasswordLineEdit")->setText(QStringLiteral("temporary-42"));
        child<QLineEdit>(&must, "newPasswordLineEdit")->setText(QStringLiteral("lihua-own-pass"));
        child<QLineEdit>(&must, "repeatPasswordLineEdit")->setText(QStringLiteral("lihua-own-pass"));
        child<QPushButton>(&must, "okButton")->click();
        QCOMPARE(must.result(), int(QDialog::Accepted));
        QVERIFY(!UserRepository(ts.store()).find(staff.id)->mustChangePassword);
    }

    void othersDoNotSeeThePageAndTheCoreRefusesThem()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        const User head = addUser(ts, QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::StationHead);
        ts->setCurrentUserId(head.id);
        {
            MainWindow window(ts.store(), m_translations);
            auto *navigation = child<QListWidget>(&window, "navigationList");
            const int usersRow = int(MainWindow::allPages().indexOf(MainWindow::Page::Users));
            QVERIFY(navigation->item(usersRow)->isHidden());
            window.showPage(MainWindow::Page::Users);
            QVERIFY(!window.pageWidget(MainWindow::Page::Users));
        }
        // Even if the page were reached, it shows the core's refusal and no account.
        UserAdminPage page(ts.store());
        QCOMPARE(child<QTableWidget>(&page, "usersTableWidget")->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&page, "addUserButton")->isEnabled());
        QVERIFY2(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("this needs an administrator")),
                 qPrintable(child<QLabel>(&page, "messageLabel")->text()));

        ts->setCurrentUserId(UserRepository(ts.store()).findByUsername(QStringLiteral("admin"))->id);
        MainWindow window(ts.store(), m_translations);
        window.resize(1366, 768);
        window.show();
        auto *navigation = child<QListWidget>(&window, "navigationList");
        QVERIFY(!navigation->item(int(MainWindow::allPages().indexOf(MainWindow::Page::Users)))->isHidden());
        window.showPage(MainWindow::Page::Users);
        QVERIFY(window.pageWidget(MainWindow::Page::Users));
        screenshot(&window, QStringLiteral("en-usersPage-window"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        screenshot(&window, QStringLiteral("zh-usersPage-window"));
        child<QPushButton>(window.pageWidget(MainWindow::Page::Users), "addUserButton")->click();
        auto *dialog = window.findChild<AddUserDialog *>();
        QVERIFY(dialog);
        screenshot(dialog, QStringLiteral("zh-addUserDialog"));
        dialog->reject();
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    void namesAreShownLiterallyAndControlCharactersRefused()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        QVERIFY(SignInService(ts.store()).signIn(QStringLiteral("admin"), kPassword).ok());
        UserAdminPage page(ts.store());
        page.show();
        const auto tryAdd = [&](const QString &username, const QString &name) {
            child<QPushButton>(&page, "addUserButton")->click();
            auto *dialog = page.findChild<AddUserDialog *>();
            child<QLineEdit>(dialog, "usernameLineEdit")->setText(username);
            child<QLineEdit>(dialog, "displayNameLineEdit")->setText(name);
            child<QLineEdit>(dialog, "passwordLineEdit")->setText(QStringLiteral("password-123"));
            child<QLineEdit>(dialog, "repeatPasswordLineEdit")->setText(QStringLiteral("password-123"));
            child<QPushButton>(dialog, "createButton")->click();
            return dialog;
        };
        // The form stops over-long text at the field's limit.
        child<QPushButton>(&page, "addUserButton")->click();
        auto *longDialog = page.findChild<AddUserDialog *>();
        child<QLineEdit>(longDialog, "usernameLineEdit")->setText(QString(200, QLatin1Char('u')));
        child<QLineEdit>(longDialog, "displayNameLineEdit")->setText(QString(200, QChar(0x738b)));
        QCOMPARE(child<QLineEdit>(longDialog, "usernameLineEdit")->text().size(), UserAdmin::MaxUsernameLength);
        QCOMPARE(child<QLineEdit>(longDialog, "displayNameLineEdit")->text().size(), UserAdmin::MaxDisplayNameLength);
        longDialog->reject();
        QTRY_VERIFY(!page.findChild<AddUserDialog *>());

        AddUserDialog *refused = tryAdd(QStringLiteral("zhang"), QStringLiteral("张\x1b[31m三"));
        QVERIFY(refused->isVisible());
        QCOMPARE(child<QLabel>(refused, "errorLabel")->text(),
                 QStringLiteral("A name may not contain line breaks or control characters."));
        refused->reject();
        QTRY_VERIFY(!page.findChild<AddUserDialog *>());

        const QString markup = QStringLiteral("<b>张</b>'; DROP TABLE app_user;--");
        tryAdd(QStringLiteral("zhang"), markup);
        QTRY_VERIFY(!page.findChild<AddUserDialog *>());
        auto *table = child<QTableWidget>(&page, "usersTableWidget");
        QCOMPARE(table->item(rowOf(table, QStringLiteral("zhang")), 0)->text(), markup);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(markup));
        QCOMPARE(child<QLabel>(&page, "messageLabel")->textFormat(), Qt::PlainText);
        QCOMPARE(table->rowCount(), 2);
    }
};

QTEST_MAIN(TestUserAdminPage)
#include "tst_useradminpage.moc"
