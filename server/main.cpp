// zhitongche-server: the central sync server. `zhitongche-server --config FILE` serves;
// `zhitongche-server admin --config FILE ...` manages accounts and devices (see server/README.md).

#include "JsonLog.h"
#include "common/ProcessMemory.h"
#include "ServerConfig.h"
#include "admin/AdminCli.h"
#include "http/HttpWorkerPool.h"
#include "storage/ServerDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <csignal>

using namespace zt::server;

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // before any thread: see common/ProcessMemory.h
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zhitongche-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("admin"))
        return AdminCli::run(args.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhitongche central sync server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("config"), QStringLiteral("The configuration file (ini)."),
                                        QStringLiteral("file")));
    parser.process(app);
    if (!parser.isSet(QStringLiteral("config"))) {
        std::fputs("zhitongche-server: --config FILE is missing (or: zhitongche-server admin --config FILE ...)\n", stderr);
        return 2;
    }
    auto config = ServerConfig::load(parser.value(QStringLiteral("config")));
    if (!config) {
        JsonLog::error(QStringLiteral("config.failed"), {{QStringLiteral("reason"), config.error().message}});
        return 1;
    }
    JsonLog::open(config->logFile);
    {
        // Migrations run once, here; every server thread then opens its own connection.
        auto db = ServerDatabase::open(config.value());
        if (!db) {
            JsonLog::error(QStringLiteral("database.failed"), {{QStringLiteral("reason"), db.error().message}});
            return 1;
        }
    }
    HttpWorkerPool server(config.value());
    auto port = server.start();
    if (!port) {
        JsonLog::error(QStringLiteral("listen.failed"), {{QStringLiteral("reason"), port.error().message}});
        return 1;
    }
    // Tests start the server on port 0 and read the port from this line.
    JsonLog::info(QStringLiteral("listening"), {{QStringLiteral("address"), config->listenAddress.toString()},
                                                {QStringLiteral("port"), int(port.value())},
                                                {QStringLiteral("tls"), !config->certificateFile.isEmpty()},
                                                {QStringLiteral("threads"), server.threads()},
                                                {QStringLiteral("database"), config->databaseKind}});
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
