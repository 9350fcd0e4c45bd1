// ztctl: the command-line companion of Zhitongche, for set-up, demo stores, backups and checks.

#include "Console.h"
#include "Dispatcher.h"

#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
