// The sync screens against a real zhitongche-server over HTTPS on 127.0.0.1 with a CA this test makes:
// enrol through the settings section, a local change reaches the server with "Sync now" (the waiting
// count drops to 0, the status bar says synced), and a conflict another PC caused is shown on the sync
// page and settled with one click, which becomes an outbox mutation of its own.

#include "../unit/TestStore.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "SettingsPage.h"
#include "SyncTestBackend.h"
#include "TestCa.h"
#include "common/Uuid7.h"
#include "domain/DomainText.h"
#include "i18n/TranslationLoader.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncController.h"
#include "sync/SyncClient.h"
#include "sync/SyncPage.h"
#include "sync/SyncSettingsSection.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {
const QString kPassword = QStringLiteral("correct horse 1");

QString newCase(Store &store, const QString &title)
{
    const QString id = Uuid7::generate();
    WriteTransaction tx(store);
    const bool ok = tx.insert(QStringLiteral("cases"), id,
                              {{QStringLiteral("station_id"), store.stationId()},
                               {QStringLiteral("case_no"), QStringLiteral("T-") + id.right(12)},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}})
                    && tx.commit();
    return ok ? id : QString();
}

bool editTitle(Store &store, const QString &id, const QString &title)
{
    WriteTransaction tx(store);
    return tx.update(QStringLiteral("cases"), id, {{QStringLiteral("title"), title}}) && tx.commit();
}

int count(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend; // the screens are tested here, not the back-ends: SQLite unless ZT_SYNC_BACKEND says otherwise
    const TestCa &m_ca = m_backend.ca();
    TranslationLoader m_translations;
    int m_servers = 0;

    template <typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    std::unique_ptr<ServerProcess> startServer(const QString &stationId)
    {
        QString error;
        auto server = m_backend.startStationServer(QStringLiteral("server-%1").arg(++m_servers), stationId, kPassword, &error);
        if (!server)
            qWarning("%s", qPrintable(error));
        return server;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }

    void clockWarningSaysHowFarAndWhichWay()
    {
        SyncStatus status;
        status.state = SyncStatus::State::Synced;
        status.lastSyncedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(SyncController::clockWarning(status).isEmpty()); // nothing known yet
        status.clockOffsetKnown = true;
        status.clockOffsetSeconds = 240; // within the protocol's 5 minutes
        QVERIFY(SyncController::clockWarning(status).isEmpty());
        QVERIFY(!SyncController::describe(status).contains(QStringLiteral("clock")));

        status.clockOffsetSeconds = 3 * 3600 + 100; // the server is ahead: this PC is slow
        // (The English plural forms come from the English translation: "hour" matches either form.)
        const QString slow = SyncController::clockWarning(status);
        QVERIFY2(slow.contains(QStringLiteral("is 3 hour")) && slow.contains(QStringLiteral("behind")), qPrintable(slow));
        const QString line = SyncController::describe(status);
        QVERIFY2(line.contains(QStringLiteral("clock 3 hour")) && line.endsWith(QStringLiteral("slow")), qPrintable(line));
        status.clockOffsetSeconds = -2 * 86400 - 5;
        const QString fast = SyncController::clockWarning(status);
        QVERIFY2(fast.contains(QStringLiteral("is 2 day")) && fast.contains(QStringLiteral("ahead")), qPrintable(fast));
        status.clockOffsetSeconds = -20 * 60;
        const QString brief = SyncController::clockWarning(status, SyncController::Length::Brief);
        QVERIFY2(brief.contains(QStringLiteral("clock 20 minute")) && brief.endsWith(QStringLiteral("fast")), qPrintable(brief));
    }

    void enrolSyncAndResolveAConflict()
    {
        TestStore a;
        auto server = startServer(a.stationId());
        QVERIFY(server);

        MainWindow window(a.store(), m_translations);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *network = child<QLabel>(&window, QStringLiteral("networkStateLabel"));
        auto *pending = child<QLabel>(&window, QStringLiteral("pendingChangesLabel"));
        QTRY_COMPARE(network->text(), QStringLiteral("Offline (no sync server set)"));

        // Enrol through the settings section; the file picker answers with the test CA.
        window.showPage(MainWindow::Page::Settings);
        QWidget *settings = window.pageWidget(MainWindow::Page::Settings);
        auto *section = settings->findChild<SyncSettingsSection *>();
        QVERIFY(section);
        section->setFileChooser([this] { return m_ca.caFile(); });
        child<QLineEdit>(settings, QStringLiteral("syncServerLineEdit"))->setText(server->url());
        QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("caFileBrowseButton")), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(settings, QStringLiteral("caFileLineEdit"))->text(), m_ca.caFile());
        child<QLineEdit>(settings, QStringLiteral("syncUsernameLineEdit"))->setText(QStringLiteral("station6"));
        auto *password = child<QLineEdit>(settings, QStringLiteral("syncPasswordLineEdit"));
        password->setText(kPassword);
        QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("enrolButton")), Qt::LeftButton);
        QVERIFY(password->text().isEmpty()); // never kept
        auto *message = child<QLabel>(settings, QStringLiteral("syncMessageLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("This PC is enrolled as station6."), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(network->text().startsWith(QStringLiteral("Synced at")), 15'000);
        QCOMPARE(count(a.store(), QStringLiteral("SELECT count(*) FROM sync_settings WHERE refresh_token <> ''")), 1);
        screenshot(&window, QStringLiteral("syncui-settings"));

        // A local change waits, then "Sync now" sends it.
        const QString caseId = newCase(a.store(), QStringLiteral("路灯不亮"));
        QVERIFY(!caseId.isEmpty());
        QCOMPARE(pending->text(), QStringLiteral("1 change waiting to sync"));
        auto *syncNow = child<QPushButton>(settings, QStringLiteral("syncNowButton"));
        QTRY_VERIFY(syncNow->isEnabled());
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QStringLiteral("0 changes waiting to sync"), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(network->text().startsWith(QStringLiteral("Synced at")), 15'000);
        QCOMPARE(count(a.store(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'sent')")), 0);

        // Another PC of the station changes the same title first.
        QTemporaryDir otherDir;
        auto openedB = Store::open(otherDir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(openedB.ok());
        Store &b = *openedB.value();
        QVERIFY(b.setUpDevice(a.stationId(), QLatin1Char('B')).ok());
        SyncClient clientB(b);
        QVERIFY(clientB.configure(QUrl(server->url()), m_ca.caFile()).ok());
        QVERIFY(clientB.enrol(QStringLiteral("station6"), kPassword).ok());
        QVERIFY(clientB.syncOnce().ok());
        QVERIFY(editTitle(b, caseId, QStringLiteral("路灯不亮（南门）")));
        QVERIFY(clientB.syncOnce().ok());

        // This PC edits it too, from the version before, and syncs: the server reports a conflict.
        QVERIFY(editTitle(a.store(), caseId, QStringLiteral("路灯不亮（北门）")));
        window.showPage(MainWindow::Page::Sync);
        QWidget *page = window.pageWidget(MainWindow::Page::Sync);
        QVERIFY(qobject_cast<SyncPage *>(page));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("syncPageSyncNowButton")), Qt::LeftButton);
        auto *conflicts = child<QTableWidget>(page, QStringLiteral("conflictTableWidget"));
        QTRY_COMPARE_WITH_TIMEOUT(conflicts->rowCount(), 1, 15'000);
        QVERIFY2(conflicts->item(0, 0)->text().contains(QStringLiteral("路灯不亮")), qPrintable(conflicts->item(0, 0)->text()));
        QCOMPARE(conflicts->item(0, 1)->text(), QStringLiteral("Title"));
        QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("路灯不亮"));
        QCOMPARE(conflicts->item(0, 3)->text(), QStringLiteral("路灯不亮（南门）"));
        QCOMPARE(conflicts->item(0, 4)->text(), QStringLiteral("路灯不亮（北门）"));
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QStringLiteral("0 changes waiting to sync"), 15'000);
        screenshot(&window, QStringLiteral("syncui-conflict"));

        // One click on the value the row does not hold now: that choice becomes a change to send.
        QSqlQuery kind(a.store().db());
        kind.exec(QStringLiteral("SELECT kind FROM sync_conflict"));
        QVERIFY(kind.next());
        const bool serverKept = kind.value(0).toString() == QLatin1String("server_kept");
        kind.finish(); // an open SELECT would pin this connection's snapshot (WAL) and hide later commits
        const QString chosen = serverKept ? QStringLiteral("路灯不亮（北门）") : QStringLiteral("路灯不亮（南门）");
        QWidget *choice = conflicts->cellWidget(0, 5);
        QVERIFY(choice);
        QTest::mouseClick(child<QPushButton>(choice, serverKept ? QStringLiteral("keepMineButton")
                                                                : QStringLiteral("keepTheirsButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QCOMPARE(count(a.store(), QStringLiteral("SELECT count(*) FROM sync_conflict WHERE status = 'resolved'")), 1);
        QSqlQuery outbox(a.store().db());
        outbox.exec(QStringLiteral("SELECT tbl, row_id, fields FROM sync_outbox ORDER BY device_seq DESC LIMIT 1"));
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toString(), QStringLiteral("cases"));
        QCOMPARE(outbox.value(1).toString(), caseId);
        QVERIFY2(outbox.value(2).toString().contains(chosen), qPrintable(outbox.value(2).toString()));
        outbox.finish();

        // The decision reaches the server like any change (the 2 s schedule after a commit, or now).
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("syncPageSyncNowButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(pending->text() == QStringLiteral("0 changes waiting to sync"),
                                  qPrintable(network->text() + QLatin1Char(' ') + pending->text()), 15'000);
        QVERIFY(clientB.syncOnce().ok());
        QSqlQuery title(b.db());
        title.exec(QStringLiteral("SELECT title FROM cases WHERE id = '%1'").arg(caseId));
        QVERIFY(title.next());
        QCOMPARE(title.value(0).toString(), chosen);

        // No server: the status bar says offline, quietly, and the change waits.
        server->stop();
        QVERIFY(!newCase(a.store(), QStringLiteral("井盖松动")).isEmpty());
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("syncPageSyncNowButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(network->text().startsWith(QStringLiteral("Offline")), qPrintable(network->text()),
                                  15'000);
        QCOMPARE(pending->text(), QStringLiteral("1 change waiting to sync"));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
    // A conflict says what it is about in words: the case by its number and title, the field by its
    // label, departments by their names and a status by its word, in the language the user chose. The
    // conflicts are written as the sync client records them (SyncStateRepository: each value a
    // one-element JSON array), so the page needs no server here.
    void conflictListSaysWhatInWords()
    {
        TestStore a;
        const QString caseId = newCase(a.store(), QStringLiteral("路灯不亮"));
        QVERIFY(!caseId.isEmpty());
        const QString housing = Uuid7::generate();
        const QString cityManagement = Uuid7::generate();
        {
            WriteTransaction tx(a.store());
            QVERIFY(tx.insert(QStringLiteral("department"), housing,
                              {{QStringLiteral("station_id"), a.stationId()}, {QStringLiteral("name"), QStringLiteral("区住建局")}}));
            QVERIFY(tx.insert(QStringLiteral("department"), cityManagement,
                              {{QStringLiteral("station_id"), a.stationId()}, {QStringLiteral("name"), QStringLiteral("城管中队")}}));
            QVERIFY(tx.commit());
        }
        QSqlQuery insert(a.store().db());
        insert.prepare(QStringLiteral("INSERT INTO sync_conflict (id, tbl, row_id, field, base_value, server_value, local_value, "
                                      "kind, created_at) VALUES (?, 'cases', ?, ?, ?, ?, ?, 'server_kept', ?)"));
        const QList<QStringList> rows{
            {QStringLiteral("department_id"), QString(), QStringLiteral("[\"%1\"]").arg(housing),
             QStringLiteral("[\"%1\"]").arg(cityManagement)},
            {QStringLiteral("status"), QStringLiteral("[\"registered\"]"), QStringLiteral("[\"assigned\"]"),
             QStringLiteral("[\"not_accepted\"]")}};
        for (int i = 0; i < rows.size(); ++i) {
            insert.addBindValue(Uuid7::generate());
            insert.addBindValue(caseId);
            insert.addBindValue(rows.at(i).at(0));
            insert.addBindValue(rows.at(i).at(1).isEmpty() ? QVariant() : QVariant(rows.at(i).at(1)));
            insert.addBindValue(rows.at(i).at(2));
            insert.addBindValue(rows.at(i).at(3));
            insert.addBindValue(QStringLiteral("2026-11-29T10:0%1:00Z").arg(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }

        MainWindow window(a.store(), m_translations);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Sync);
        QWidget *page = window.pageWidget(MainWindow::Page::Sync);
        auto *conflicts = child<QTableWidget>(page, QStringLiteral("conflictTableWidget"));
        QTRY_COMPARE(conflicts->rowCount(), 2);
        QVERIFY2(conflicts->item(0, 0)->text().contains(QStringLiteral("T-") + caseId.right(12) + QStringLiteral(" 路灯不亮")),
                 qPrintable(conflicts->item(0, 0)->text()));
        QCOMPARE(conflicts->item(0, 1)->text(), QStringLiteral("Department"));
        QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("(empty)"));
        QCOMPARE(conflicts->item(0, 3)->text(), QStringLiteral("区住建局"));
        QCOMPARE(conflicts->item(0, 4)->text(), QStringLiteral("城管中队"));
        QCOMPARE(conflicts->item(1, 1)->text(), QStringLiteral("Status"));
        QCOMPARE(conflicts->item(1, 2)->text(), QStringLiteral("Registered"));
        QCOMPARE(conflicts->item(1, 3)->text(), QStringLiteral("Assigned"));
        QCOMPARE(conflicts->item(1, 4)->text(), QStringLiteral("Not accepted"));
        screenshot(&window, QStringLiteral("syncui-conflict-words-en"));

        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
        QTRY_COMPARE(conflicts->item(0, 1)->text(), QStringLiteral("承办单位"));
        QCOMPARE(conflicts->item(1, 3)->text(), DomainText::caseStatus(QStringLiteral("assigned")));
        QVERIFY(conflicts->item(1, 3)->text() != QStringLiteral("Assigned"));
        screenshot(&window, QStringLiteral("syncui-conflict-words-zh"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }

    // The window closes while its sync thread waits for the server's answer (a line that hangs): the
    // sync stops and the window closes, and the changes still wait. The runner used to close the
    // client and the store under the waiting call (the shutdown is delivered in its nested event loop):
    // the sync thread then read a freed reply and crashed.
    void closingTheWindowMidSyncStopsTheSync()
    {
        TestStore a;
        auto server = startServer(a.stationId());
        QVERIFY(server);
        {
            SyncClient enrolment(a.store());
            QVERIFY(enrolment.configure(QUrl(server->url()), m_ca.caFile()).ok());
            QVERIFY(enrolment.enrol(QStringLiteral("station6"), kPassword).ok());
        }
        QVERIFY(!newCase(a.store(), QStringLiteral("路灯不亮")).isEmpty());
        const int waiting = count(a.store(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'"));
        QVERIFY(waiting > 0);
        // The server's address now leads to a listener that takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        SyncStateRepository state(a.store());
        SyncSettings settings = state.settings();
        settings.serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        QVERIFY(state.saveSettings(settings).ok());

        for (int round = 1; round <= 3; ++round) {
            auto controller = std::make_unique<SyncController>(a.store());
            QTRY_VERIFY_WITH_TIMEOUT(held.size() >= round, 15'000); // the sync thread is waiting for the answer
            QTRY_COMPARE_WITH_TIMEOUT(controller->status().state, SyncStatus::State::Syncing, 15'000);
            QTest::qWait(100);
            controller.reset(); // returns, and the process lives on
        }
        QCOMPARE(count(a.store(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), waiting);
        // The same file syncs again through the real server.
        settings.serverUrl = server->url();
        QVERIFY(state.saveSettings(settings).ok());
        SyncClient again(a.store());
        QVERIFY(again.configureFromSettings().ok());
        auto report = again.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(count(a.store(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), 0);
    }

    void progressBarWhileSendingAndChecksumNoticeOnTheSyncPage()
    {
        TestStore a;
        auto server = startServer(a.stationId());
        QVERIFY(server);
        {
            SyncClient enrolment(a.store());
            QVERIFY(enrolment.configure(QUrl(server->url()), m_ca.caFile()).ok());
            QVERIFY(enrolment.enrol(QStringLiteral("station6"), kPassword).ok());
        }
        // More than one push batch (200) waiting: the first sync sends them with a known total.
        for (int i = 0; i < 450; ++i)
            QVERIFY(!newCase(a.store(), QStringLiteral("问题 %1").arg(i)).isEmpty());

        const int waiting = count(a.store(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'"));
        QVERIFY(waiting > 450);
        struct Seen
        {
            bool barShownWhileSized = true;
            int sizedStatuses = 0;
            QStringList labelsWhileSized;
            QString repairingText;
        } seen;
        {
            MainWindow window(a.store(), m_translations);
            window.resize(1366, 768);
            auto *controller = window.findChild<SyncController *>();
            QVERIFY(controller);
            auto *bar = child<QProgressBar>(&window, QStringLiteral("syncProgressBar"));
            auto *network = child<QLabel>(&window, QStringLiteral("networkStateLabel"));
            // After the window's own slot (connected first) drew the status.
            connect(controller, &SyncController::statusChanged, this, [&](const SyncStatus &status) {
                if (status.state != SyncStatus::State::Syncing || status.progressTotal <= 0)
                    return;
                ++seen.sizedStatuses;
                seen.barShownWhileSized = seen.barShownWhileSized && !bar->isHidden();
                seen.barShownWhileSized = seen.barShownWhileSized && bar->maximum() == status.progressTotal
                                          && bar->value() == status.progressDone;
                seen.labelsWhileSized << network->text();
                const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
                if (seen.sizedStatuses == 1 && !dir.isEmpty())
                    window.grab().save(QDir(dir).filePath(QStringLiteral("syncui-progress.png")));
            });
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY2_WITH_TIMEOUT(network->text().startsWith(QStringLiteral("Synced at")), qPrintable(network->text()),
                                      30'000);
            QVERIFY(seen.sizedStatuses >= 1);
            QVERIFY(seen.barShownWhileSized);
            // The label says what is being done and how far; the bar shows it.
            QVERIFY2(seen.labelsWhileSized.first().startsWith(QStringLiteral("Sending changes: "))
                         && seen.labelsWhileSized.first().endsWith(QStringLiteral(" of %1").arg(waiting)),
                     qPrintable(seen.labelsWhileSized.join(QLatin1Char('|'))));
            // Done: words only.
            QVERIFY(bar->isHidden());
            window.showPage(MainWindow::Page::Sync);
            QVERIFY(child<QLabel>(window.pageWidget(MainWindow::Page::Sync), QStringLiteral("checksumNoticeLabel"))->isHidden());
        }

        // Behind the write path: one station row's version changed (a re-pull fixes it) and a case
        // the server never had (a re-pull cannot take it away).
        QSqlQuery q(a.store().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE station SET sv = sv + 1000")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, station_id, case_no, title, channel, registered_on, hlc, sv) "
                                      "VALUES ('%1', '%2', 'X-1', '来历不明', 'walk_in', '2026-11-20', '0', 424242)")
                           .arg(Uuid7::generate(), a.stationId())));
        q.finish();

        // The next session compares the checksums on its first sync.
        MainWindow window(a.store(), m_translations);
        window.resize(1366, 768);
        window.showPage(MainWindow::Page::Sync);
        QWidget *page = window.pageWidget(MainWindow::Page::Sync);
        auto *notice = child<QLabel>(page, QStringLiteral("checksumNoticeLabel"));
        auto *controller = window.findChild<SyncController *>();
        connect(controller, &SyncController::statusChanged, this, [&](const SyncStatus &status) {
            if (!status.repairingTables.isEmpty() && seen.repairingText.isEmpty())
                seen.repairingText = notice->isHidden() ? QStringLiteral("(hidden)") : notice->text();
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *network = child<QLabel>(&window, QStringLiteral("networkStateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(network->text().startsWith(QStringLiteral("Synced at")), qPrintable(network->text()),
                                  30'000);
        QVERIFY2(seen.repairingText.startsWith(
                     QStringLiteral("These records on this PC differ from the server's and are being received again: ")),
                 qPrintable(seen.repairingText));
        QVERIFY2(seen.repairingText.contains(QStringLiteral("Case")) && seen.repairingText.contains(QStringLiteral("Station")),
                 qPrintable(seen.repairingText));
        QVERIFY(!notice->isHidden());
        QCOMPARE(notice->text(),
                 QStringLiteral("These records on this PC still differ from the server's after they were received again: "
                                "Case. This PC may hold records the server never got; the next check runs tomorrow. If "
                                "this stays, ask the administrator to compare this PC's data file with the server.\n"
                                "These records on this PC differed from the server's; they were received again and now "
                                "match: Station."));
        screenshot(&window, QStringLiteral("syncui-checksum"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
        QTest::qWait(50); // the language change, then the layout it asks for
        screenshot(&window, QStringLiteral("syncui-checksum-zh"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
