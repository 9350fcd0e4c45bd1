// The settings page's security and privacy box: the idle-lock minutes apply to the running session lock
// at once, the retention years are kept with the other settings, and "anonymise now" shows how many
// cases qualify, asks, runs with a progress bar and reports the count; staff can change neither.

#include "AppSettings.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "../unit/TestStore.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "security/AccessPolicy.h"
#include "security/SessionLock.h"
#include "security/SignInDialog.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace zt;

class TestSecuritySettings : public QObject
{
    Q_OBJECT

private:
    TranslationLoader m_translations;

    template <typename T> static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static QString addUser(test::TestStore &ts, const QString &role)
    {
        User u;
        u.username = role;
        u.displayName = role;
        u.role = role;
        u.passwordHash = QStringLiteral("$argon2id$not-used-here");
        WriteTransaction tx(ts.store());
        if (!UserRepository(ts.store()).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add user");
        return u.id;
    }

    static void addClosedCase(test::TestStore &ts, const QDate &closedOn)
    {
        static int serial = 0;
        WriteTransaction tx(ts.store());
        const QVariantMap fields{{QStringLiteral("station_id"), ts.stationId()},
                                 {QStringLiteral("case_no"), QStringLiteral("330203006-2019-A%1").arg(++serial, 4, 10, QLatin1Char('0'))},
                                 {QStringLiteral("title"), QStringLiteral("路灯不亮")},
                                 {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                 {QStringLiteral("citizen_name"), QStringLiteral("张三")},
                                 {QStringLiteral("citizen_phone"), QStringLiteral("13812345678")},
                                 {QStringLiteral("status"), CaseStatus::Closed},
                                 {QStringLiteral("satisfaction"), QStringLiteral("satisfied")},
                                 {QStringLiteral("registered_on"), QDate(2019, 1, 2)},
                                 {QStringLiteral("closed_on"), closedOn}};
        if (!tx.insert(QStringLiteral("cases"), Uuid7::generate(), fields) || !tx.commit())
            qFatal("cannot add case");
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
        // The settings are the user's: keep the test's away from a real user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zhitongche-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_securitysettings"));
        QSettings().clear();
        AccessPolicy::setSignInRequired(true);
    }
    void cleanupTestCase()
    {
        QSettings().clear();
        AccessPolicy::setSignInRequired(false);
        Clock::setFixedNow({});
    }

    void idleMinutesApplyToTheRunningLockAtOnce()
    {
        test::TestStore ts;
        ts->setCurrentUserId(addUser(ts, Role::StationHead));
        MainWindow window(ts.store(), m_translations);
        window.resize(1366, 768);
        // Wired as main() wires it.
        SessionLock lock(ts.store(), &window, AppSettings::idleLockMinutes() * 60 * 1000);
        connect(&window, &MainWindow::idleLockMinutesChanged, &lock, &SessionLock::setIdleMinutes);
        QCOMPARE(lock.idleTimeout(), 10 * 60 * 1000);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        auto *idle = child<QSpinBox>(&window, "idleLockSpinBox");
        QVERIFY(idle->isEnabled());
        QCOMPARE(idle->value(), 10);
        idle->setValue(3);
        QCOMPARE(lock.idleTimeout(), 3 * 60 * 1000);
        QCOMPARE(AppSettings::idleLockMinutes(), 3);
        idle->setValue(0);
        QCOMPARE(idle->text(), QStringLiteral("Never"));
        QCOMPARE(lock.idleTimeout(), 0);

        auto *years = child<QSpinBox>(&window, "retentionYearsSpinBox");
        QCOMPARE(years->value(), 3);
        years->setValue(5);
        QCOMPARE(AppSettings::retentionYears(), 5);
        idle->setValue(10);
        years->setValue(3);
        screenshot(&window, QStringLiteral("en-settingsPage"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        screenshot(&window, QStringLiteral("zh-settingsPage"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    void staffChangeNeitherSetting()
    {
        test::TestStore ts;
        ts->setCurrentUserId(addUser(ts, Role::StationStaff));
        SettingsPage page(ts.store(), m_translations);
        page.show();
        QVERIFY(!child<QSpinBox>(&page, "idleLockSpinBox")->isEnabled());
        QVERIFY(!child<QSpinBox>(&page, "retentionYearsSpinBox")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "anonymiseButton")->isVisible());
        QVERIFY(child<QPushButton>(&page, "changeOwnPasswordButton")->isVisible());
    }

    void anonymiseNowAsksShowsProgressAndReports()
    {
        Clock::setFixedNow(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        test::TestStore ts;
        for (int i = 0; i < 60; ++i)
            addClosedCase(ts, QDate(2022, 3, 1).addDays(i)); // closed more than three years ago
        addClosedCase(ts, QDate(2025, 12, 1));                  // recent: keeps its data
        const QString head = addUser(ts, Role::StationHead);
        ts->setCurrentUserId(head);
        SettingsPage page(ts.store(), m_translations);
        page.resize(1216, 700);
        page.show();
        auto *confirm = child<QWidget>(&page, "anonymiseConfirmWidget");
        QVERIFY(!confirm->isVisible());
        child<QPushButton>(&page, "anonymiseButton")->click();
        QVERIFY(confirm->isVisible());
        const QString question = child<QLabel>(&page, "anonymiseConfirmLabel")->text();
        QVERIFY2(question.startsWith(QStringLiteral("60 case")), qPrintable(question)); // plural forms come with the translation
        QVERIFY(question.contains(QStringLiteral("cannot be undone")));
        screenshot(&page, QStringLiteral("en-settingsPage-anonymise"));
        child<QPushButton>(&page, "cancelAnonymiseButton")->click();
        QVERIFY(!confirm->isVisible());
        QCOMPARE(ts.count(QStringLiteral("cases"), QStringLiteral("coalesce(citizen_name, '') = ''")), 0);

        int progressSeen = 0;
        auto *bar = child<QProgressBar>(&page, "anonymiseProgressBar");
        connect(bar, &QProgressBar::valueChanged, this, [&](int v) { progressSeen = qMax(progressSeen, v); });
        child<QPushButton>(&page, "anonymiseButton")->click();
        child<QPushButton>(&page, "confirmAnonymiseButton")->click();
        QCOMPARE(progressSeen, 60);
        QVERIFY(!bar->isVisible());
        QVERIFY2(child<QLabel>(&page, "securityMessageLabel")->text().startsWith(QStringLiteral("Anonymised 60 case")),
                 qPrintable(child<QLabel>(&page, "securityMessageLabel")->text()));
        QCOMPARE(ts.count(QStringLiteral("cases"), QStringLiteral("coalesce(citizen_name, '') = ''")), 60);
        QCOMPARE(ts.count(QStringLiteral("cases"), QStringLiteral("citizen_name = '张三'")), 1);
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).action, QStringLiteral("anonymise"));

        // Nothing left: it says so instead of asking.
        child<QPushButton>(&page, "anonymiseButton")->click();
        QVERIFY(!confirm->isVisible());
        QVERIFY(child<QLabel>(&page, "securityMessageLabel")->text().startsWith(QStringLiteral("No case closed before")));
        Clock::setFixedNow({});
    }
};

QTEST_MAIN(TestSecuritySettings)
#include "tst_securitysettings.moc"
