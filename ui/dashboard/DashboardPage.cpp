#include "dashboard/DashboardPage.h"

#include "ChartAdapter.h"
#include "FigureCard.h"
#include "StatisticsWorker.h"
#include "common/Clock.h"
#include "domain/Codes.h"
#include "stats/ChartDataBuilder.h"
#include "stats/ChartDrillDown.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zt {

namespace {

enum PeriodKindIndex { MonthIndex, QuarterIndex, YearIndex, CustomIndex };

QString countChange(qint64 now, qint64 before, const QString &period)
{
    if (now == before)
        return DashboardPage::tr("Same as the %1 (%2)").arg(period).arg(before);
    return now > before ? DashboardPage::tr("Up %1 from the %2 (%3)").arg(now - before).arg(period).arg(before)
                        : DashboardPage::tr("Down %1 from the %2 (%3)").arg(before - now).arg(period).arg(before);
}

QString rateChange(std::optional<double> now, std::optional<double> before, const QString &period)
{
    if (!now || !before)
        return DashboardPage::tr("The %1: %2").arg(period, PeriodFigures::percent(before));
    const double points = (*now - *before) * 100.0;
    if (qAbs(points) < 0.05)
        return DashboardPage::tr("Same as the %1 (%2)").arg(period, PeriodFigures::percent(before));
    return points > 0 ? DashboardPage::tr("Up %1 points from the %2 (%3)")
                            .arg(QString::number(points, 'f', 1), period, PeriodFigures::percent(before))
                      : DashboardPage::tr("Down %1 points from the %2 (%3)")
                            .arg(QString::number(-points, 'f', 1), period, PeriodFigures::percent(before));
}

QString daysChange(std::optional<double> now, std::optional<double> before, const QString &period)
{
    if (!now || !before)
        return DashboardPage::tr("The %1: %2").arg(period, PeriodFigures::days(before));
    const double d = *now - *before;
    if (qAbs(d) < 0.05)
        return DashboardPage::tr("Same as the %1 (%2)").arg(period, PeriodFigures::days(before));
    return d > 0 ? DashboardPage::tr("%1 days slower than the %2 (%3)").arg(QString::number(d, 'f', 1), period, PeriodFigures::days(before))
                 : DashboardPage::tr("%1 days faster than the %2 (%3)").arg(QString::number(-d, 'f', 1), period, PeriodFigures::days(before));
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_worker(new StatisticsWorker(store.path(), this)),
      m_charts(new ChartAdapter(this))
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_periodKindComboBox = new QComboBox(this);
    m_periodKindComboBox->setObjectName(QStringLiteral("periodKindComboBox"));
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_monthComboBox = new QComboBox(this);
    m_monthComboBox->setObjectName(QStringLiteral("monthComboBox"));
    m_quarterComboBox = new QComboBox(this);
    m_quarterComboBox->setObjectName(QStringLiteral("quarterComboBox"));
    m_fromDateEdit = new QDateEdit(this);
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromDateEdit->setCalendarPopup(true);
    m_toDateEdit = new QDateEdit(this);
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toDateEdit->setCalendarPopup(true);
    m_scopeComboBox = new QComboBox(this);
    m_scopeComboBox->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_titleLabel);
    pickers->addSpacing(16);
    pickers->addWidget(m_periodKindComboBox);
    pickers->addWidget(m_yearSpinBox);
    pickers->addWidget(m_monthComboBox);
    pickers->addWidget(m_quarterComboBox);
    pickers->addWidget(m_fromDateEdit);
    pickers->addWidget(m_toDateEdit);
    pickers->addWidget(m_scopeComboBox);
    pickers->addWidget(m_stateLabel);
    pickers->addStretch();

    auto *cardGrid = new QGridLayout;
    const QStringList names{QStringLiteral("visitorsCard"),          QStringLiteral("raisedCard"),
                            QStringLiteral("solvedCard"),            QStringLiteral("completionRateCard"),
                            QStringLiteral("onTimeReplyRateCard"),   QStringLiteral("averageReplyDaysCard"),
                            QStringLiteral("satisfactionRateCard"),  QStringLiteral("concentrationCard")};
    for (int i = 0; i < names.size(); ++i) {
        auto *card = new FigureCard(this);
        card->setObjectName(names.at(i));
        cardGrid->addWidget(card, i / 4, i % 4);
        m_cards << card;
    }

    auto *chartsWidget = new QWidget;
    chartsWidget->setObjectName(QStringLiteral("chartsWidget"));
    m_chartGrid = new QGridLayout(chartsWidget);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsWidget);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_periodLabel);
    layout->addLayout(cardGrid);
    layout->addWidget(scroll, 1);

    const QDate today = Clock::today();
    m_yearSpinBox->setValue(today.year());
    m_fromDateEdit->setDate(QDate(today.year(), today.month(), 1));
    m_toDateEdit->setDate(today);
    retranslate();
    m_monthComboBox->setCurrentIndex(today.month() - 1);
    m_quarterComboBox->setCurrentIndex((today.month() - 1) / 3);
    updatePeriodInputs();

    connect(m_worker, &StatisticsWorker::finished, this, &DashboardPage::showStatistics);
    connect(m_worker, &StatisticsWorker::failed, this, [this](const QString &message) { m_stateLabel->setText(message); });
    connect(m_charts, &ChartAdapter::activated, this, &DashboardPage::drillDown);
    const auto changed = [this] {
        updatePeriodInputs();
        if (m_loaded)
            refresh();
    };
    connect(m_periodKindComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_monthComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_quarterComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scopeComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (m_loaded && (table == QLatin1String("cases") || table == QLatin1String("visit")))
            refresh();
    });
}

void DashboardPage::retranslate()
{
    m_titleLabel->setText(tr("Dashboard"));
    const QSignalBlocker b1(m_periodKindComboBox), b2(m_monthComboBox), b3(m_quarterComboBox);
    const int kind = qMax(0, m_periodKindComboBox->currentIndex());
    m_periodKindComboBox->clear();
    m_periodKindComboBox->addItems({tr("Month"), tr("Quarter"), tr("Year"), tr("Custom dates")});
    m_periodKindComboBox->setCurrentIndex(kind);
    const int month = qMax(0, m_monthComboBox->currentIndex());
    m_monthComboBox->clear();
    for (int m = 1; m <= 12; ++m)
        m_monthComboBox->addItem(tr("Month %1").arg(m));
    m_monthComboBox->setCurrentIndex(month);
    const int quarter = qMax(0, m_quarterComboBox->currentIndex());
    m_quarterComboBox->clear();
    for (int q = 1; q <= 4; ++q)
        m_quarterComboBox->addItem(tr("Quarter %1").arg(q));
    m_quarterComboBox->setCurrentIndex(quarter);
    fillScopes();
}

void DashboardPage::fillScopes()
{
    const QSignalBlocker blocker(m_scopeComboBox);
    const QVariant current = m_scopeComboBox->currentData();
    m_scopeComboBox->clear();
    const QString station = m_store.stationId();
    m_scopeComboBox->addItem(tr("The whole station"), QStringLiteral("station:") + station);
    for (const Point &p : PointRepository(m_store).listForStation(station))
        m_scopeComboBox->addItem(tr("Point: %1").arg(p.name), QStringLiteral("point:") + p.id);
    // A district user's store holds the district's stations: offer them together.
    const QList<Station> stations = StationRepository(m_store).all();
    if (stations.size() > 1) {
        for (const Station &s : stations)
            if (s.id == station) {
                m_scopeComboBox->addItem(tr("Every station of the district"), QStringLiteral("district:") + s.code.left(6));
                break;
            }
    }
    const int i = m_scopeComboBox->findData(current);
    m_scopeComboBox->setCurrentIndex(i < 0 ? 0 : i);
}

void DashboardPage::updatePeriodInputs()
{
    const int kind = m_periodKindComboBox->currentIndex();
    m_yearSpinBox->setVisible(kind != CustomIndex);
    m_monthComboBox->setVisible(kind == MonthIndex);
    m_quarterComboBox->setVisible(kind == QuarterIndex);
    m_fromDateEdit->setVisible(kind == CustomIndex);
    m_toDateEdit->setVisible(kind == CustomIndex);
}

StatsPeriod DashboardPage::chosenPeriod() const
{
    switch (m_periodKindComboBox->currentIndex()) {
    case QuarterIndex:
        return StatsPeriod::quarter(m_yearSpinBox->value(), m_quarterComboBox->currentIndex() + 1);
    case YearIndex:
        return StatsPeriod::year(m_yearSpinBox->value());
    case CustomIndex:
        return StatsPeriod::custom(m_fromDateEdit->date(), m_toDateEdit->date());
    default:
        return StatsPeriod::month(m_yearSpinBox->value(), m_monthComboBox->currentIndex() + 1);
    }
}

StatsScope DashboardPage::chosenScope() const
{
    const QString data = m_scopeComboBox->currentData().toString();
    const QString id = data.section(QLatin1Char(':'), 1);
    if (data.startsWith(QLatin1String("point:")))
        return StatsScope::point(id);
    if (data.startsWith(QLatin1String("district:")))
        return StatsScope::district(id);
    return StatsScope::station(m_store.stationId());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
    QWidget::showEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasStatistics)
            showStatistics(m_statistics);
    }
    QWidget::changeEvent(event);
}

void DashboardPage::refresh()
{
    const QDate today = m_today.isValid() ? m_today : Clock::today();
    m_stateLabel->setText(tr("Computing…"));
    m_worker->request(chosenScope(), chosenPeriod(), today);
}

void DashboardPage::showStatistics(const PeriodStatistics &s)
{
    m_statistics = s;
    m_hasStatistics = true;
    m_stateLabel->clear();
    const PeriodFigures &now = s.current;
    const PeriodFigures &before = s.previous;
    const QString previousName = s.period.kind() == StatsPeriod::Kind::Month     ? tr("previous month")
                                 : s.period.kind() == StatsPeriod::Kind::Quarter ? tr("previous quarter")
                                 : s.period.kind() == StatsPeriod::Kind::Year    ? tr("previous year")
                                                                                 : tr("previous period");
    QLocale locale;
    m_periodLabel->setText(tr("%1: %2 to %3 (figures up to %4); same period last year: %5 cases, completion rate %6")
                               .arg(s.period.label(), locale.toString(now.from, QLocale::ShortFormat),
                                    locale.toString(now.to, QLocale::ShortFormat),
                                    locale.toString(now.cutOff, QLocale::ShortFormat))
                               .arg(s.lastYear.raised)
                               .arg(PeriodFigures::percent(s.lastYear.completionRate())));
    m_cards[0]->setFigure(tr("Visitors"), QString::number(now.visitors), countChange(now.visitors, before.visitors, previousName));
    m_cards[1]->setFigure(tr("Problems raised"), QString::number(now.raised), countChange(now.raised, before.raised, previousName));
    m_cards[2]->setFigure(tr("Problems solved"), QString::number(now.solved), countChange(now.solved, before.solved, previousName));
    m_cards[3]->setFigure(tr("Completion rate"), PeriodFigures::percent(now.completionRate()),
                          rateChange(now.completionRate(), before.completionRate(), previousName));
    m_cards[4]->setFigure(tr("On-time reply rate"), PeriodFigures::percent(now.onTimeReplyRate()),
                          rateChange(now.onTimeReplyRate(), before.onTimeReplyRate(), previousName));
    m_cards[5]->setFigure(tr("Average reply time (working days)"), PeriodFigures::days(now.averageReplyDays()),
                          daysChange(now.averageReplyDays(), before.averageReplyDays(), previousName));
    m_cards[6]->setFigure(tr("Satisfaction rate"), PeriodFigures::percent(now.satisfactionRate()),
                          rateChange(now.satisfactionRate(), before.satisfactionRate(), previousName));
    m_cards[7]->setFigure(tr("Opinion concentration"), PeriodFigures::percent(now.concentration()),
                          rateChange(now.concentration(), before.concentration(), previousName));

    QList<ChartData> charts{ChartDataBuilder::trend(s),      ChartDataBuilder::categories(s),
                            ChartDataBuilder::communities(s), ChartDataBuilder::replyTimes(s),
                            ChartDataBuilder::satisfaction(s), ChartDataBuilder::deputies(s)};
    charts << (s.scope.kind == StatsScope::Kind::District ? ChartDataBuilder::stations(s) : ChartDataBuilder::points(s));
    for (int i = 0; i < charts.size(); ++i) {
        const ChartData &data = charts.at(i);
        QWidget *view = m_chartViews.value(data.key);
        if (!view) {
            view = m_charts->createView(data, this);
            view->setMinimumHeight(280);
            m_chartGrid->addWidget(view, i / 2, i % 2);
            m_chartViews.insert(data.key, view);
        } else {
            m_charts->update(view, data);
        }
    }
    emit statisticsShown();
}

void DashboardPage::drillDown(const QString &chartKey, int index, int series)
{
    if (!m_hasStatistics)
        return;
    // Core names the cases (ChartDrillDown), so the list shows the number on the bar.
    if (const std::optional<CaseFilter> filter = ChartDrillDown::filterFor(m_statistics, chartKey, index, series))
        emit openCasesRequested(*filter);
}

} // namespace zt
