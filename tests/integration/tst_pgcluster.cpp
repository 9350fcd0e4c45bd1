// The private PostgreSQL cluster of the tests (tests/support/PgCluster) must not outlive its test,
// also when ctest's timeout kills the test with SIGKILL and no destructor runs: a child process
// (this executable with --hold-cluster) starts a cluster and is killed with -9; within a few seconds
// the postmaster is gone (its port takes no connection) and so is the cluster's folder.

#include "PgCluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace zt::test;

namespace {

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

// The child: start a cluster, say where it is, and wait to be killed.
int holdCluster()
{
    PgCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%u %s\n", unsigned(cluster.port()), qPrintable(cluster.directory()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

} // namespace

class tst_PgCluster : public QObject
{
    Q_OBJECT

private slots:
    void clusterStopsWhenItsTestIsKilled()
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-cluster")});
        QVERIFY(child.waitForStarted());
        QDeadlineTimer started(120'000);
        while (!child.canReadLine() && !started.hasExpired() && child.state() == QProcess::Running)
            child.waitForReadyRead(1000);
        const QStringList where = QString::fromLocal8Bit(child.readLine()).trimmed().split(QLatin1Char(' '));
        QVERIFY2(where.size() == 2, qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        const quint16 port = quint16(where.at(0).toUInt());
        const QString dir = where.at(1);
        QVERIFY(dir.startsWith(QDir::tempPath() + QStringLiteral("/zt-pg-")));
        QVERIFY(accepts(port));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/data/postmaster.pid")));

        child.kill(); // SIGKILL: no destructor runs
        QVERIFY(child.waitForFinished());
        QDeadlineTimer gone(20'000);
        while ((QFileInfo::exists(dir) || accepts(port)) && !gone.hasExpired())
            QThread::msleep(250);
        QVERIFY2(!accepts(port), "the postmaster outlived its test");
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
    }

    void normalStopLeavesNothingEither()
    {
        QString dir;
        quint16 port = 0;
        {
            PgCluster cluster;
            QString error;
            QVERIFY2(cluster.start(&error), qPrintable(error));
            dir = cluster.directory();
            port = cluster.port();
            QVERIFY(accepts(port));
        }
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!accepts(port));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--hold-cluster") == 0)
        return holdCluster();
    tst_PgCluster test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgcluster.moc"
