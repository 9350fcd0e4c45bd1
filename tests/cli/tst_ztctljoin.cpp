// `ztctl join`: a scripted second PC joins its station without the first-run dialog, against a real
// zhitongche-server over HTTPS on 127.0.0.1 (a CA this test makes), with the built ztctl. The password
// comes on standard input; the station's data arrives with its progress printed; only then is the store
// bound to the station with the letter given. A wrong password, a district's account and a missing letter
// are said clearly (in Chinese under a Chinese locale) and leave no half-made store behind.

#include "ZtctlProcess.h"

#include "SyncTestBackend.h"

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");

// ztctl with a line on its standard input, under a locale (C: English; zh_CN.UTF-8: Chinese).
Run ztctlWithInput(const QStringList &arguments, const QByteArray &input, const QString &locale = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ZT_SYNC_PASSWORD"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), QString());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZTCTL_PATH), arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("ztctl did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int count(const QString &path, const QString &sql)
{
    auto opened = Store::open(path);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->db());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_ZtctlJoin : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();
    std::unique_ptr<ServerProcess> m_server;
    QString m_stationId = Uuid7::generate();
    QString m_passwordFile;

    QStringList joinArguments(const QString &db, const QString &user, const QString &letter) const
    {
        QStringList args{QStringLiteral("join"), QStringLiteral("--db"), db, QStringLiteral("--server"), m_server->url(),
                         QStringLiteral("--ca"), m_ca.caFile(), QStringLiteral("--user"), user};
        if (!letter.isEmpty())
            args << QStringLiteral("--device-letter") << letter;
        return args;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        m_passwordFile = m_backend.writePasswordFile(kPassword);
        QVERIFY(!m_passwordFile.isEmpty());
        const ServerSetup setup = m_backend.serverSetup(QStringLiteral("server"));
        m_server = std::make_unique<ServerProcess>(setup);
        QVERIFY2(SyncTestBackend::runAdminScript(
                     *m_server, setup,
                     {QStringLiteral("district add --code 330203 --name 海曙区"),
                      QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, m_stationId),
                      QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword),
                      QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(kPassword)},
                     &error),
                 qPrintable(error));
        QVERIFY2(m_server->start(&error), qPrintable(error));

        // The station's first PC, set up offline, with its cases, synced with ztctl.
        const QString first = m_backend.filePath(QStringLiteral("first.sqlite"));
        {
            auto opened = Store::open(first);
            QVERIFY(opened);
            Store &store = *opened.value();
            WriteTransaction tx(store);
            QVERIFY(tx.insert(QStringLiteral("station"), m_stationId,
                              {{QStringLiteral("station_id"), m_stationId}, {QStringLiteral("code"), kStationCode},
                               {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                               {QStringLiteral("division_code"), kStationCode}}));
            for (int i = 1; i <= 30; ++i)
                QVERIFY(tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                                  {{QStringLiteral("station_id"), m_stationId},
                                   {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(i, 4, 10, QLatin1Char('0'))},
                                   {QStringLiteral("title"), QStringLiteral("路灯不亮 %1").arg(i)},
                                   {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}}));
            QVERIFY(tx.commit());
            QVERIFY(store.setUpDevice(m_stationId, QLatin1Char('A')));
        }
        const Run synced = ztctl({QStringLiteral("sync"), QStringLiteral("--db"), first, QStringLiteral("--server"),
                                  m_server->url(), QStringLiteral("--ca"), m_ca.caFile(), QStringLiteral("--user"),
                                  QStringLiteral("station6"), QStringLiteral("--password-file"), m_passwordFile});
        ZT_EXPECT_EXIT(synced, 0);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_backend.stop();
    }

    void secondPcJoinsWithThePasswordOnStandardInput()
    {
        const QString db = m_backend.filePath(QStringLiteral("second.sqlite"));
        const Run r = ztctlWithInput(joinArguments(db, QStringLiteral("station6"), QStringLiteral("c")), kPassword.toUtf8() + '\n');
        ZT_EXPECT_EXIT(r, 0);
        qInfo("%s%s", qPrintable(r.err), qPrintable(r.out));
        // Progress on stderr (a line at each tenth when not on a terminal), the result on stdout.
        QVERIFY2(r.err.contains(QStringLiteral("Signing in to %1 as station6").arg(m_server->url())), qPrintable(r.err));
        // Lines as the data arrives, the last of them all (the station, its cases and whatever else the
        // snapshot holds).
        QStringList counts;
        auto lines = QRegularExpression(QStringLiteral("Receiving the station's data: (\\d+) of (\\d+) records.\\n")).globalMatch(r.err);
        while (lines.hasNext()) {
            const QRegularExpressionMatch m = lines.next();
            counts << m.captured(1) + QLatin1Char('/') + m.captured(2);
        }
        QVERIFY2(!counts.isEmpty(), qPrintable(r.err));
        const QStringList last = counts.last().split(QLatin1Char('/'));
        QVERIFY2(last.at(0) == last.at(1) && last.at(1).toInt() > 30, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("writes case numbers with the letter C")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("白云街道人大代表联络站 (330203006)")), qPrintable(r.out));

        auto opened = Store::open(db);
        QVERIFY(opened);
        Store &store = *opened.value();
        QVERIFY(store.isSetUp());
        QCOMPARE(store.stationId(), m_stationId);
        QCOMPARE(store.deviceLetter(), QLatin1Char('C'));
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 30);
        q.finish();
        opened.value().reset();

        // Enrolled: a later sync needs only the store.
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("sync"), QStringLiteral("--db"), db}), 0);

        // A store set up already is not joined again.
        const Run again = ztctlWithInput(joinArguments(db, QStringLiteral("station6"), QStringLiteral("D")), kPassword.toUtf8() + '\n');
        ZT_EXPECT_EXIT(again, 1);
        QVERIFY2(again.err.contains(QStringLiteral("set up for a station already")), qPrintable(again.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM cases")), 30);
    }

    void passwordFromAFileToo()
    {
        const QString db = m_backend.filePath(QStringLiteral("third.sqlite"));
        QStringList args = joinArguments(db, QStringLiteral("station6"), QStringLiteral("E"));
        args << QStringLiteral("--password-file") << m_passwordFile;
        const Run r = ztctlWithInput(args, QByteArray());
        ZT_EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("letter E")), qPrintable(r.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM cases")), 30);
    }

    void refusalsAreSaidAndLeaveNoStore()
    {
        // A wrong password, under a Chinese locale: said in Chinese; no store file left behind.
        const QString db = m_backend.filePath(QStringLiteral("refused.sqlite"));
        Run r = ztctlWithInput(joinArguments(db, QStringLiteral("station6"), QStringLiteral("F")), QByteArray("wrong password\n"),
                               QStringLiteral("zh_CN.UTF-8"));
        ZT_EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("服务器拒绝了这台电脑的登录凭据")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));

        // A district's account names a station the district does not have: said; the data that arrived stays
        // for the next try, which opens on the district's station.
        const QString districtDb = m_backend.filePath(QStringLiteral("district.sqlite"));
        QStringList districtArgs = joinArguments(districtDb, QStringLiteral("district"), {});
        r = ztctlWithInput(districtArgs + QStringList{QStringLiteral("--station"), QStringLiteral("330203099")},
                           kPassword.toUtf8() + '\n');
        ZT_EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not one of this district's")), qPrintable(r.err));
        // Every station of the district comes, and the progress says so.
        QVERIFY2(r.err.contains(QStringLiteral("Receiving the data of the district's stations: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("the station's data")), qPrintable(r.err));
        r = ztctlWithInput(districtArgs + QStringList{QStringLiteral("--station"), QStringLiteral("330203006")},
                           kPassword.toUtf8() + '\n');
        ZT_EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("330203006")) && r.out.contains(QStringLiteral("letter Z")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(QStringLiteral("the station's data")), qPrintable(r.err));
        QCOMPARE(count(districtDb, QStringLiteral("SELECT count(*) FROM cases")), 30);

        // A letter that is none, or no password: usage errors, nothing written.
        r = ztctlWithInput(joinArguments(db, QStringLiteral("station6"), QStringLiteral("7")), kPassword.toUtf8() + '\n');
        ZT_EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--device-letter")), qPrintable(r.err));
        r = ztctlWithInput(joinArguments(db, QStringLiteral("station6"), QStringLiteral("F")), QByteArray());
        ZT_EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));
    }
};

QTEST_GUILESS_MAIN(tst_ZtctlJoin)
#include "tst_ztctljoin.moc"
