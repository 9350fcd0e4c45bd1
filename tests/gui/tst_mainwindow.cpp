// Opens the main window on a demo store and visits every page, as a user would: each page shows real
// data, the language switches at run time, and the case list pages through a big store lazily.

#include "MainWindow.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "i18n/TranslationLoader.h"
#include "models/CaseListModel.h"
#include "models/ReadOnlyTableModel.h"
#include "ListPage.h"
#include "cases/CasesPage.h"
#include "cases/CaseDetailPanel.h"
#include "FigureCard.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TranslationLoader m_translations;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // let pending layouts settle, as on a real screen
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        // Pin "today" to the end of the demo data so the dashboard shows a full month.
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 30), QTime(9, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        DemoOptions options;
        options.endDate = QDate(2026, 10, 31);
        auto summary = DemoGenerator::generate(*m_store, options);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QVERIFY(summary->cases > 1000);
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
    }

    void cleanupTestCase()
    {
        Clock::setFixedNow({});
    }

    void everyPageShowsDataFromTheStore()
    {
        MainWindow window(*m_store, m_translations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), MainWindow::allPages().size());
        for (int i = 0; i < navigation->count(); ++i) {
            const MainWindow::Page page = MainWindow::allPages().at(i);
            navigation->setCurrentRow(i);
            QWidget *current = stack->currentWidget();
            QVERIFY(current);
            QCOMPARE(current->objectName(), MainWindow::pageObjectName(page));
            QVERIFY(current->isVisible());
            if (auto *list = qobject_cast<ListPage *>(current)) {
                QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                QVERIFY2(list->model()->rowCount() > 0, qPrintable(current->objectName()));
                QVERIFY(!list->findChild<QLabel *>(QStringLiteral("pageTitleLabel"))->text().isEmpty());
            }
            screenshot(&window, QStringLiteral("zh-%1").arg(current->objectName()));
        }
        // The status bar says where the data is and that the station works offline.
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("storePathLabel"))->text().contains(m_store->path()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("networkStateLabel"))->text(), QStringLiteral("离线（未设置同步服务器）"));
    }

    void dashboardShowsRatesAsPercentages()
    {
        MainWindow window(*m_store, m_translations);
        window.show();
        window.showPage(MainWindow::Page::Dashboard);
        auto *card = window.findChild<FigureCard *>(QStringLiteral("completionRateCard"));
        QVERIFY(card);
        // The figures are computed in the background: the window stays responsive meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(card->valueText().endsWith(QLatin1Char('%')), 60000);
        auto *visitors = window.findChild<FigureCard *>(QStringLiteral("visitorsCard"));
        QVERIFY(visitors->valueText().toInt() > 0);
    }

    void caseListReadsPageByPage()
    {
        MainWindow window(*m_store, m_translations);
        window.show();
        window.showPage(MainWindow::Page::Cases);
        auto *page = qobject_cast<CasesPage *>(window.pageWidget(MainWindow::Page::Cases));
        QVERIFY(page);
        auto *model = page->listModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The view may have fetched more already to fill the screen; it never reads everything at once.
        QVERIFY(model->rowCount() >= CaseListModel::PageSize);
        QVERIFY(model->rowCount() < 1000);
        const int before = model->rowCount();
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), before + CaseListModel::PageSize);
        // Newest first, no row twice across the page boundary.
        QSet<QString> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.insert(model->rowId(r));
        QCOMPARE(ids.size(), model->rowCount());
        const QString first = model->index(0, CaseListModel::Registered).data().toString();
        const QString last = model->index(model->rowCount() - 1, CaseListModel::Registered).data().toString();
        QVERIFY(first >= last);
    }

    void openingCasesWithAFilterShowsExactlyThose()
    {
        MainWindow window(*m_store, m_translations);
        window.show();
        CaseFilter filter;
        filter.statuses = {QStringLiteral("closed")};
        filter.registeredFrom = QDate(2026, 1, 1);
        window.openCases(filter);
        auto *page = qobject_cast<CasesPage *>(window.pageWidget(MainWindow::Page::Cases));
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->listModel()->filter(), filter);
        QVERIFY(page->listModel()->rowCount() > 0);
        // The date condition has no box of its own: it is named above the list, with a way out.
        auto *more = page->findChild<QLabel *>(QStringLiteral("moreConditionsLabel"));
        QVERIFY(more->isVisible() && more->text().contains(QStringLiteral("2026-01-01")));
        page->findChild<QTableView *>(QStringLiteral("caseListView"))->selectRow(0);
        QVERIFY(!page->detail()->caseId().isEmpty());
        screenshot(&window, QStringLiteral("zh-case-detail"));
        page->findChild<QTabWidget *>(QStringLiteral("casesTabWidget"))->setCurrentIndex(1);
        screenshot(&window, QStringLiteral("zh-supervision-board"));
        for (int r = 0; r < page->listModel()->rowCount(); ++r)
            QVERIFY(page->listModel()->index(r, CaseListModel::Registered).data().toString() >= QStringLiteral("2026-01-01"));
        QCOMPARE(page->listModel()->countMatching(), CaseListModel::countMatching(m_store->db(), m_store->stationId(), filter, Clock::today()));
    }

    void languageSwitchesAtRunTime()
    {
        MainWindow window(*m_store, m_translations);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("接待登记"));
        window.showPage(MainWindow::Page::Settings);
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(TranslationLoader::English));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Reception"));
        window.showPage(MainWindow::Page::Cases);
        auto *page = qobject_cast<CasesPage *>(window.pageWidget(MainWindow::Page::Cases));
        QCOMPARE(page->listModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Case number"));
        for (const MainWindow::Page p : MainWindow::allPages()) {
            window.showPage(p);
            screenshot(&window, QStringLiteral("en-%1").arg(MainWindow::pageObjectName(p)));
        }
        window.showPage(MainWindow::Page::Settings);
        combo->setCurrentIndex(combo->findData(TranslationLoader::Chinese));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("接待登记"));
        QCOMPARE(page->listModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("编号"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
