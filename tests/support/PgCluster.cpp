#include "PgCluster.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

namespace zt::test {

namespace {
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::run(const QString &program, const QStringList &args, bool asPostgres, QString *error, int timeoutMsecs)
{
    QProcess p;
    QString exe = kPgBin + QLatin1Char('/') + program;
    QStringList all = args;
    if (asPostgres && ::geteuid() == 0) {
        all = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args;
        exe = QStringLiteral("runuser");
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, all);
    if (!p.waitForFinished(timeoutMsecs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::start(QString *error)
{
    if (!QFileInfo::exists(kPgBin + QStringLiteral("/initdb"))) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (%1)").arg(kPgBin);
        return false;
    }
    // Not under the test's QTemporaryDir: that one is 0700 root, and postgres must reach its files.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/zt-pg-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    if (::geteuid() == 0) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir});
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"),
                                        QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                        QStringLiteral("--no-sync")},
             true, error))
        return false;
    m_port = freePort();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir)
                            // Extra server options for a measurement, e.g. ZT_PG_OPTIONS="-c
                            // shared_preload_libraries=pg_stat_statements" (tests/bench/README.md).
                            + (qEnvironmentVariableIsEmpty("ZT_PG_OPTIONS")
                                   ? QString()
                                   : QLatin1Char(' ') + qEnvironmentVariable("ZT_PG_OPTIONS"));
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
                                        m_dir + QStringLiteral("/pg.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                                        QStringLiteral("30"), QStringLiteral("-o"), options, QStringLiteral("start")},
             true, error))
        return false;
    m_running = true;
    startWatchdog();
    return true;
}

void PgCluster::startWatchdog()
{
    // A test killed by ctest's timeout (SIGKILL) never runs the destructor, and the postmaster,
    // daemonised by pg_ctl, is nobody's child: it would run on for ever. A small shell in its own
    // session checks once a second that this process is still there; when it is gone, the shell
    // stops the cluster and removes its folder. After a normal stop() the folder is gone and the
    // shell just ends.
    const QString pgCtl = ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- %1/pg_ctl").arg(kPgBin)
                                           : QStringLiteral("%1/pg_ctl").arg(kPgBin);
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null && [ -d '%2/data' ]; do sleep 1; done; "
                                          "if [ -d '%2/data' ]; then %3 -D '%2/data' -m immediate -w stop; rm -rf '%2'; fi")
                               .arg(::getpid())
                               .arg(m_dir, pgCtl);
    QProcess::startDetached(QStringLiteral("setsid"), {QStringLiteral("sh"), QStringLiteral("-c"), script}, QString(),
                            nullptr);
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    return run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                            QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name},
               false, error);
}

void PgCluster::stop()
{
    if (m_running) {
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true, nullptr);
        m_running = false;
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
        m_dir.clear();
    }
}

} // namespace zt::test
