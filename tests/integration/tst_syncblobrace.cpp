// The same attachment uploaded by several PCs at the same instant, over real HTTPS, against a server
// answering on several threads, SQLite or PostgreSQL (ZT_SYNC_BACKEND). Three PCs of one station hold
// the same 8 MiB voice note (each attached it to its own case) and send it in small chunks at once.
// Every PC must end well (no "did not make progress", no 5xx), every PC's queue must say the server
// has it, the server must hold exactly those bytes under the hash, and no partial upload may be left.
// Before decision 23 the three shared one partial file per account and pushed each other back with
// `409 {offset}` until a PC gave up; a finish could also meet the other's rename.

#include "SyncTestBackend.h"
#include "ServerProcess.h"
#include "TestCa.h"

#include "common/Uuid7.h"
#include "storage/AttachmentRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "sync/BlobSync.h"
#include "sync/SyncClient.h"
#include "workflow/AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");
constexpr int kPcs = 3;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_SyncBlobRace : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();

    // One PC set up on the test's thread: store, device, enrolment, a case with the note attached,
    // rows synced. Returns the store path (closed again, so a worker thread can open it).
    QString preparePc(int index, const QString &stationId, const QString &url, const QByteArray &note, QString *sha)
    {
        const QString path = m_backend.filePath(QStringLiteral("pc%1/store.sqlite").arg(index));
        QDir().mkpath(QFileInfo(path).path());
        auto opened = Store::open(path);
        if (!opened)
            return {};
        Store &store = *opened.value();
        if (index == 0) {
            WriteTransaction tx(store);
            if (!tx.insert(QStringLiteral("station"), stationId,
                           {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), kStationCode},
                            {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                            {QStringLiteral("division_code"), kStationCode}})
                || !tx.commit())
                return {};
        }
        if (!store.setUpDevice(stationId, QChar(QLatin1Char('A').unicode() + index)))
            return {};
        SyncClient sync(store);
        if (!sync.configure(QUrl(url), m_ca.caFile()) || !sync.enrol(QStringLiteral("station6"), kPassword))
            return {};
        if (!sync.pull()) // the station row, for the PCs after the first
            return {};
        const QString caseId = Uuid7::generate();
        {
            WriteTransaction tx(store);
            if (!tx.insert(QStringLiteral("cases"), caseId,
                           {{QStringLiteral("station_id"), stationId},
                            {QStringLiteral("case_no"), QStringLiteral("T-%1").arg(index)},
                            {QStringLiteral("title"), QStringLiteral("同一段语音 %1").arg(index)},
                            {QStringLiteral("channel"), QStringLiteral("walk_in")},
                            {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                            {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                || !tx.commit())
                return {};
        }
        const QString source = QFileInfo(path).dir().filePath(QStringLiteral("留言.m4a"));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(note) != note.size())
            return {};
        f.close();
        auto imported = AttachmentStore(store).importFile(source);
        if (!imported)
            return {};
        Attachment a = imported.value();
        a.stationId = stationId;
        a.ownerTable = QStringLiteral("cases");
        a.ownerId = caseId;
        WriteTransaction tx(store);
        if (!AttachmentRepository(store).insert(tx, a) || !tx.commit())
            return {};
        *sha = a.sha256;
        // The row goes to the server and comes back with its version (an upload waits for that);
        // the bytes not yet: they race below.
        if (!sync.push() || !sync.pull())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void threePcsUploadingTheSameNoteAtOnceAllEndWell()
    {
        const QString stationId = Uuid7::generate();
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server"));
        setup.threads = 4; // more threads than this machine's cores: the uploads really overlap
        ServerProcess server(setup);
        QString error;
        QVERIFY2(SyncTestBackend::runAdminScript(
                     server, setup,
                     {QStringLiteral("district add --code 330203 --name 海曙区"),
                      QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, stationId),
                      QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword)},
                     &error),
                 qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        const QByteArray note = randomBytes(8LL * 1024 * 1024, 21);
        QStringList paths;
        QString sha;
        for (int i = 0; i < kPcs; ++i) {
            paths << preparePc(i, stationId, server.url(), note, &sha);
            QVERIFY2(!paths.last().isEmpty(), qPrintable(QStringLiteral("PC %1 could not be set up").arg(i)));
        }
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(note, QCryptographicHash::Sha256).toHex()), sha);

        // All PCs start their upload at the same instant, each on its own thread with its own store.
        QStringList errors(kPcs);
        QList<QString> queueStates(kPcs);
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kPcs; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto opened = Store::open(paths.at(i));
                if (!opened) {
                    errors[i] = opened.error().message;
                    ready.release();
                    return;
                }
                SyncClient sync(*opened.value());
                if (Status s = sync.configureFromSettings(); !s)
                    errors[i] = s.error().message;
                BlobSync blobs(*opened.value(), sync);
                blobs.setChunkBytes(256 * 1024); // 32 chunks each: many chances to meet on the server
                ready.release();
                go.acquire();
                if (errors.at(i).isEmpty()) {
                    auto sent = blobs.uploadAll();
                    if (!sent)
                        errors[i] = QStringLiteral("%1 (%2)").arg(sent.error().message, sent.error().code);
                }
                QSqlQuery q(opened.value()->db());
                q.prepare(QStringLiteral("SELECT state || ' ' || last_error FROM blob_queue WHERE sha256 = ?"));
                q.addBindValue(sha);
                if (q.exec() && q.next())
                    queueStates[i] = q.value(0).toString().trimmed();
            }));
            threads.back()->start();
        }
        ready.acquire(kPcs);
        go.release(kPcs);
        for (auto &t : threads)
            QVERIFY(t->wait(240'000));

        for (int i = 0; i < kPcs; ++i) {
            QVERIFY2(errors.at(i).isEmpty(), qPrintable(QStringLiteral("PC %1: %2").arg(i).arg(errors.at(i))));
            QCOMPARE(queueStates.at(i), QStringLiteral("done"));
        }
        // The server holds the note whole under its hash, and nothing half-written is left behind.
        const QDir blobs(QFileInfo(server.configFile()).dir().filePath(QStringLiteral("blobs")));
        QVERIFY(readAll(blobs.filePath(sha.left(2) + QLatin1Char('/') + sha)) == note);
        QCOMPARE(QDir(blobs.filePath(QStringLiteral("partial"))).entryList(QDir::Files), QStringList());
        // No request got a server error, and the uploads did overlap: one after the other, the later
        // PCs' HEAD would have found the note stored and only one PC would have sent its 32 chunks.
        int chunksTaken = 0;
        for (const QString &line : server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(o.value(QStringLiteral("event")).toString() != QLatin1String("blob.io_error"), qPrintable(line));
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("request")
                && o.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/blobs/"))) {
                QVERIFY2(o.value(QStringLiteral("status")).toInt() < 500, qPrintable(line));
                if (o.value(QStringLiteral("bytes_in")).toInteger() > 0 && o.value(QStringLiteral("status")).toInt() < 300)
                    ++chunksTaken;
            }
        }
        qInfo("%d chunks taken for a note of 32 chunks sent by %d PCs at once", chunksTaken, kPcs);
        QVERIFY2(chunksTaken > 32, qPrintable(QString::number(chunksTaken)));

        // A fourth PC downloads exactly these bytes.
        const QString fourth = m_backend.filePath(QStringLiteral("pc3/store.sqlite"));
        QDir().mkpath(QFileInfo(fourth).path());
        auto opened = Store::open(fourth);
        QVERIFY(opened);
        QVERIFY(opened.value()->setUpDevice(stationId, QLatin1Char('D')));
        SyncClient sync(*opened.value());
        QVERIFY(sync.configure(QUrl(server.url()), m_ca.caFile()));
        QVERIFY(sync.enrol(QStringLiteral("station6"), kPassword));
        auto synced = sync.syncOnce();
        QVERIFY2(synced, synced ? "" : qPrintable(synced.error().message));
        QVERIFY(readAll(AttachmentStore(*opened.value()).pathFor(sha)) == note);
    }
};

QTEST_GUILESS_MAIN(tst_SyncBlobRace)
#include "tst_syncblobrace.moc"
