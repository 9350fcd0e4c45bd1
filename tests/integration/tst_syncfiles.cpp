// Sync beyond rows, end to end against the real zhitongche-server over real HTTPS (a CA made by the
// test), on the back-end named by ZT_SYNC_BACKEND (sqlite, or postgresql in a private cluster):
// attachments' bytes (round trip, an upload and a download cut at 50 % and resumed, a wrong hash,
// another station's blob), Retry-After from a server in maintenance, the key pin, and a cloned store
// (fork). Faults come from the TCP proxy in tests/support; nothing of ours is mocked.

#include "FaultProxy.h"
#include "HttpProbe.h"
#include "SyncTestBackend.h"
#include "ServerProcess.h"
#include "StoreRows.h"
#include "TestCa.h"

#include "common/Uuid7.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseNumberAllocator.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/BlobSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncRunner.h"
#include "workflow/AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");
const QString kOtherStationCode = QStringLiteral("330203007");

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One PC: its own store file (or a copy of another PC's).
class Client
{
public:
    Client(const QString &stationId, bool createStation, const QString &code = kStationCode,
           const QString &copyOf = QString())
    {
        if (!copyOf.isEmpty() && !QFile::copy(copyOf, path()))
            qFatal("cannot copy the store");
        auto opened = Store::open(path());
        if (!opened)
            qFatal("cannot open store: %s", qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        if (createStation) {
            WriteTransaction tx(*m_store);
            if (!tx.insert(QStringLiteral("station"), stationId,
                           {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), code},
                            {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                            {QStringLiteral("division_code"), code}})
                || !tx.commit())
                qFatal("cannot create station");
        }
        if (copyOf.isEmpty() && !m_store->setUpDevice(stationId, QLatin1Char('A')))
            qFatal("cannot set up device");
        m_stationId = stationId;
        m_sync = std::make_unique<SyncClient>(*m_store);
    }
    Store &store() { return *m_store; }
    SyncClient &sync() { return *m_sync; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes the store (so its file can be copied whole) and opens it again.
    void reopen()
    {
        m_sync.reset();
        m_store.reset();
        m_store = std::move(Store::open(path()).value());
        m_sync = std::make_unique<SyncClient>(*m_store);
    }
    void close()
    {
        m_sync.reset();
        m_store.reset();
    }

    QString newCase(const QString &title)
    {
        const QString id = Uuid7::generate();
        WriteTransaction tx(*m_store);
        const bool ok = tx.insert(QStringLiteral("cases"), id,
                                  {{QStringLiteral("station_id"), m_stationId},
                                   {QStringLiteral("case_no"), QStringLiteral("T-") + id.right(12)},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                        && tx.commit();
        return ok ? id : QString();
    }
    // A case with a number drawn the way the reception desk draws it (station code, year, this PC's
    // letter, its serial); returns the case number.
    QString registerCase(const QString &title)
    {
        WriteTransaction tx(*m_store);
        auto number = CaseNumberAllocator::next(tx, kStationCode, QDate(2026, 11, 27));
        if (!number)
            return {};
        const bool ok = tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                                  {{QStringLiteral("station_id"), m_stationId},
                                   {QStringLiteral("case_no"), number.value()},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("citizen_name"), QStringLiteral("李大伯")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-27")}})
                        && tx.commit();
        return ok ? number.value() : QString();
    }
    // Attaches bytes to a case the way the case page does: into <store>-blobs/, then the row.
    QString attach(const QString &caseId, const QByteArray &bytes, const QString &fileName)
    {
        const QString source = m_dir.filePath(fileName);
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        auto imported = AttachmentStore(*m_store).importFile(source);
        if (!imported)
            return {};
        Attachment a = imported.value();
        a.stationId = m_stationId;
        a.ownerTable = QStringLiteral("cases");
        a.ownerId = caseId;
        WriteTransaction tx(*m_store);
        if (!AttachmentRepository(*m_store).insert(tx, a) || !tx.commit())
            return {};
        return a.sha256;
    }
    QString blobPath(const QString &sha) const { return AttachmentStore(*m_store).pathFor(sha); }
    // Deletes the attachment row naming this hash (the protocol: delete wins, a tombstone is kept).
    bool deleteAttachment(const QString &sha)
    {
        QSqlQuery q(m_store->db());
        q.prepare(QStringLiteral("SELECT id FROM attachment WHERE sha256 = ? AND deleted = 0"));
        q.addBindValue(sha);
        if (!q.exec() || !q.next())
            return false;
        const QString id = q.value(0).toString();
        q.finish();
        WriteTransaction tx(*m_store);
        return tx.markDeleted(QStringLiteral("attachment"), id) && tx.commit();
    }
    // Ids of the live rows of a table: what two PCs that converged both show.
    QStringList liveIds(const QString &table) const
    {
        QStringList ids;
        QSqlQuery q(m_store->db());
        q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id").arg(table));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }
    QMap<QString, QVariantMap> rows(const QString &table) const
    {
        return StoreRows::all(m_store->db(), table);
    }
    int count(const QString &sql) const { return StoreRows::count(m_store->db(), sql); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncClient> m_sync;
    QString m_stationId;
};

// The JSON log lines of the server with this event name.
QList<QJsonObject> logEvents(const ServerProcess &server, const QString &event)
{
    QList<QJsonObject> events;
    for (const QString &line : server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("event")).toString() == event)
            events << o;
    }
    return events;
}

} // namespace

class tst_SyncFiles : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();
    int m_databases = 0;
    QString m_stationId = Uuid7::generate();
    QString m_otherStationId = Uuid7::generate();

    // A fresh server (its own SQLite file or PostgreSQL database) with stations 330203006 and
    // 330203007 and accounts station6 / station7 / district.
    std::unique_ptr<ServerProcess> startServer(const QString &maintenanceFile = {}, int retryAfter = 300)
    {
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server_%1").arg(++m_databases));
        setup.maintenanceFile = maintenanceFile;
        setup.maintenanceRetryAfterSeconds = retryAfter;
        auto server = std::make_unique<ServerProcess>(setup);
        const QStringList script{
            QStringLiteral("district add --code 330203 --name 海曙区"),
            QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, m_stationId),
            QStringLiteral("station add --code %1 --name 南门街道 --district 330203 --id %2").arg(kOtherStationCode, m_otherStationId),
            QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword),
            QStringLiteral("account add --username station7 --kind station --scope %1 --password \"%2\"").arg(kOtherStationCode, kPassword),
            QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(kPassword)};
        QString error;
        if (!SyncTestBackend::runAdminScript(*server, setup, script, &error))
            qWarning("admin script failed: %s", qPrintable(error));
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    static QString blobFile(const ServerProcess &server, const QString &sha)
    {
        return QFileInfo(server.configFile()).dir().filePath(QStringLiteral("blobs/%1/%2").arg(sha.left(2), sha));
    }

    bool enrol(Client &client, const QString &url, const QString &user = QStringLiteral("station6"))
    {
        if (Status s = client.sync().configure(QUrl(url), m_ca.caFile()); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        if (Status s = client.sync().enrol(user, kPassword); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        return true;
    }

    static Result<SyncReport> syncOnce(Client &client)
    {
        auto r = client.sync().syncOnce();
        if (!r)
            qWarning("sync failed: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().code));
        return r;
    }

    // The pin of the test server's key, computed by openssl (not by our code).
    QString opensslPin()
    {
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                           QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der "
                                                          "| openssl dgst -sha256 -binary | base64")
                                               .arg(m_ca.certificateFile())});
        shell.waitForFinished(30'000);
        return QStringLiteral("sha256/") + QString::fromLatin1(shell.readAllStandardOutput().trimmed());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void photoAndVoiceNoteTravelBetweenTwoPcs()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        Client b(m_stationId, false);
        QVERIFY(enrol(a, server->url()));
        QVERIFY(enrol(b, server->url()));
        const QString caseId = a.newCase(QStringLiteral("路灯不亮"));
        const QByteArray photo = randomBytes(300 * 1024 + 7, 1);
        const QByteArray voice = randomBytes(3 * 1024 * 1024 + 5, 2);
        const QString photoSha = a.attach(caseId, photo, QStringLiteral("现场.jpg"));
        const QString voiceSha = a.attach(caseId, voice, QStringLiteral("留言.m4a"));
        QVERIFY(!photoSha.isEmpty() && !voiceSha.isEmpty());

        auto first = syncOnce(a);
        QVERIFY(first);
        QCOMPARE(first->blobsUploaded, 2);
        QCOMPARE(first->blobBytesSent, qint64(photo.size() + voice.size()));
        // On the server: in its blob folder under the hash, the bytes themselves.
        QCOMPARE(readAll(QFileInfo(server->configFile()).dir().filePath(QStringLiteral("blobs/%1/%2").arg(voiceSha.left(2), voiceSha))),
                 voice);

        auto onB = syncOnce(b);
        QVERIFY(onB);
        QCOMPARE(onB->blobsDownloaded, 2);
        QCOMPARE(readAll(b.blobPath(photoSha)), photo);
        QCOMPARE(readAll(b.blobPath(voiceSha)), voice);
        QCOMPARE(b.rows(QStringLiteral("attachment")), a.rows(QStringLiteral("attachment")));

        // Nothing moves twice: neither PC sends or fetches a byte on the next sync.
        auto again = syncOnce(a);
        QVERIFY(again);
        QCOMPARE(again->blobsUploaded + again->blobsDownloaded, 0);
        auto againB = syncOnce(b);
        QVERIFY(againB);
        QCOMPARE(againB->blobsUploaded + againB->blobsDownloaded, 0);
        QCOMPARE(againB->blobBytesReceived, qint64(0));

        // The same photo attached on B to another case: the server has it, B sends nothing.
        const QString case2 = b.newCase(QStringLiteral("同一张照片"));
        QCOMPARE(b.attach(case2, photo, QStringLiteral("again.jpg")), photoSha);
        auto dedupe = syncOnce(b);
        QVERIFY(dedupe);
        QCOMPARE(dedupe->blobBytesSent, qint64(0));
    }

    void voiceNoteUploadCutAtHalfResumesWithTheRest()
    {
        auto server = startServer();
        QVERIFY(server);
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        Client a(m_stationId, true);
        QVERIFY(enrol(a, QStringLiteral("https://localhost:%1").arg(proxy.port())));
        const QString caseId = a.newCase(QStringLiteral("噪音扰民"));
        const qint64 size = 20LL * 1024 * 1024; // the protocol's 20 MB voice note
        const QByteArray voice = randomBytes(size, 3);
        const QString sha = a.attach(caseId, voice, QStringLiteral("voice.m4a"));
        QVERIFY(!sha.isEmpty());
        QVERIFY(a.sync().push());
        QVERIFY(a.sync().pull());

        // The line drops once the PC has sent half of the note, and stays down.
        proxy.cutResponseAfterClientSent(size / 2);
        proxy.setDownAfterCut(true);
        auto cut = BlobSync(a.store(), a.sync()).uploadAll();
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, QStringLiteral("sync.offline"));
        QCOMPARE(proxy.cuts(), 1);

        proxy.setDown(false);
        proxy.disarm();
        const qint64 before = proxy.clientBytes();
        auto resumed = BlobSync(a.store(), a.sync()).uploadAll();
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->uploaded, 1);
        const qint64 resent = proxy.clientBytes() - before;
        qInfo("20 MiB upload cut at %lld bytes: the resumed run sent %lld payload bytes (%lld on the wire)",
              size / 2, resumed->bytesSent, resent);
        // Only the rest went again: at most half the note plus the one chunk whose answer was lost.
        QVERIFY(resumed->bytesSent <= size / 2 + 1024 * 1024);
        QVERIFY(resumed->bytesSent >= size / 2 - 2 * 1024 * 1024);
        QVERIFY(resent < size / 2 + 2 * 1024 * 1024);
        // The server wrote every byte exactly once (each PUT it took is in its log with its size).
        qint64 accepted = 0;
        for (const QJsonObject &o : logEvents(*server, QStringLiteral("request")))
            if (o.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/blobs/"))
                && (o.value(QStringLiteral("status")).toInt() == 200 || o.value(QStringLiteral("status")).toInt() == 201))
                accepted += o.value(QStringLiteral("bytes_in")).toInteger();
        QCOMPARE(accepted, size);

        // Another PC gets the whole note, hash checked.
        Client b(m_stationId, false);
        QVERIFY(enrol(b, server->url()));
        QVERIFY(syncOnce(b));
        QCOMPARE(sha256Of(readAll(b.blobPath(sha))), sha);
    }

    void downloadCutAtHalfResumesWithTheRest()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        QVERIFY(enrol(a, server->url()));
        const qint64 size = 20LL * 1024 * 1024;
        const QByteArray voice = randomBytes(size, 4);
        const QString sha = a.attach(a.newCase(QStringLiteral("电梯故障")), voice, QStringLiteral("voice.m4a"));
        QVERIFY(syncOnce(a));

        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        Client b(m_stationId, false);
        QVERIFY(enrol(b, QStringLiteral("https://localhost:%1").arg(proxy.port())));
        QVERIFY(b.sync().push());
        QVERIFY(b.sync().pull());
        proxy.cutAfterServerSent(size / 2);
        proxy.setDownAfterCut(true);
        auto cut = BlobSync(b.store(), b.sync()).downloadAll();
        QVERIFY(!cut);
        QVERIFY(!QFileInfo::exists(b.blobPath(sha))); // never a half file under the hash
        const qint64 kept = QFileInfo(b.blobPath(sha) + QStringLiteral(".part")).size();
        QVERIFY2(kept > size / 4 && kept < size, qPrintable(QString::number(kept)));

        proxy.setDown(false);
        auto resumed = BlobSync(b.store(), b.sync()).downloadAll();
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        qInfo("20 MiB download cut with %lld bytes kept: the resumed run fetched %lld bytes", kept, resumed->bytesReceived);
        QCOMPARE(resumed->downloaded, 1);
        QCOMPARE(resumed->bytesReceived, size - kept);
        QCOMPARE(readAll(b.blobPath(sha)), voice);
        QVERIFY(!QFileInfo::exists(b.blobPath(sha) + QStringLiteral(".part")));
    }

    void wrongHashIsRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        QVERIFY(enrol(a, server->url()));
        const QByteArray photo = randomBytes(100 * 1024, 5);
        const QString sha = a.attach(a.newCase(QStringLiteral("井盖松动")), photo, QStringLiteral("p.jpg"));
        // The copy on this disk went bad after it was attached (same size, other bytes).
        {
            QFile f(a.blobPath(sha));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(randomBytes(photo.size(), 6));
        }
        auto r = syncOnce(a);
        QVERIFY(r); // the rows still sync; the attachment waits with its reason
        QCOMPARE(r->blobsUploaded, 0);
        QCOMPARE(logEvents(*server, QStringLiteral("blob.hash_mismatch")).size(), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM blob_queue WHERE state = 'failed' AND last_error <> ''")), 1);
        // Nothing under that hash on the server: another PC finds nothing to fetch.
        Client b(m_stationId, false);
        QVERIFY(enrol(b, server->url()));
        auto onB = syncOnce(b);
        QVERIFY(onB);
        QCOMPARE(onB->blobsDownloaded, 0);
        QVERIFY(!QFileInfo::exists(b.blobPath(sha)));

        // A raw PUT of other bytes under a hash is refused the same way.
        HttpProbe probe(server->url(), m_ca.caFile());
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, Uuid7::generate()).status, 200);
        const ProbeReply wrong = probe.send("PUT", QStringLiteral("/blobs/%1?offset=0&size=%2").arg(sha).arg(photo.size()),
                                            randomBytes(photo.size(), 7));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
        // The right bytes are taken.
        QCOMPARE(probe.send("PUT", QStringLiteral("/blobs/%1?offset=0&size=%2").arg(sha).arg(photo.size()), photo).status, 201);
        // A chunk above the limit is refused whatever it holds.
        QCOMPARE(probe.send("PUT", QStringLiteral("/blobs/%1?offset=0&size=%2").arg(sha).arg(3 * 1024 * 1024),
                            QByteArray(1024 * 1024 + 1, 'x')).status, 413);
    }

    void anotherStationCannotReadOrWriteTheBlob()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        QVERIFY(enrol(a, server->url()));
        const QByteArray photo = randomBytes(64 * 1024, 8);
        const QString sha = a.attach(a.newCase(QStringLiteral("楼道堆物")), photo, QStringLiteral("p.jpg"));
        QVERIFY(syncOnce(a));

        HttpProbe other(server->url(), m_ca.caFile());
        QCOMPARE(other.login(QStringLiteral("station7"), kPassword, Uuid7::generate()).status, 200);
        const QString path = QStringLiteral("/blobs/") + sha;
        QCOMPARE(other.send("GET", path).status, 404);
        QCOMPARE(other.send("HEAD", path).status, 404);
        const ProbeReply put = other.send("PUT", path + QStringLiteral("?offset=0&size=%1").arg(photo.size()), photo);
        QCOMPARE(put.status, 403);
        // The refusals are in the log with the account that tried.
        const QList<QJsonObject> refused = logEvents(*server, QStringLiteral("blob.refused"));
        QCOMPARE(refused.size(), 3);
        for (const QJsonObject &o : refused)
            QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("station7"));
        QCOMPARE(refused.last().value(QStringLiteral("operation")).toString(), QStringLiteral("write"));

        // The district sees its stations' attachments; the owning station's token too.
        HttpProbe district(server->url(), m_ca.caFile());
        QCOMPARE(district.login(QStringLiteral("district"), kPassword, Uuid7::generate()).status, 200);
        const ProbeReply read = district.send("GET", path);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, photo);
    }

    void maintenanceAnswers503AndTheClientWaitsRetryAfter()
    {
        const QString flag = m_backend.filePath(QStringLiteral("maintenance-%1").arg(m_databases + 1));
        auto server = startServer(flag, 600);
        QVERIFY(server);
        Client a(m_stationId, true);
        QVERIFY(enrol(a, server->url()));
        QVERIFY(syncOnce(a));
        a.newCase(QStringLiteral("维护期间登记"));

        QVERIFY(QFile(flag).open(QIODevice::WriteOnly)); // the administrator starts maintenance
        HttpProbe probe(server->url(), m_ca.caFile());
        QCOMPARE(probe.send("GET", QStringLiteral("/health")).status, 503);
        auto refused = a.sync().syncOnce();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sync.busy"));
        QCOMPARE(a.sync().lastRetryAfterMsecs(), qint64(600'000));
        QCOMPARE(a.sync().state().pendingCount(), 1);

        // The scheduler on the PC waits as long as the server asked, not its own 5 s back-off.
        const QString storePath = a.path();
        a.close();
        {
            SyncRunner runner(storePath);
            QSignalSpy spy(&runner, &SyncRunner::statusChanged);
            runner.start();
            QVERIFY(!spy.isEmpty());
            const SyncStatus status = spy.last().first().value<SyncStatus>();
            QCOMPARE(status.state, SyncStatus::State::Error);
            QVERIFY2(status.message.contains(QStringLiteral("maintenance")), qPrintable(status.message));
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(status.nextAttemptAt);
            QVERIFY2(wait > 590'000 && wait <= 600'000, qPrintable(QString::number(wait)));
            runner.shutdown();
        }

        QFile::remove(flag); // maintenance over: the next sync goes through
        a.reopen();
        QVERIFY(a.sync().configureFromSettings());
        QVERIFY(syncOnce(a));
        QCOMPARE(a.sync().state().pendingCount(), 0);
    }

    void keyPinMustMatch()
    {
        auto server = startServer();
        QVERIFY(server);
        const QString rightPin = opensslPin();
        QCOMPARE(rightPin.size(), 7 + 44);
        QString wrongPin = rightPin;
        wrongPin[10] = wrongPin[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

        Client a(m_stationId, true);
        QVERIFY(a.sync().configure(QUrl(server->url()), m_ca.caFile()));
        QVERIFY(a.sync().setKeyPin(wrongPin));
        const Status refused = a.sync().enrol(QStringLiteral("station6"), kPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sync.pin"));
        QVERIFY(refused.error().message.contains(QStringLiteral("pinned key")));
        // Stopped before any request: the server never saw a login.
        QCOMPARE(logEvents(*server, QStringLiteral("auth.login")).size(), 0);

        QVERIFY(a.sync().setKeyPin(rightPin));
        QVERIFY(a.sync().enrol(QStringLiteral("station6"), kPassword));
        QVERIFY(!a.sync().setKeyPin(QStringLiteral("sha256/not-base64!")));
        QVERIFY(syncOnce(a));

        // ztctl: --pin checks, and a pin that worked is kept for later runs.
        const QString storePath = a.path();
        a.close();
        QProcess ztctl;
        ztctl.start(QStringLiteral(ZTCTL_PATH), {QStringLiteral("sync"), QStringLiteral("--db"), storePath,
                                                  QStringLiteral("--pin"), wrongPin});
        QVERIFY(ztctl.waitForFinished(60'000));
        QCOMPARE(ztctl.exitCode(), 1);
        QVERIFY2(ztctl.readAllStandardError().contains("pinned key"), "no clear message for a wrong pin");
        ztctl.start(QStringLiteral(ZTCTL_PATH), {QStringLiteral("sync"), QStringLiteral("--db"), storePath,
                                                  QStringLiteral("--pin"), rightPin});
        QVERIFY(ztctl.waitForFinished(60'000));
        QCOMPARE(ztctl.exitCode(), 0);
        a.reopen();
        QCOMPARE(a.sync().state().settings().keyPin, rightPin);
    }

    void tombstonesPurgedBelowTheHorizonMakeAStalePcBootstrapAgain()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        Client b(m_stationId, false);
        QVERIFY(enrol(a, server->url()));
        QVERIFY(enrol(b, server->url()));
        const QString caseId = a.newCase(QStringLiteral("井盖松动"));
        const QString gone = a.attach(caseId, randomBytes(40 * 1024, 11), QStringLiteral("旧照片.jpg"));
        const QString kept = a.attach(caseId, randomBytes(50 * 1024, 12), QStringLiteral("新照片.jpg"));
        QVERIFY(syncOnce(a));
        QVERIFY(syncOnce(b));
        QCOMPARE(b.liveIds(QStringLiteral("attachment")).size(), 2);

        // A deletes one photo and syncs; B stays offline, its cursor before the delete.
        QVERIFY(a.deleteAttachment(gone));
        QVERIFY(syncOnce(a));

        // Nothing is 30 days old by the command's own notes yet: nothing purged, B pulls as usual.
        QString error;
        const QString notYet = server->admin({QStringLiteral("purge-tombstones"), QStringLiteral("--older-than"), QStringLiteral("30")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(notYet.contains(QStringLiteral("purged 0 deleted rows and 0 revokes")), qPrintable(notYet));
        QVERIFY2(notYet.contains(QStringLiteral("horizon 0 (was 0)")), qPrintable(notYet));

        // Purged now (older than 0 days): B's cursor is below the horizon.
        const QString purged = server->admin({QStringLiteral("purge-tombstones"), QStringLiteral("--older-than"), QStringLiteral("0")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(purged.contains(QStringLiteral("purged 1 deleted rows")), qPrintable(purged));

        // B also has an edit of its own waiting: it is pushed first, then B bootstraps again and
        // hides the photo that was deleted meanwhile; nothing deleted comes back, nothing is lost.
        const QString onB = b.newCase(QStringLiteral("离线期间登记"));
        auto stale = syncOnce(b);
        QVERIFY(stale);
        QVERIFY(stale->belowHorizon);
        QVERIFY(stale->bootstrapped);
        QCOMPARE(stale->sweptRows, 1);
        QCOMPARE(b.liveIds(QStringLiteral("attachment")), a.liveIds(QStringLiteral("attachment")));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM attachment WHERE deleted = 0 AND sha256 = '%1'").arg(kept)), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM attachment WHERE deleted = 0 AND sha256 = '%1'").arg(gone)), 0);
        QCOMPARE(b.sync().state().pendingCount(), 0);

        // A pulled its own delete before the purge: it is not below the horizon and pulls on.
        auto onA = syncOnce(a);
        QVERIFY(onA);
        QVERIFY(!onA->belowHorizon);
        QVERIFY(a.liveIds(QStringLiteral("cases")).contains(onB));
        QCOMPARE(a.liveIds(QStringLiteral("cases")), b.liveIds(QStringLiteral("cases")));
        // And B, now above the horizon, pulls normally again.
        auto again = syncOnce(b);
        QVERIFY(again);
        QVERIFY(!again->belowHorizon);
        QVERIFY(!again->bootstrapped);
    }

    // Decision 24: an edit of a row whose tombstone was purged is refused as `row_deleted` (the
    // record stays deleted, on the server and on the PC), and a delete of it is taken as done.
    void editOfARowWhoseTombstoneWasPurgedDoesNotBringItBack()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        Client b(m_stationId, false);
        QVERIFY(enrol(a, server->url()));
        QVERIFY(enrol(b, server->url()));
        const QString edited = a.newCase(QStringLiteral("误登记的重复件"));
        const QString deletedTwice = a.newCase(QStringLiteral("另一件误登记"));
        const QString kept = a.newCase(QStringLiteral("路灯不亮"));
        QVERIFY(syncOnce(a));
        QVERIFY(syncOnce(b));
        QCOMPARE(b.liveIds(QStringLiteral("cases")).size(), 3);

        // A deletes two cases; the server purges their tombstones while B is offline.
        for (const QString &id : {edited, deletedTwice}) {
            WriteTransaction tx(a.store());
            QVERIFY(tx.markDeleted(QStringLiteral("cases"), id) && tx.commit());
        }
        QVERIFY(syncOnce(a));
        QString error;
        const QString purged = server->admin({QStringLiteral("purge-tombstones"), QStringLiteral("--older-than"), QStringLiteral("0")}, &error);
        QVERIFY2(purged.contains(QStringLiteral("purged 2 deleted rows")), qPrintable(purged + error));

        // Offline, B edited one of them and deleted the other.
        {
            WriteTransaction tx(b.store());
            QVERIFY(tx.update(QStringLiteral("cases"), edited, {{QStringLiteral("title"), QStringLiteral("离线时改的标题")}}));
            QVERIFY(tx.markDeleted(QStringLiteral("cases"), deletedTwice));
            QVERIFY(tx.commit());
        }
        auto r = syncOnce(b);
        QVERIFY(r);
        QCOMPARE(r->rejected, 1); // the edit; the delete stands as it is
        QVERIFY(r->belowHorizon);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'rejected' AND row_id = '%1' "
                                        "AND last_error LIKE 'row_deleted:%'").arg(edited)),
                 1);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'rejected' AND row_id = '%1'").arg(deletedTwice)), 0);
        QCOMPARE(b.sync().state().pendingCount(), 0);

        // Nothing deleted came back: not on the server (A pulls nothing new of them), not on B.
        QVERIFY(syncOnce(a));
        QCOMPARE(a.liveIds(QStringLiteral("cases")), QStringList{kept});
        QCOMPARE(b.liveIds(QStringLiteral("cases")), QStringList{kept});
        // A third PC bootstrapping now sees only the case that was never deleted.
        Client c(m_stationId, false);
        QVERIFY(enrol(c, server->url()));
        QVERIFY(syncOnce(c));
        QCOMPARE(c.liveIds(QStringLiteral("cases")), QStringList{kept});
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id IN ('%1', '%2')").arg(edited, deletedTwice)), 0);
    }

    void blobsNoAttachmentNamesAreCollectedAfterTheGracePeriod()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, true);
        QVERIFY(enrol(a, server->url()));
        const QString caseId = a.newCase(QStringLiteral("违章搭建"));
        const QByteArray keptBytes = randomBytes(70 * 1024 + 3, 21);
        const QString gone = a.attach(caseId, randomBytes(60 * 1024 + 1, 20), QStringLiteral("删掉的.jpg"));
        const QString kept = a.attach(caseId, keptBytes, QStringLiteral("留下的.jpg"));
        QVERIFY(syncOnce(a));
        QVERIFY(a.deleteAttachment(gone));
        QVERIFY(syncOnce(a));
        QVERIFY(QFileInfo::exists(blobFile(*server, gone)));

        // An upload abandoned two hours ago, and one under way now (partial files as the server keeps them).
        const QString blobs = QFileInfo(server->configFile()).dir().filePath(QStringLiteral("blobs"));
        const QString abandoned = blobs + QStringLiteral("/partial/%1.acc1").arg(QString(64, QLatin1Char('a')));
        const QString underWay = blobs + QStringLiteral("/partial/%1.acc1").arg(QString(64, QLatin1Char('b')));
        for (const QString &path : {abandoned, underWay}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(randomBytes(4096, 30));
        }
        {
            QFile f(abandoned);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
        }

        // Within the grace period of one hour: the deleted photo's bytes stay; the abandoned upload goes.
        QString error;
        const QString graced = server->admin({QStringLiteral("gc-blobs"), QStringLiteral("--grace-hours"), QStringLiteral("1")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(graced.contains(QStringLiteral("freed 4096 bytes: 0 blobs no attachment names, 0 stray files, 1 abandoned uploads")),
                 qPrintable(graced));
        QVERIFY(QFileInfo::exists(blobFile(*server, gone)));
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(QFileInfo::exists(underWay));

        // A dry run says what it would free and frees nothing.
        const QString dry = server->admin({QStringLiteral("gc-blobs"), QStringLiteral("--grace-hours"), QStringLiteral("0"),
                                           QStringLiteral("--dry-run")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(dry.contains(QStringLiteral("blob\t%1\t%2").arg(gone).arg(60 * 1024 + 1)), qPrintable(dry));
        QVERIFY2(dry.contains(QStringLiteral("would free")), qPrintable(dry));
        QVERIFY2(!dry.contains(kept), qPrintable(dry));
        QVERIFY(QFileInfo::exists(blobFile(*server, gone)));

        const QString freed = server->admin({QStringLiteral("gc-blobs"), QStringLiteral("--grace-hours"), QStringLiteral("0")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(freed.contains(QStringLiteral("blob\t%1\t%2").arg(gone).arg(60 * 1024 + 1)), qPrintable(freed));
        QVERIFY2(freed.contains(QStringLiteral("1 blobs no attachment names")), qPrintable(freed));
        QVERIFY(!QFileInfo::exists(blobFile(*server, gone)));
        QVERIFY(QFileInfo::exists(blobFile(*server, kept)));

        // The bytes a live attachment names are still served: a new PC gets them whole.
        Client c(m_stationId, false);
        QVERIFY(enrol(c, server->url()));
        auto onC = syncOnce(c);
        QVERIFY(onC);
        QCOMPARE(onC->blobsDownloaded, 1);
        QCOMPARE(readAll(c.blobPath(kept)), keptBytes);
        // Collected once: a second run frees nothing more.
        const QString twice = server->admin({QStringLiteral("gc-blobs"), QStringLiteral("--grace-hours"), QStringLiteral("0")}, &error);
        QVERIFY2(twice.contains(QStringLiteral("0 blobs no attachment names")), qPrintable(twice));
    }

    void clonedStoreReenrolsAndBothConverge()
    {
        auto server = startServer();
        QVERIFY(server);
        auto a = std::make_unique<Client>(m_stationId, true);
        QVERIFY(enrol(*a, server->url()));
        const QString synced = a->newCase(QStringLiteral("克隆前已同步"));
        QVERIFY(syncOnce(*a));
        // A change made before the copy and not yet synced: both copies hold it, with one mutation id.
        const QString unsent = a->newCase(QStringLiteral("克隆前未同步"));
        QVERIFY(!synced.isEmpty() && !unsent.isEmpty());
        const QString oldDevice = a->store().deviceId();

        // The disk is cloned to a second PC (the file copied while the program is closed).
        a->close();
        const QString original = a->path();
        Client b(m_stationId, false, kStationCode, original);
        a->reopen();
        QVERIFY(a->sync().configureFromSettings());
        QVERIFY(b.sync().configureFromSettings());
        QCOMPARE(b.store().deviceId(), oldDevice);

        // Each PC works on; the original syncs first.
        const QString onA = a->newCase(QStringLiteral("原机新登记"));
        const QString onB = b.newCase(QStringLiteral("克隆机新登记"));
        QVERIFY(syncOnce(*a));
        auto forked = syncOnce(b);
        QVERIFY(forked);
        QVERIFY(forked->reenrolled);
        QVERIFY(b.store().deviceId() != oldDevice);
        QCOMPARE(a->store().deviceId(), oldDevice);
        QCOMPARE(b.sync().state().pendingCount(), 0);
        QVERIFY(syncOnce(*a));
        QVERIFY(syncOnce(b));

        // Both converge: four cases, each once, no conflicts, nothing waiting.
        QCOMPARE(a->rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QCOMPARE(a->rows(QStringLiteral("cases")).size(), 4);
        for (const QString &id : {synced, unsent, onA, onB})
            QVERIFY(a->rows(QStringLiteral("cases")).contains(id));
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")), 0);
        QCOMPARE(a->sync().state().pendingCount(), 0);
        // The server applied the change made before the copy once: the clone's copy was known.
        const QList<QJsonObject> forks = logEvents(*server, QStringLiteral("device.forked"));
        QCOMPARE(forks.size(), 1);
        QCOMPARE(forks.first().value(QStringLiteral("known")).toInt(), 1);
        qint64 fresh = 0;
        for (const QJsonObject &o : logEvents(*server, QStringLiteral("push")))
            fresh += o.value(QStringLiteral("new")).toInteger();
        // station + 4 cases: each mutation applied exactly once across both devices.
        QCOMPARE(fresh, qint64(5));

        // The copy draws its case numbers with a letter of its own from now on; the original keeps
        // its letter. Both register a case (the same serial: the serial counter was copied too).
        QCOMPARE(a->store().deviceLetter(), QLatin1Char('A'));
        QCOMPARE(forked->newDeviceLetter, QLatin1Char('B'));
        QCOMPARE(forks.first().value(QStringLiteral("device_letter")).toString(), QStringLiteral("B"));
        const QString numberOnA = a->registerCase(QStringLiteral("分叉后原机登记"));
        const QString numberOnB = b.registerCase(QStringLiteral("分叉后克隆机登记"));
        QCOMPARE(numberOnA, QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(numberOnB, QStringLiteral("330203006-2026-B0001"));
        QVERIFY(syncOnce(*a));
        QVERIFY(syncOnce(b));
        QVERIFY(syncOnce(*a));
        QCOMPARE(a->rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QCOMPARE(a->rows(QStringLiteral("cases")).size(), 6);
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_no IN ('330203006-2026-A0001', "
                                         "'330203006-2026-B0001')")),
                 2);
        QCOMPARE(a->sync().state().pendingCount(), 0);
        QCOMPARE(b.sync().state().pendingCount(), 0);
        // The letter outlives a restart of the copy.
        b.reopen();
        QCOMPARE(b.store().deviceLetter(), QLatin1Char('B'));
    }
};

QTEST_GUILESS_MAIN(tst_SyncFiles)
#include "tst_syncfiles.moc"
