// Case numbers kept unique per station on the server (server/README.md decision 25), end to end
// against the real zhitongche-server over real HTTPS (a CA made by the test), on the back-end named
// by ZT_SYNC_BACKEND (sqlite, or postgresql in a private cluster):
// - a data file copied before its first sync: both PCs register a case with the same number; the
//   first to sync keeps it, the copy (synced with `ztctl sync`) draws a new number with its own
//   letter, keeps the case's id and events, says so on the sync page and in ztctl's output, and
//   every PC converges with no pull stopping on the UNIQUE index; a duplicate the copy had merged
//   into its case stays linked to it on every PC, not to the original's case with the old number;
// - a change of a case's number to one another case of the station has: refused, the number is put
//   back, the pull brings the other case, and a batch that swaps a number to another case is taken;
// - four PCs pushing one number at the same instant to a server on four threads: one keeps it.
// ZT_SCREENSHOT_DIR=/tmp/shots saves the sync page with the notice in Chinese and English.

#include "../gui/Screenshots.h"
#include "Barrier.h"
#include "SyncTestBackend.h"
#include "ServerProcess.h"
#include "StoreRows.h"
#include "TestCa.h"

#include "MainWindow.h"
#include "common/Uuid7.h"
#include "domain/CaseRecord.h"
#include "i18n/TranslationLoader.h"
#include "storage/CaseDetailsReader.h"
#include "storage/CaseRenumbering.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/RefusalReason.h"
#include "sync/SyncClient.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkingDayCalendar.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");

// One PC: its own store file, or a copy of another PC's.
class Client
{
public:
    Client(const QString &stationId, QChar letter, bool createStation, const QString &copyOf = QString())
    {
        if (!copyOf.isEmpty() && !QFile::copy(copyOf, path()))
            qFatal("cannot copy the store");
        open();
        if (createStation) {
            WriteTransaction tx(*m_store);
            if (!tx.insert(QStringLiteral("station"), stationId,
                           {{QStringLiteral("station_id"), stationId}, {QStringLiteral("code"), kStationCode},
                            {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                            {QStringLiteral("division_code"), kStationCode}})
                || !tx.commit())
                qFatal("cannot create station");
        }
        if (copyOf.isEmpty() && !m_store->setUpDevice(stationId, letter))
            qFatal("cannot set up device");
        m_stationId = stationId;
    }
    Store &store() { return *m_store; }
    SyncClient &sync() { return *m_sync; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    void open()
    {
        auto opened = Store::open(path());
        if (!opened)
            qFatal("cannot open store: %s", qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        m_sync = std::make_unique<SyncClient>(*m_store);
    }
    void close()
    {
        m_sync.reset();
        m_store.reset();
    }

    // A case as the reception desk registers it: a number drawn with this PC's letter and serial,
    // and its "registered" event. Returns the case id.
    QString registerCase(const QString &title)
    {
        CaseRecord record;
        record.id = Uuid7::generate();
        record.stationId = m_stationId;
        record.title = title;
        record.citizenName = QStringLiteral("李大伯");
        record.registeredOn = QDate(2026, 11, 27);
        WriteTransaction tx(*m_store);
        if (Status s = CaseRegistration::registerCase(tx, kStationCode, record, QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return {};
        }
        return tx.commit() ? record.id : QString();
    }
    // A case with a number given by hand (an imported ledger's, say).
    QString newCase(const QString &caseNo, const QString &title)
    {
        const QString id = Uuid7::generate();
        WriteTransaction tx(*m_store);
        const bool ok = tx.insert(QStringLiteral("cases"), id,
                                  {{QStringLiteral("station_id"), m_stationId},
                                   {QStringLiteral("case_no"), caseNo},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                   {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                                   {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                        && tx.commit();
        return ok ? id : QString();
    }
    bool setCaseNo(const QString &id, const QString &caseNo)
    {
        WriteTransaction tx(*m_store);
        return tx.update(QStringLiteral("cases"), id, {{QStringLiteral("case_no"), caseNo}}) && tx.commit();
    }
    QString caseNo(const QString &id) const
    {
        QSqlQuery q(m_store->db());
        q.prepare(QStringLiteral("SELECT case_no FROM cases WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QMap<QString, QVariantMap> rows(const QString &table) const { return StoreRows::all(m_store->db(), table); }
    int count(const QString &sql) const { return StoreRows::count(m_store->db(), sql); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncClient> m_sync;
    QString m_stationId;
};

} // namespace

class tst_SyncDuplicateCaseNo : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend;
    const TestCa &m_ca = m_backend.ca();
    int m_databases = 0;
    QString m_stationId = Uuid7::generate();
    TranslationLoader m_translations;

    // A fresh server (its own SQLite file or PostgreSQL database) with station 330203006 and its account.
    std::unique_ptr<ServerProcess> startServer(int threads = 0)
    {
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server_%1").arg(++m_databases));
        if (threads > 0)
            setup.threads = threads;
        auto server = std::make_unique<ServerProcess>(setup);
        const QStringList script{
            QStringLiteral("district add --code 330203 --name 海曙区"),
            QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, m_stationId),
            QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword)};
        QString error;
        if (!SyncTestBackend::runAdminScript(*server, setup, script, &error))
            qWarning("admin script failed: %s", qPrintable(error));
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    bool enrol(Client &client, const QString &url)
    {
        if (Status s = client.sync().configure(QUrl(url), m_ca.caFile()); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        if (Status s = client.sync().enrol(QStringLiteral("station6"), kPassword); !s) {
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

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void copiedDataFileRenumbersItsCase()
    {
        auto server = startServer();
        QVERIFY(server);
        auto a = std::make_unique<Client>(m_stationId, QLatin1Char('A'), true);
        QVERIFY(enrol(*a, server->url()));
        QVERIFY(syncOnce(*a));

        // The data file is copied to a second PC (while the program is closed) before that PC ever syncs.
        a->close();
        Client b(m_stationId, QLatin1Char('A'), false, a->path());
        a->open();
        QVERIFY(a->sync().configureFromSettings());

        // Each registers a citizen's case: the same letter and serial, so the same number on both receipts.
        const QString onA = a->registerCase(QStringLiteral("小区路灯不亮"));
        const QString onB = b.registerCase(QStringLiteral("菜场门口积水"));
        QVERIFY(!onA.isEmpty() && !onB.isEmpty());
        const QString number = a->caseNo(onA);
        QCOMPARE(number, QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(b.caseNo(onB), number);
        // On the copy a second visitor's report of the same problem is merged into its case: the merge
        // event names the number the case has now.
        const QString duplicate = b.registerCase(QStringLiteral("菜场门口又积水了"));
        QVERIFY(!duplicate.isEmpty());
        QVERIFY(CaseWorkflow(b.store(), WorkingDayCalendar::fromResource()).mergeInto(duplicate, onB).ok());

        // The original syncs first and keeps the number.
        QVERIFY(syncOnce(*a));
        QCOMPARE(a->caseNo(onA), number);

        // The copy syncs with ztctl: it becomes a PC of its own with letter B, its case is refused as
        // a duplicate number, renumbered with B and sent again, and ztctl says which number to give.
        b.close();
        QProcess ztctl;
        ztctl.start(QStringLiteral(ZTCTL_PATH), {QStringLiteral("sync"), QStringLiteral("--db"), b.path()});
        QVERIFY(ztctl.waitForFinished(120'000));
        const QString out = QString::fromUtf8(ztctl.readAllStandardOutput());
        QVERIFY2(ztctl.exitCode() == 0, qPrintable(out + QString::fromUtf8(ztctl.readAllStandardError())));
        b.open();
        QCOMPARE(b.store().deviceLetter(), QLatin1Char('B'));
        const QString renumbered = b.caseNo(onB);
        QVERIFY2(renumbered.startsWith(QStringLiteral("330203006-2026-B")), qPrintable(renumbered));
        const QString line = QStringLiteral("Case %1 is now %2: another PC had given out %1. Give the citizen the new number.")
                                 .arg(number, renumbered);
        QVERIFY2(out.contains(line), qPrintable(out));
        // Nothing left as a refusal or waiting: the refusal was settled by the new insert.
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state IN ('rejected', 'pending', 'sent')")), 0);
        const QList<RenumberedCase> notices = CaseRenumbering(b.store()).notices();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().caseId, onB);
        QCOMPARE(notices.first().oldNo, number);
        QCOMPARE(notices.first().newNo, renumbered);
        QCOMPARE(CaseRenumbering(b.store()).caseIdByOldNumber(number), onB);

        // Both PCs converge with the server: two cases with two numbers, each with its own
        // "registered" event (the copy's case kept its id, so its event still belongs to it).
        QVERIFY(b.sync().configureFromSettings());
        QVERIFY(syncOnce(*a));
        QVERIFY(syncOnce(b));
        QCOMPARE(a->rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
        QCOMPARE(a->rows(QStringLiteral("case_event")), b.rows(QStringLiteral("case_event")));
        QCOMPARE(a->caseNo(onA), number);
        QCOMPARE(a->caseNo(onB), renumbered);
        // Its timeline, on every PC, says which number it had (a synced event); the original, which never
        // renumbered anything itself, finds the case by its old number through that event.
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM case_event WHERE case_id = '%1'").arg(onB)), 2);
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM case_event WHERE case_id = '%1' AND kind = 'renumbered' "
                                         "AND note = '%2 → %3'").arg(onB, number, renumbered)),
                 1);
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM case_renumbered")), 0);
        // The duplicate merged on the copy points at the renumbered case on every PC, though the original
        // holds its own case under the number the merge named (decision 25 (4)).
        for (Client *pc : {a.get(), &b}) {
            const auto details = CaseDetailsReader(pc->store()).load(duplicate);
            QVERIFY(details);
            QCOMPARE(details->related.size(), 1);
            QCOMPARE(details->related.first().id, onB);
            QCOMPARE(details->related.first().caseNo, renumbered);
            int merges = 0;
            for (const CaseDetails::TimelineEntry &entry : details->timeline)
                merges += entry.event.kind == QLatin1String("merged") ? 1 : 0;
            QCOMPARE(merges, 1);
            const auto target = CaseDetailsReader(pc->store()).load(onB);
            QVERIFY(target);
            QCOMPARE(target->related.size(), 1);
            QCOMPARE(target->related.first().id, duplicate);
            const auto original = CaseDetailsReader(pc->store()).load(onA);
            QVERIFY(original);
            QVERIFY(original->related.isEmpty());
        }
        QCOMPARE(CaseRenumbering(a->store()).caseIdByOldNumber(number), onB);
        QCOMPARE(a->sync().state().pendingCount(), 0);
        QCOMPARE(a->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'rejected'")), 0);
        // The daily comparison agrees too.
        SyncReport checked;
        QVERIFY(a->sync().verify(checked));
        QVERIFY2(checked.mismatchedTables.isEmpty(), qPrintable(checked.mismatchedTables.join(QLatin1Char(','))));

        // The copy's sync page says which number to give the citizen, until dismissed.
        {
            MainWindow window(b.store(), m_translations);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::Sync);
            QWidget *page = window.pageWidget(MainWindow::Page::Sync);
            auto *notice = page->findChild<QLabel *>(QStringLiteral("renumberedNoticeLabel"));
            auto *dismiss = page->findChild<QPushButton *>(QStringLiteral("dismissRenumberedButton"));
            QVERIFY(notice && dismiss);
            QTRY_VERIFY(notice->isVisible());
            QCOMPARE(notice->text(), line);
            QVERIFY(dismiss->isVisible());
            saveScreenshots(window, QStringLiteral("sync-renumbered"));
            QVERIFY(m_translations.setLanguage(TranslationLoader::English));
            dismiss->click();
            QVERIFY(!notice->isVisible());
            QVERIFY(CaseRenumbering(b.store()).notices().isEmpty());
        }
    }

    void caseNumberEditToATakenNumberIsRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        Client a(m_stationId, QLatin1Char('A'), true);
        QVERIFY(enrol(a, server->url()));
        QVERIFY(syncOnce(a));
        Client b(m_stationId, QLatin1Char('B'), false);
        QVERIFY(enrol(b, server->url()));
        QVERIFY(syncOnce(b));

        // Two cases with numbers from an imported ledger, one from each PC.
        const QString first = a.newCase(QStringLiteral("台账-0001"), QStringLiteral("楼道堆物"));
        QVERIFY(syncOnce(a));
        const QString second = b.newCase(QStringLiteral("台账-0002"), QStringLiteral("噪音扰民"));
        QVERIFY(syncOnce(b));

        // A, before it has pulled B's case, changes its case's number to B's: the server refuses it,
        // A puts the number back, and the pull that brings B's case does not stop on the number.
        QVERIFY(a.setCaseNo(first, QStringLiteral("台账-0002")));
        auto report = syncOnce(a);
        QVERIFY(report);
        QCOMPARE(report->rejected, 1);
        QVERIFY(report->renumberedCases.isEmpty());
        QCOMPARE(a.caseNo(first), QStringLiteral("台账-0001"));
        QCOMPARE(a.caseNo(second), QStringLiteral("台账-0002"));
        // The refusal stays listed, in words.
        QSqlQuery q(a.store().db());
        QVERIFY(q.exec(QStringLiteral("SELECT last_error FROM sync_outbox WHERE state = 'rejected'")));
        QVERIFY(q.next());
        QCOMPARE(RefusalReason::code(q.value(0).toString()), QStringLiteral("duplicate_case_no"));
        QCOMPARE(RefusalReason::describe(q.value(0).toString()),
                 QStringLiteral("Another case of this station already has this case number, so the number was not changed."));
        q.finish();
        QVERIFY(syncOnce(b));
        QVERIFY(syncOnce(a));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));

        // One batch that gives a number up and hands it to a new case is taken whole: the server
        // sees the batch's own earlier change, not only what it has stored.
        QVERIFY(a.setCaseNo(first, QStringLiteral("台账-0003")));
        const QString third = a.newCase(QStringLiteral("台账-0001"), QStringLiteral("占道经营"));
        report = syncOnce(a);
        QVERIFY(report);
        QCOMPARE(report->rejected, 0);
        QVERIFY(syncOnce(b));
        QCOMPARE(b.caseNo(first), QStringLiteral("台账-0003"));
        QCOMPARE(b.caseNo(third), QStringLiteral("台账-0001"));
        QCOMPARE(a.rows(QStringLiteral("cases")), b.rows(QStringLiteral("cases")));
    }

    void pcsPushingOneNumberAtOnce()
    {
        // Four PCs of the station, each with its own letter, register a case under the same number
        // (a ledger's, typed in on each) and sync at the same instant against a server answering on
        // four threads: one keeps the number, the three others are renumbered with their letters.
        constexpr int pcs = 4;
        auto server = startServer(4);
        QVERIFY(server);
        const QString url = server->url();
        const QString caFile = m_ca.caFile();
        const QString stationId = m_stationId;
        Barrier barrier(pcs);
        struct Outcome
        {
            bool ok = true;
            QString error;
            int renumbered = 0;
            QString caseId;
            QMap<QString, QVariantMap> cases;
        };
        std::vector<Outcome> outcomes(pcs);
        auto runPc = [&](int i) {
            Outcome &o = outcomes[size_t(i)];
            auto fail = [&o](const QString &why) {
                if (o.ok)
                    o.error = why;
                o.ok = false;
            };
            Client pc(stationId, QLatin1Char(char('A' + i)), i == 0);
            if (!pc.sync().configure(QUrl(url), caFile) || !pc.sync().enrol(QStringLiteral("station6"), kPassword))
                fail(QStringLiteral("enrol"));
            if (i == 0 && !pc.sync().syncOnce())
                fail(QStringLiteral("first sync"));
            barrier.arriveAndWait();
            if (i != 0 && !pc.sync().syncOnce())
                fail(QStringLiteral("station pull"));
            o.caseId = pc.newCase(QStringLiteral("台账-0009"), QStringLiteral("同号案件 %1").arg(i));
            barrier.arriveAndWait();
            auto burst = pc.sync().syncOnce();
            if (!burst)
                fail(burst.error().message);
            else
                o.renumbered = int(burst->renumberedCases.size());
            barrier.arriveAndWait();
            // Two more rounds, one PC after another, so every PC has pulled every other's final row.
            for (int round = 0; round < 2; ++round)
                for (int turn = 0; turn < pcs; ++turn) {
                    if (turn == i && !pc.sync().syncOnce())
                        fail(QStringLiteral("round %1").arg(round));
                    barrier.arriveAndWait();
                }
            o.cases = pc.rows(QStringLiteral("cases"));
            if (pc.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state IN ('rejected', 'pending', 'sent')")) != 0)
                fail(QStringLiteral("outbox not empty"));
        };
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < pcs; ++i) {
            threads.emplace_back(QThread::create(runPc, i));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(240'000));
        int renumbered = 0;
        for (const Outcome &o : outcomes) {
            QVERIFY2(o.ok, qPrintable(o.error));
            renumbered += o.renumbered;
            QCOMPARE(o.cases, outcomes.front().cases);
        }
        QCOMPARE(renumbered, pcs - 1);
        QSet<QString> numbers;
        int kept = 0;
        for (const QVariantMap &row : outcomes.front().cases) {
            numbers.insert(row.value(QStringLiteral("case_no")).toString());
            kept += row.value(QStringLiteral("case_no")).toString() == QStringLiteral("台账-0009") ? 1 : 0;
        }
        QCOMPARE(outcomes.front().cases.size(), pcs);
        QCOMPARE(numbers.size(), pcs);
        QCOMPARE(kept, 1);
    }
};

QTEST_MAIN(tst_SyncDuplicateCaseNo)
#include "tst_syncduplicatecaseno.moc"
