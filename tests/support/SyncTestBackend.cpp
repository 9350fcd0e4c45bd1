#include "SyncTestBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace zt::test {

bool SyncTestBackend::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!QFileInfo::exists(ServerProcess::binary())) {
        *error = QStringLiteral("zhitongche-server is not built");
        return false;
    }
    if (!m_ca.create(m_dir.filePath(QStringLiteral("ca")), error))
        return false;
    m_postgres = qEnvironmentVariable("ZT_SYNC_BACKEND") == QLatin1String("postgresql");
    return !m_postgres || m_pg.start(error);
}

QString SyncTestBackend::writePasswordFile(const QString &password) const
{
    const QString path = filePath(QStringLiteral("password.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
        return {};
    return path;
}

ServerSetup SyncTestBackend::serverSetup(const QString &name, QString *error)
{
    ServerSetup setup;
    setup.dir = m_dir.filePath(name);
    QDir().mkpath(setup.dir);
    setup.certificateFile = m_ca.certificateFile();
    setup.keyFile = m_ca.keyFile();
    if (m_postgres) {
        setup.postgres = true;
        setup.pgPort = m_pg.port();
        // A database name PostgreSQL takes without quoting.
        setup.pgDatabase = QStringLiteral("zt_") + QString(name).toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        QString reason;
        if (!m_pg.createDatabase(setup.pgDatabase, &reason)) {
            qWarning("%s", qPrintable(reason));
            if (error)
                *error = reason;
        }
    }
    return setup;
}

bool SyncTestBackend::runAdminScript(const ServerProcess &server, const ServerSetup &setup, const QStringList &commands,
                                     QString *error)
{
    QFile script(setup.dir + QStringLiteral("/setup.txt"));
    if (!script.open(QIODevice::WriteOnly)) {
        *error = script.errorString();
        return false;
    }
    script.write(commands.join(QLatin1Char('\n')).toUtf8());
    script.close();
    error->clear();
    server.admin({QStringLiteral("script"), script.fileName()}, error);
    return error->isEmpty();
}

QStringList SyncTestBackend::districtScript(const QStringList &stationIds, const QStringList &stationCodes, const QString &password)
{
    QStringList lines{QStringLiteral("district add --code 330203 --name 海曙区"),
                      QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(password)};
    for (int s = 0; s < stationCodes.size(); ++s)
        lines << QStringLiteral("station add --code %1 --name 站%2 --district 330203 --id %3").arg(stationCodes.at(s)).arg(s).arg(stationIds.at(s))
              << QStringLiteral("account add --username station%1 --kind station --scope %2 --password \"%3\"").arg(s).arg(stationCodes.at(s), password);
    return lines;
}

std::unique_ptr<ServerProcess> SyncTestBackend::startStationServer(const QString &name, const QString &stationId,
                                                                   const QString &password, QString *error)
{
    const ServerSetup setup = serverSetup(name, error);
    if (error && !error->isEmpty())
        return nullptr;
    auto server = std::make_unique<ServerProcess>(setup);
    const QStringList script{
        QStringLiteral("district add --code 330203 --name 海曙区"),
        QStringLiteral("station add --code 330203006 --name 白云街道 --district 330203 --id %1").arg(stationId),
        QStringLiteral("account add --username station6 --kind station --scope 330203006 --password \"%1\"").arg(password),
        QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(password)};
    QString failure;
    if (!runAdminScript(*server, setup, script, &failure) || !server->start(&failure)) {
        if (error)
            *error = failure;
        return nullptr;
    }
    return server;
}

} // namespace zt::test
