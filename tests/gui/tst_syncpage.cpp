// The sync page on the demo store, whose outbox holds every change of two years of work (~25,000):
// what waits is one line per kind of record with its count and newest change, a kind opens to a
// page of its newest changes with "show more", each change the server refused is listed on its
// own with its reason in words, and the red clock line says what to do. 1366x768, offscreen;
// ZT_SCREENSHOT_DIR=/tmp/shots saves the page in Chinese and English.

#include "MainWindow.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "i18n/TranslationLoader.h"
#include "domain/DomainText.h"
#include "storage/Store.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zt;

class tst_SyncPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TranslationLoader m_translations;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_store->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 30), QTime(9, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        DemoOptions options;
        options.endDate = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator::generate(*m_store, options).ok());
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
        // Two changes the server refused, as a push answer records them.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = 'row_deleted: the record "
                                      "was deleted on another device and is gone from the server' WHERE device_seq = "
                                      "(SELECT max(device_seq) FROM sync_outbox WHERE tbl = 'cases')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = 'out_of_scope: the row''s "
                                      "station is not yours' WHERE device_seq = "
                                      "(SELECT max(device_seq) FROM sync_outbox WHERE tbl = 'visitor')")));
    }

    void cleanupTestCase() { Clock::setFixedNow({}); }

    void waitingChangesAreGroupedByKind()
    {
        const qint64 waiting = scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'sent')"));
        QVERIFY2(waiting > 10'000, qPrintable(QString::number(waiting)));
        MainWindow window(*m_store, m_translations);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer shown;
        shown.start();
        window.showPage(MainWindow::Page::Sync);
        QWidget *page = window.pageWidget(MainWindow::Page::Sync);
        auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("waitingTreeWidget"));
        QVERIFY(tree);
        qInfo("sync page with %lld waiting changes shown in %lld ms", waiting, shown.elapsed());

        // One line per kind; the counts add up to what waits and each equals its kind's changes.
        const qint64 kinds = scalar(QStringLiteral("SELECT count(DISTINCT tbl) FROM sync_outbox WHERE state IN ('pending', 'sent')"));
        QCOMPARE(qint64(tree->topLevelItemCount()), kinds);
        qint64 sum = 0;
        QTreeWidgetItem *cases = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            const QString table = item->data(0, Qt::UserRole).toString();
            const qint64 count = QLocale().toLongLong(item->text(1));
            QCOMPARE(count, scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'sent') "
                                                  "AND tbl = '%1'").arg(table)));
            QCOMPARE(item->text(0), DomainText::recordKind(table));
            QVERIFY2(!item->text(2).isEmpty(), qPrintable(table)); // the newest change's time
            QCOMPARE(item->childCount(), 0);                       // nothing listed until opened
            sum += count;
            if (table == QLatin1String("cases"))
                cases = item;
        }
        QCOMPARE(sum, waiting);
        QVERIFY(cases);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("outboxLabel"))->text().contains(QLocale().toString(waiting)));

        // Opening a kind lists a page of its newest changes and a line to show more.
        cases->setExpanded(true);
        const qint64 caseCount = cases->data(1, Qt::UserRole).toLongLong();
        QVERIFY(caseCount > 200);
        QCOMPARE(cases->childCount(), 101);
        // A case is named by its number and title, as the case list shows it.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\S+ 330203006-\\d{4}-[A-Z]\\d{4} \\S")).match(cases->child(0)->text(0)).hasMatch(),
                 qPrintable(cases->child(0)->text(0)));
        QVERIFY(cases->child(100)->text(0).startsWith(QStringLiteral("Show 100 more")));
        emit tree->itemActivated(cases->child(100), 0);
        QCOMPARE(cases->childCount(), 201);
        // Still open after the page refreshes (a commit, a sync status).
        emit window.findChild<SyncController *>()->statusChanged(window.findChild<SyncController *>()->status());
        cases = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("cases"))
                cases = tree->topLevelItem(i);
        QVERIFY(cases && cases->isExpanded());
        QCOMPARE(cases->childCount(), 101);

        // The refused changes, one line each, with the reason in words.
        auto *refused = page->findChild<QTableWidget *>(QStringLiteral("refusedTableWidget"));
        QVERIFY(refused && refused->isVisible());
        QCOMPARE(refused->rowCount(), 2);
        QStringList reasons;
        for (int row = 0; row < refused->rowCount(); ++row)
            reasons << refused->item(row, 3)->text();
        QVERIFY2(reasons.contains(QStringLiteral("The record was deleted on another PC, so this change could not be kept.")),
                 qPrintable(reasons.join(QLatin1Char('|'))));
        QVERIFY(reasons.last().startsWith(QStringLiteral("The record belongs to another station now")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("refusedLabel"))->text().startsWith(QStringLiteral("Refused by the server: 2 change")));

        // The PC's clock three hours behind the server's: the red line asks to set it.
        SyncStatus status = window.findChild<SyncController *>()->status();
        status.clockOffsetKnown = true;
        status.clockOffsetSeconds = 3 * 3600 + 120;
        emit window.findChild<SyncController *>()->statusChanged(status);
        auto *clock = page->findChild<QLabel *>(QStringLiteral("clockWarningLabel"));
        QVERIFY(clock->isVisible());
        QVERIFY2(clock->text().contains(QStringLiteral("3 hours")), qPrintable(clock->text()));
        // Nothing is cut off at 1366x768: the line is as tall as its wrapped text needs.
        QVERIFY(clock->height() >= clock->heightForWidth(clock->width()));
        QVERIFY(clock->geometry().bottom() < tree->geometry().top());
        // The page was rebuilt by the status: find the (still open) kind again for the picture.
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("cases"))
                cases = tree->topLevelItem(i);
        QVERIFY(cases->isExpanded());
        cases->child(3)->setSelected(true);
        // A picture in each language with the clock line (a language change redraws the page from
        // the controller's own status, so the test's status is shown again after it).
        if (const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            for (const QString &language : {TranslationLoader::Chinese, TranslationLoader::English}) {
                m_translations.setLanguage(language);
                QCoreApplication::processEvents(); // the posted language change redraws the page
                emit window.findChild<SyncController *>()->statusChanged(status);
                QCoreApplication::processEvents();
                window.grab().save(QDir(dir).filePath(QStringLiteral("syncpage-%1.png").arg(language)));
            }
        }

        // Everything sent but the two refusals: no list of waiting kinds, the refusals stay, and
        // the lines keep together at the top of the page.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'done' WHERE state IN ('pending', 'sent')")));
        emit window.findChild<SyncController *>()->statusChanged(status);
        QCoreApplication::processEvents();
        QVERIFY(tree->isHidden());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("outboxLabel"))->text(),
                 QStringLiteral("Nothing is waiting to be sent to the server."));
        QVERIFY(refused->isVisible());
        QCOMPARE(refused->rowCount(), 2);
        const QLabel *noConflicts = page->findChild<QLabel *>(QStringLiteral("conflictLabel"));
        QVERIFY2(noConflicts->geometry().top() - refused->geometry().bottom() < 40,
                 qPrintable(QStringLiteral("%1 %2").arg(noConflicts->geometry().top()).arg(refused->geometry().bottom())));
        if (const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("syncpage-nothing-waiting.png")));
    }
};

QTEST_MAIN(tst_SyncPage)
#include "tst_syncpage.moc"
