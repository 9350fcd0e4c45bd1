#pragma once
// A private PostgreSQL 15 cluster for one test run: initdb in its own directory, started on a free
// port on 127.0.0.1, stopped and deleted by the destructor (also when a test fails), and by a
// watchdog shell within seconds when the test process dies without it (killed by ctest's timeout).
// Runs the server binaries as the postgres user when the test runs as root (initdb refuses root).

#include <QString>

namespace zt::test {

class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start(QString *error);
    void stop();
    bool createDatabase(const QString &name, QString *error);
    quint16 port() const { return m_port; }
    bool isRunning() const { return m_running; }
    QString directory() const { return m_dir; }

private:
    void startWatchdog();
    bool run(const QString &program, const QStringList &args, bool asPostgres, QString *error, int timeoutMsecs = 60'000);

    QString m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace zt::test
