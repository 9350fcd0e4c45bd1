// ztctl: the command-line companion of Zhitongche, for set-up, demo stores, backups and checks.

#include "common/ProcessMemory.h"
#include "Console.h"
#include "Dispatcher.h"

#include "i18n/TranslationLoader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <memory>

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // before any thread: see common/ProcessMemory.h
    // `report` lays out text and draws charts, which needs a GUI application; with no display it draws
    // offscreen, so it works over SSH and in cron. Every other command stays a plain console program.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ztctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));

    // A terminal speaks the language of its locale: Chinese under zh_*, English otherwise (scripts
    // and logs on servers usually run under C.UTF-8).
    zt::TranslationLoader translations;
    const bool chinese = QLocale::system().language() == QLocale::Chinese;
    translations.setLanguage(chinese ? zt::TranslationLoader::Chinese : zt::TranslationLoader::English);

    zt::ctl::Console console;
    zt::ctl::Dispatcher dispatcher(console);
    dispatcher.addStandardCommands();
    return dispatcher.run(QCoreApplication::arguments());
}
