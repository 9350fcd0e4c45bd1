#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace zt::test {

ServerProcess::ServerProcess(ServerSetup setup) : m_setup(std::move(setup))
{
    QFile config(configFile());
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&config);
    out << "[server]\nlisten=127.0.0.1\nport=0\ncertificate=" << m_setup.certificateFile << "\nkey=" << m_setup.keyFile
        << "\naccess_token_seconds=" << m_setup.accessTokenSeconds << "\nmax_body_bytes=" << m_setup.maxBodyBytes
        << "\nmaintenance_file=" << m_setup.maintenanceFile << "\nmaintenance_retry_after=" << m_setup.maintenanceRetryAfterSeconds
        << "\n";
    if (m_setup.threads > 0)
        out << "threads=" << m_setup.threads << "\n";
    out << "\n[database]\n";
    if (m_setup.postgres)
        out << "kind=postgresql\nhost=127.0.0.1\nport=" << m_setup.pgPort << "\nname=" << m_setup.pgDatabase
            << "\nuser=postgres\n";
    else
        out << "kind=sqlite\npath=server.sqlite\n";
    if (!m_setup.postgres && !m_setup.sqliteSynchronous.isEmpty())
        out << "synchronous=" << m_setup.sqliteSynchronous << "\n";
    out << "\n[sync]\n" << m_setup.syncSection << "\n";
    out << "\n[log]\nfile=server.log\n";
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    // ZT_SERVER_BINARY: another build of the server (a benchmark's "before" run).
    return qEnvironmentVariable("ZT_SERVER_BINARY", QStringLiteral(ZT_BINARY_DIR "/server/zhitongche-server"));
}

QString ServerProcess::configFile() const
{
    return m_setup.dir + QStringLiteral("/server.ini");
}

QString ServerProcess::log() const
{
    QFile f(m_setup.dir + QStringLiteral("/server.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool ServerProcess::start(QString *error)
{
    const qsizetype logStart = log().size();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary(), {QStringLiteral("--config"), configFile()});
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("cannot start %1").arg(binary());
        return false;
    }
    // The server logs {"event":"listening","port":N} once it accepts connections.
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("the server stopped: %1").arg(log().mid(logStart));
            return false;
        }
        const QStringList lines = log().mid(logStart).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(o.value(QStringLiteral("port")).toInt());
                return true;
            }
        }
        m_process.waitForFinished(20);
    }
    *error = QStringLiteral("the server did not start listening: %1").arg(log().mid(logStart));
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000))
        kill();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
}

QString ServerProcess::admin(const QStringList &args, QString *error) const
{
    QProcess p;
    p.start(binary(), QStringList{QStringLiteral("admin"), QStringLiteral("--config"), configFile()} + args);
    if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace zt::test
