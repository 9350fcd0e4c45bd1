// zhitongche: wiring only. Application, translations, the store, the main window.

#include "common/ProcessMemory.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "StoreRecovery.h"
#include "i18n/TranslationLoader.h"
#include "SettingsPage.h"
#include "security/AccessPolicy.h"
#include "security/FirstAdminDialog.h"
#include "security/PasswordDialog.h"
#include "security/SessionLock.h"
#include "security/SignInDialog.h"
#include "security/SignInService.h"
#include "security/UserAdmin.h"
#include "setup/FirstRunDialog.h"
#include "storage/BackupSchedule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // before any thread: see common/ProcessMemory.h
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zhitongche"));
    QApplication::setApplicationName(QStringLiteral("zhitongche"));
    QApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhitongche (民意直通车) for deputy liaison stations"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open the store at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QFont font = QApplication::font();
    font.setPointSizeF(zt::AppSettings::fontPointSize());
    QApplication::setFont(font);

    zt::TranslationLoader translations;
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : zt::AppSettings::language();
    if (!translations.setLanguage(language))
        translations.setLanguage(zt::TranslationLoader::Chinese);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : zt::AppSettings::storePath();
    // Nobody works unsigned: every guarded action in core needs a signed-in user with the right role.
    zt::AccessPolicy::setSignInRequired(true);
    // The store is opened again after a restore chosen on the settings page (the loop's second turn).
    for (;;) {
        if (const auto restored = zt::BackupSchedule::applyRequestedRestore(path); !restored)
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Zhitongche"),
                                 QCoreApplication::translate("main", "The backup was not restored: %1")
                                     .arg(restored.error().message));
        std::unique_ptr<zt::Store> store = zt::StoreRecovery::open(path, nullptr);
        if (!store)
            return 1;
        // Not set up: another PC of a station joins it here and receives the station's data before any
        // form opens; the station's first PC sets its station up here, offline.
        if (!store->isSetUp()) {
            zt::FirstRunDialog firstRun(*store);
            if (firstRun.exec() != QDialog::Accepted)
                return 0;
        }
        // The first start of a fresh store creates the administrator; every later start asks for a
        // password, checked offline against the cached hash.
        if (zt::UserAdmin(*store).hasUsers()) {
            zt::SignInDialog signIn(*store);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            // A password an administrator reset is replaced before any work: the administrator knows it.
            if (const zt::User user = signIn.user(); user.mustChangePassword) {
                zt::PasswordDialog choose(
                    zt::PasswordDialog::Mode::MustChange, user.displayName,
                    [&](const QString &current, const QString &password) {
                        return zt::UserAdmin(*store).changePassword(user.id, current, password);
                    });
                if (choose.exec() != QDialog::Accepted) {
                    zt::SignInService(*store).signOut();
                    return 0;
                }
            }
        } else {
            zt::FirstAdminDialog firstAdmin(*store);
            if (firstAdmin.exec() != QDialog::Accepted)
                return 0;
        }

        // A daily backup: now when the last is older than a day, and every day at 12:30 (the reception
        // desk's lunch break) while the program runs. A failure shows in the status bar, never blocks.
        zt::BackupSchedule backups(*store);
        (void)backups.runIfDue();
        QTimer dailyBackup;
        dailyBackup.setSingleShot(true);
        const QTime backupTime(12, 30);
        QObject::connect(&dailyBackup, &QTimer::timeout, [&] {
            (void)backups.runIfDue();
            dailyBackup.start(int(zt::BackupSchedule::msecsUntil(backupTime)));
        });
        dailyBackup.start(int(zt::BackupSchedule::msecsUntil(backupTime)));

        zt::MainWindow window(*store, translations);
        zt::SessionLock lock(*store, &window, zt::AppSettings::idleLockMinutes() * 60 * 1000);
        QObject::connect(&lock, &zt::SessionLock::quitRequested, &app, &QApplication::quit);
        // A new idle time chosen on the settings page applies at once, not at the next start.
        QObject::connect(&window, &zt::MainWindow::idleLockMinutesChanged, &lock, &zt::SessionLock::setIdleMinutes);
        window.show();
        const int code = app.exec();
        zt::SignInService(*store).signOut();
        if (code != zt::SettingsPage::RestartStoreExitCode)
            return code;
    }
}
