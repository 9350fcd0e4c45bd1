#pragma once
// 一图通览: the figures of a period (month, quarter, year, custom) and scope (the station, one point, or
// every station of the district) as cards with the change against the previous period, and the charts
// behind them. Computed off the GUI thread by StatisticsWorker with core's FigureCalculator; clicking a
// bar or slice asks for the case list filtered to those cases.

#include "models/CaseFilter.h"
#include "stats/PeriodStatistics.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace zt {

class ChartAdapter;
class FigureCard;
class StatisticsWorker;
class Store;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }
    // Recomputes for the chosen period and scope (in the background).
    void refresh();
    // The statistics on screen; valid once statisticsShown() was emitted.
    const PeriodStatistics &statistics() const { return m_statistics; }

signals:
    void statisticsShown();
    // The user clicked a bar or slice: show these cases in the case list.
    void openCasesRequested(const zt::CaseFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillScopes();
    void updatePeriodInputs();
    StatsPeriod chosenPeriod() const;
    StatsScope chosenScope() const;
    void showStatistics(const PeriodStatistics &statistics);
    void drillDown(const QString &chartKey, int index, int series);

    Store &m_store;
    QDate m_today;
    StatisticsWorker *m_worker;
    ChartAdapter *m_charts;
    QLabel *m_titleLabel;
    QLabel *m_periodLabel;
    QLabel *m_stateLabel;
    QComboBox *m_periodKindComboBox;
    QSpinBox *m_yearSpinBox;
    QComboBox *m_monthComboBox;
    QComboBox *m_quarterComboBox;
    QDateEdit *m_fromDateEdit;
    QDateEdit *m_toDateEdit;
    QComboBox *m_scopeComboBox;
    QList<FigureCard *> m_cards;
    QHash<QString, QWidget *> m_chartViews;
    QGridLayout *m_chartGrid;
    PeriodStatistics m_statistics;
    bool m_hasStatistics = false;
    bool m_loaded = false;
};

} // namespace zt
