#pragma once
// A real zhitongche-server for a test: writes its configuration (HTTPS with the test CA's server
// certificate, SQLite file or a PostgreSQL database), starts it on a free port, runs admin commands,
// and stops or kills it.

#include <QProcess>
#include <QString>

namespace zt::test {

struct ServerSetup
{
    QString dir;            // for the config, the SQLite file and the log
    QString certificateFile;
    QString keyFile;
    bool postgres = false;
    quint16 pgPort = 0;
    QString pgDatabase;
    int accessTokenSeconds = 900;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    QString syncSection; // lines for the [sync] section of the ini (e.g. "min_client_schema=99")
    QString maintenanceFile; // [server] maintenance_file: while it exists the server answers 503
    int maintenanceRetryAfterSeconds = 300;
    int threads = 0; // [server] threads: 0 = the server's default (one per core, at least 8)
    QString sqliteSynchronous; // [database] synchronous (full | normal); empty: the server's default (full)
};

class ServerProcess
{
public:
    explicit ServerProcess(ServerSetup setup);
    ~ServerProcess();

    bool start(QString *error);
    void stop();
    void kill();
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("https://localhost:%1").arg(m_port); }
    QString configFile() const;
    // Runs `zhitongche-server admin --config FILE args...`; returns its standard output (trimmed),
    // or an empty string and the reason in *error.
    QString admin(const QStringList &args, QString *error = nullptr) const;
    // Every log line the server wrote so far.
    QString log() const;

    static QString binary();

private:
    ServerSetup m_setup;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace zt::test
