#include "DashboardPage.h"

#include "FigureCard.h"
#include "common/Clock.h"
#include "stats/FigureCalculator.h"
#include "storage/Store.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace zt {

namespace {

QString countChange(qint64 now, qint64 before)
{
    if (now == before)
        return DashboardPage::tr("Same as last month (%1)").arg(before);
    return now > before ? DashboardPage::tr("Up %1 from last month (%2)").arg(now - before).arg(before)
                        : DashboardPage::tr("Down %1 from last month (%2)").arg(before - now).arg(before);
}

QString rateChange(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return DashboardPage::tr("Last month: %1").arg(PeriodFigures::percent(before));
    const double points = (*now - *before) * 100.0;
    if (qAbs(points) < 0.05)
        return DashboardPage::tr("Same as last month (%1)").arg(PeriodFigures::percent(before));
    return points > 0 ? DashboardPage::tr("Up %1 points from last month (%2)").arg(points, 0, 'f', 1).arg(PeriodFigures::percent(before))
                      : DashboardPage::tr("Down %1 points from last month (%2)").arg(-points, 0, 'f', 1).arg(PeriodFigures::percent(before));
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    auto *grid = new QGridLayout;
    const QStringList names{QStringLiteral("visitorsCard"),     QStringLiteral("raisedCard"),
                            QStringLiteral("solvedCard"),       QStringLiteral("completionRateCard"),
                            QStringLiteral("satisfactionRateCard"), QStringLiteral("onTimeReplyRateCard"),
                            QStringLiteral("concentrationCard")};
    for (int i = 0; i < names.size(); ++i) {
        auto *card = new FigureCard(this);
        card->setObjectName(names.at(i));
        grid->addWidget(card, i / 4, i % 4);
        m_cards << card;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_periodLabel);
    layout->addLayout(grid);
    layout->addStretch();
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (m_loaded && (table == QLatin1String("cases") || table == QLatin1String("visit")))
            refresh();
    });
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
    if (event->type() == QEvent::LanguageChange && m_loaded)
        refresh();
    QWidget::changeEvent(event);
}

void DashboardPage::refresh()
{
    const QDate today = m_today.isValid() ? m_today : Clock::today();
    const QDate previous = today.addMonths(-1);
    const PeriodFigures now = FigureCalculator::month(m_store.db(), m_store.stationId(), today.year(), today.month(), today);
    const PeriodFigures before =
        FigureCalculator::month(m_store.db(), m_store.stationId(), previous.year(), previous.month(), today);
    m_titleLabel->setText(tr("Dashboard"));
    m_periodLabel->setText(tr("This month: %1 to %2 (figures up to %3)")
                               .arg(QLocale().toString(now.from, QLocale::ShortFormat),
                                    QLocale().toString(now.to, QLocale::ShortFormat),
                                    QLocale().toString(now.cutOff, QLocale::ShortFormat)));
    m_cards[0]->setFigure(tr("Visitors"), QString::number(now.visitors), countChange(now.visitors, before.visitors));
    m_cards[1]->setFigure(tr("Problems raised"), QString::number(now.raised), countChange(now.raised, before.raised));
    m_cards[2]->setFigure(tr("Problems solved"), QString::number(now.solved), countChange(now.solved, before.solved));
    m_cards[3]->setFigure(tr("Completion rate"), PeriodFigures::percent(now.completionRate()),
                          rateChange(now.completionRate(), before.completionRate()));
    m_cards[4]->setFigure(tr("Satisfaction rate"), PeriodFigures::percent(now.satisfactionRate()),
                          rateChange(now.satisfactionRate(), before.satisfactionRate()));
    m_cards[5]->setFigure(tr("On-time reply rate"), PeriodFigures::percent(now.onTimeReplyRate()),
                          rateChange(now.onTimeReplyRate(), before.onTimeReplyRate()));
    m_cards[6]->setFigure(tr("Opinion concentration"), PeriodFigures::percent(now.concentration()),
                          rateChange(now.concentration(), before.concentration()));
}

} // namespace zt
