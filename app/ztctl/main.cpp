// ztctl: the command-line companion of Zhitongche, for set-up, demo stores, backups and checks.

#include "Console.h"
#include "Dispatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ztctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));

    zt::ctl::Console console;
    zt::ctl::Dispatcher dispatcher(console);
    dispatcher.addStandardCommands();
    return dispatcher.run(QCoreApplication::arguments());
}
