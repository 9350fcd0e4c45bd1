// Crash safety: a writer process (crash_writer) records visits and cases through the real write path and
// acknowledges each commit in a side file; this test kills it with SIGKILL at random moments, 50 times.
// After every kill the store must open, pass SQLite's integrity and foreign key checks and the outbox
// checks, and hold every acknowledged write, each visit with its case (a transaction is all or nothing).

#include "setup/StationSetup.h"
#include "storage/Store.h"
#include "storage/StoreInspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

constexpr int kKills = 50;

QSet<QString> ids(Store &store, const QString &table)
{
    QSet<QString> out;
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT id FROM %1").arg(table));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void everyAcknowledgedWriteSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QString ackPath = dir.filePath(QStringLiteral("acks.txt"));
        {
            auto opened = Store::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            Station station;
            station.code = QStringLiteral("330203006");
            station.name = QStringLiteral("白云街道人大代表联络站");
            QVERIFY(StationSetup::setUp(*opened.value(), station).ok());
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u (kill moments)", seed);
        QRandomGenerator random(seed);
        QElapsedTimer total;
        total.start();
        qint64 acknowledged = 0;
        int killedMidWrite = 0;
        qint64 unacknowledgedBefore = 0;

        for (int kill = 1; kill <= kKills; ++kill) {
            const qint64 ackSizeBefore = QFileInfo(ackPath).size();
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(CRASH_WRITER_PATH), {path, ackPath});
            QVERIFY(writer.waitForStarted());
            // Wait until it writes (the store is open and commits flow), then a random moment more: the
            // kill lands before, inside or after a commit, or between a commit and its acknowledgement.
            QElapsedTimer waiting;
            waiting.start();
            while (QFileInfo(ackPath).size() == ackSizeBefore && waiting.elapsed() < 10000
                   && writer.state() == QProcess::Running)
                QTest::qSleep(2);
            QVERIFY2(writer.state() == QProcess::Running, "the writer stopped by itself");
            QTest::qSleep(int(random.bounded(40)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto opened = Store::open(path);
            QVERIFY2(opened.ok(), qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(opened.error().message)));
            Store &store = *opened.value();
            const StoreInspector inspector(store.db());
            QCOMPARE(inspector.integrityProblems(), QStringList());
            QCOMPARE(inspector.foreignKeyProblems(), QStringList());
            QCOMPARE(inspector.outboxProblems(), QStringList());

            QFile acks(ackPath);
            QVERIFY(acks.open(QIODevice::ReadOnly));
            const QSet<QString> visits = ids(store, QStringLiteral("visit"));
            const QSet<QString> cases = ids(store, QStringLiteral("cases"));
            acknowledged = 0;
            while (!acks.atEnd()) {
                const QByteArray line = acks.readLine().trimmed();
                // The last line may be cut by the kill: a write half-acknowledged is not acknowledged.
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2 || parts.at(1).size() != 36)
                    continue;
                ++acknowledged;
                QVERIFY2(visits.contains(QString::fromLatin1(parts.at(0))),
                         qPrintable(QStringLiteral("kill %1: acknowledged visit %2 lost").arg(kill).arg(QString::fromLatin1(parts.at(0)))));
                QVERIFY2(cases.contains(QString::fromLatin1(parts.at(1))),
                         qPrintable(QStringLiteral("kill %1: acknowledged case %2 lost").arg(kill).arg(QString::fromLatin1(parts.at(1)))));
            }
            // All or nothing: no visit without its case, no case without its first event.
            QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM visit v WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM cases c WHERE c.visit_id = v.id)")),
                     qint64(0));
            QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM case_event e WHERE e.case_id = c.id)")),
                     qint64(0));
            // Committed but killed before its acknowledgement: allowed, and counted to show the kills land
            // at every point of the loop.
            const qint64 unacknowledged = visits.size() - acknowledged;
            if (unacknowledged > unacknowledgedBefore)
                ++killedMidWrite;
            unacknowledgedBefore = unacknowledged;
        }
        qInfo("%d kills in %.1f s; %lld acknowledged writes all present; %d kills between a commit and its "
              "acknowledgement",
              kKills, total.elapsed() / 1000.0, acknowledged, killedMidWrite);
        QVERIFY(acknowledged >= kKills);
    }
};

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
