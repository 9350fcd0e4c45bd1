// `ztctl sync` tells in words what a sync did beyond the counts: the new case number letter of a
// copied data file (fork), receiving everything again after being offline past the server's purge
// horizon (and how many deleted records were removed here), and the comparison with the server's
// checksums (all match / received again and now match / still differ). Real server over HTTPS
// (SQLite back-end: the words do not depend on it), real stores, the built ztctl.

#include "ZtctlProcess.h"

#include "SyncTestBackend.h"

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");

// SQL behind the write path (no outbox), on the store opened the app's way (its triggers need the
// app's SQL functions).
bool tamper(const QString &path, const QString &sql)
{
    auto opened = Store::open(path);
    if (!opened)
        return false;
    QSqlQuery q(opened.value()->db());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class tst_ZtctlSync : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();
    std::unique_ptr<ServerProcess> m_server;
    QString m_stationId = Uuid7::generate();
    QString m_passwordFile;
    int m_stores = 0;

    // A new store for one PC (the first one makes the station row), enrolled and synced by ztctl.
    QString newPc(bool createStation, QChar letter)
    {
        const QString path = m_backend.filePath(QStringLiteral("pc%1.sqlite").arg(++m_stores));
        {
            auto opened = Store::open(path);
            if (!opened)
                return {};
            Store &store = *opened.value();
            if (createStation) {
                WriteTransaction tx(store);
                if (!tx.insert(QStringLiteral("station"), m_stationId,
                               {{QStringLiteral("station_id"), m_stationId}, {QStringLiteral("code"), kStationCode},
                                {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                                {QStringLiteral("division_code"), kStationCode}})
                    || !tx.commit())
                    return {};
            }
            if (!store.setUpDevice(m_stationId, letter))
                return {};
        }
        const Run enrol = ztctl({QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--server"),
                                 m_server->url(), QStringLiteral("--ca"), m_ca.caFile(), QStringLiteral("--user"),
                                 QStringLiteral("station6"), QStringLiteral("--password-file"), m_passwordFile});
        if (enrol.exitCode != 0) {
            qWarning("%s", qPrintable(enrol.err));
            return {};
        }
        return path;
    }

    static QString newCase(const QString &path, const QString &stationId, const QString &title)
    {
        auto opened = Store::open(path);
        if (!opened)
            return {};
        const QString id = Uuid7::generate();
        WriteTransaction tx(*opened.value());
        const bool ok = tx.insert(QStringLiteral("cases"), id,
                                  {{QStringLiteral("station_id"), stationId},
                                   {QStringLiteral("case_no"), QStringLiteral("T-") + id.right(12)},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                        && tx.commit();
        return ok ? id : QString();
    }

    static Run sync(const QString &path) { return ztctl({QStringLiteral("sync"), QStringLiteral("--db"), path}); }

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
                      QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword)},
                     &error),
                 qPrintable(error));
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_backend.stop();
    }

    // Runs in order: the first slot makes the two PCs the others use.
    void checksumsThatMatchAreSaid()
    {
        const QString a = newPc(true, QLatin1Char('A'));
        QVERIFY(!a.isEmpty());
        QVERIFY(!newCase(a, m_stationId, QStringLiteral("路灯不亮")).isEmpty());
        const Run r = sync(a);
        QCOMPARE(r.exitCode, 0);
        // A fresh ztctl run compares checksums (nothing waits): all equal.
        QVERIFY2(r.out.contains(QStringLiteral("Checked against the server: every record on this PC matches.")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("letter")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("received all its records again")), qPrintable(r.out));
    }

    void tablesReceivedAgainAndStillDifferentAreNamed()
    {
        const QString b = newPc(false, QLatin1Char('B'));
        QVERIFY(!b.isEmpty());
        // A version this PC never got from the server: the table differs, is received again, matches.
        QVERIFY(tamper(b, QStringLiteral("UPDATE cases SET sv = sv + 1000")));
        Run r = sync(b);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("were received again and now match: Case.")), qPrintable(r.out));

        // A row the server never had, slipped in without the outbox: still different afterwards.
        QVERIFY(tamper(b, QStringLiteral("INSERT INTO cases (id, station_id, case_no, title, channel, citizen_name, "
                                         "registered_on, hlc, sv) VALUES ('%1', '%2', 'X-1', '篡改', 'walk_in', '某人', "
                                         "'2026-11-20', '0', 999999)")
                                  .arg(Uuid7::generate(), m_stationId)));
        r = sync(b);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("still differ from the server's after they were received again: Case.")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("ask the administrator")));
        QVERIFY(!r.out.contains(QStringLiteral("every record on this PC matches")));
    }

    void offlinePastTheHorizonSaysItReceivedEverythingAgain()
    {
        const QString a = newPc(false, QLatin1Char('C'));
        const QString b = newPc(false, QLatin1Char('D'));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QString gone = newCase(a, m_stationId, QStringLiteral("误登记"));
        QCOMPARE(sync(a).exitCode, 0);
        QCOMPARE(sync(b).exitCode, 0);
        {
            auto opened = Store::open(a);
            QVERIFY(opened);
            WriteTransaction tx(*opened.value());
            QVERIFY(tx.markDeleted(QStringLiteral("cases"), gone) && tx.commit());
        }
        QCOMPARE(sync(a).exitCode, 0);
        QString error;
        const QString purged = m_server->admin({QStringLiteral("purge-tombstones"), QStringLiteral("--older-than"), QStringLiteral("0")}, &error);
        QVERIFY2(purged.contains(QStringLiteral("purged 1 deleted rows")), qPrintable(purged + error));

        const Run r = sync(b);
        qInfo("%s", qPrintable(r.out));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("had not synced for longer than the server keeps deleted records")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 record deleted on other PCs meanwhile was removed here too.")),
                 qPrintable(r.out));
    }

    void aCopiedDataFileSaysItsNewLetter()
    {
        const QString a = newPc(false, QLatin1Char('E'));
        QVERIFY(!a.isEmpty());
        const QString copy = m_backend.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(a, copy));
        QVERIFY(!newCase(a, m_stationId, QStringLiteral("原机登记")).isEmpty());
        QVERIFY(!newCase(copy, m_stationId, QStringLiteral("复制机登记")).isEmpty());
        QCOMPARE(sync(a).exitCode, 0);
        const Run r = sync(copy);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("is a copy of another PC's")), qPrintable(r.out));
        // The twin keeps E (the server records it at the fork); the copy gets a letter nobody uses.
        QVERIFY2(r.out.contains(QStringLiteral("writes case numbers with the letter ")), qPrintable(r.out));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("with the letter ([A-Z]);")).match(r.out);
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(1) != QLatin1String("E"));
    }
};

QTEST_GUILESS_MAIN(tst_ZtctlSync)
#include "tst_ztctlsync.moc"
