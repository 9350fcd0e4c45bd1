// The dashboard on a demo store: the cards show exactly the numbers core computes (the same as on
// paper), the period and scope pickers recompute in the background, the charts are there, and
// clicking a bar asks for the case list filtered to exactly the cases behind the bar.
// Screenshots (Chinese and English) go to $ZT_SCREENSHOT_DIR when it is set.

#include "ChartAdapter.h"
#include "FigureCard.h"
#include "common/Clock.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "i18n/TranslationLoader.h"
#include "models/CaseListModel.h"
#include "cases/CasesPage.h"
#include "stats/ChartDataBuilder.h"
#include "stats/FigureCalculator.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

Q_DECLARE_METATYPE(zt::CaseFilter)

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TranslationLoader m_translations;
    const QDate m_today{2026, 11, 15};

    static QString cardValue(QWidget &page, const char *name)
    {
        auto *card = page.findChild<FigureCard *>(QString::fromLatin1(name));
        return card ? card->valueText() : QString();
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<zt::CaseFilter>();
        Clock::setFixedNow(QDateTime(m_today, QTime(9, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        DemoOptions options;
        options.endDate = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator::generate(*m_store, options).ok());
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
    }

    void cleanupTestCase() { Clock::setFixedNow({}); }

    void cardsShowCoresFiguresAndFollowThePickers()
    {
        DashboardPage page(*m_store);
        page.resize(1366, 700);
        QSignalSpy shown(&page, &DashboardPage::statisticsShown);
        page.show();
        QVERIFY(shown.wait(60000));
        const FigureCalculator calc(m_store->db(), WorkingDayCalendar::fromStore(m_store->db()));
        const PeriodFigures nov = calc.figures(StatsScope::station(m_store->stationId()), StatsPeriod::month(2026, 11), m_today);
        QCOMPARE(page.statistics().period, StatsPeriod::month(2026, 11));
        QCOMPARE(cardValue(page, "visitorsCard"), QString::number(nov.visitors));

        // October: a full month of the demo station.
        page.findChild<QComboBox *>(QStringLiteral("monthComboBox"))->setCurrentIndex(9);
        QVERIFY(shown.wait(60000));
        const PeriodFigures oct = calc.figures(StatsScope::station(m_store->stationId()), StatsPeriod::month(2026, 10), m_today);
        QVERIFY(oct.raised > 0);
        QCOMPARE(cardValue(page, "raisedCard"), QString::number(oct.raised));
        QCOMPARE(cardValue(page, "completionRateCard"), PeriodFigures::percent(oct.completionRate()));
        QCOMPARE(cardValue(page, "satisfactionRateCard"), PeriodFigures::percent(oct.satisfactionRate()));
        QCOMPARE(cardValue(page, "onTimeReplyRateCard"), PeriodFigures::percent(oct.onTimeReplyRate()));
        QCOMPARE(cardValue(page, "averageReplyDaysCard"), PeriodFigures::days(oct.averageReplyDays()));
        QCOMPARE(cardValue(page, "concentrationCard"), PeriodFigures::percent(oct.concentration()));
        for (const char *chart : {"trendChartView", "categoriesChartView", "communitiesChartView", "reply_timesChartView",
                                  "satisfactionChartView", "deputiesChartView", "pointsChartView"})
            QVERIFY2(page.findChild<QWidget *>(QString::fromLatin1(chart)), chart);
        screenshot(&page, QStringLiteral("zh-dashboard-month"));

        // The year 2026.
        page.findChild<QComboBox *>(QStringLiteral("periodKindComboBox"))->setCurrentIndex(2);
        QVERIFY(shown.wait(60000));
        const PeriodFigures year = calc.figures(StatsScope::station(m_store->stationId()), StatsPeriod::year(2026), m_today);
        QCOMPARE(cardValue(page, "raisedCard"), QString::number(year.raised));
        QCOMPARE(page.statistics().monthly.size(), 11); // up to November 15
        screenshot(&page, QStringLiteral("zh-dashboard-year"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
        QCoreApplication::processEvents();
        screenshot(&page, QStringLiteral("en-dashboard-year"));
        QVERIFY(m_translations.setLanguage(TranslationLoader::Chinese));
    }

    void clickingABarOpensExactlyThoseCases()
    {
        DashboardPage page(*m_store);
        QSignalSpy shown(&page, &DashboardPage::statisticsShown);
        page.show();
        QVERIFY(shown.wait(60000));
        page.findChild<QComboBox *>(QStringLiteral("monthComboBox"))->setCurrentIndex(9);
        QVERIFY(shown.wait(60000));
        const PeriodStatistics &s = page.statistics();
        QVERIFY(!s.byCategory.isEmpty());
        QSignalSpy open(&page, &DashboardPage::openCasesRequested);
        auto *adapter = page.findChild<ChartAdapter *>();
        QVERIFY(adapter);
        // The largest category's "raised" bar, then its "solved" bar.
        emit adapter->activated(QStringLiteral("categories"), 0, 0);
        QCOMPARE(open.size(), 1);
        CaseFilter filter = open.at(0).at(0).value<CaseFilter>();
        QCOMPARE(filter.categoryId, s.byCategory.at(0).key);
        QCOMPARE(CaseListModel::countMatching(m_store->db(), m_store->stationId(), filter, m_today), s.byCategory.at(0).raised);
        emit adapter->activated(QStringLiteral("categories"), 0, 1);
        filter = open.at(1).at(0).value<CaseFilter>();
        QCOMPARE(CaseListModel::countMatching(m_store->db(), m_store->stationId(), filter, m_today), s.byCategory.at(0).solved);
        // A month of the trend.
        emit adapter->activated(QStringLiteral("trend"), 0, 1);
        filter = open.at(2).at(0).value<CaseFilter>();
        QCOMPARE(CaseListModel::countMatching(m_store->db(), m_store->stationId(), filter, m_today), s.monthly.at(0).raised);
    }

    // What the user sees: the case list opened by each kind of bar holds as many rows as the bar says,
    // also after the filter bar took the filter over (its status box must not narrow it).
    void theCaseListShowsTheNumberOnEveryKindOfBar()
    {
        DashboardPage page(*m_store);
        page.setToday(m_today);
        QSignalSpy shown(&page, &DashboardPage::statisticsShown);
        page.show();
        QVERIFY(shown.wait(60000));
        page.findChild<QComboBox *>(QStringLiteral("monthComboBox"))->setCurrentIndex(9);
        QVERIFY(shown.wait(60000));
        const PeriodStatistics s = page.statistics();
        QSignalSpy open(&page, &DashboardPage::openCasesRequested);
        auto *adapter = page.findChild<ChartAdapter *>();
        CasesPage cases(*m_store);
        cases.show();
        auto *view = cases.findChild<QTableView *>(QStringLiteral("caseListView"));
        QVERIFY(view);
        const auto rowsShown = [&] {
            QAbstractItemModel *model = view->model();
            while (model->canFetchMore({}))
                model->fetchMore({});
            return qint64(model->rowCount());
        };
        struct Bar
        {
            ChartData chart;
            int index;
            int series;
        };
        const QList<Bar> bars{{ChartDataBuilder::communities(s), 0, 0}, {ChartDataBuilder::communities(s), 1, 1},
                              {ChartDataBuilder::satisfaction(s), 0, 0}, {ChartDataBuilder::satisfaction(s), 1, 0},
                              {ChartDataBuilder::replyTimes(s), 0, 0},   {ChartDataBuilder::replyTimes(s), 1, 0},
                              {ChartDataBuilder::deputies(s), 0, 1},     {ChartDataBuilder::points(s), 0, 0},
                              {ChartDataBuilder::trend(s), 11, 1},       {ChartDataBuilder::categories(s), 0, 1}};
        int opened = 0;
        for (const Bar &bar : bars) {
            const qint64 onBar = qint64(bar.chart.series.at(bar.series).values.value(bar.index));
            emit adapter->activated(bar.chart.key, bar.index, bar.series);
            if (open.size() == opened)
                continue; // a bar no condition can name ("the station itself")
            cases.showFiltered(open.at(opened++).at(0).value<CaseFilter>());
            QCoreApplication::processEvents();
            QVERIFY2(onBar > 0 || bar.chart.key == QLatin1String("reply_times"), qPrintable(bar.chart.key));
            QCOMPARE(rowsShown(), onBar);
        }
        QVERIFY(opened >= 8);
        // The conditions the bar has no box for are named above the list.
        auto *more = cases.findChild<QLabel *>(QStringLiteral("moreConditionsLabel"));
        QVERIFY(more && !more->text().isEmpty());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
