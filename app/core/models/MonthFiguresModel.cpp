#include "models/MonthFiguresModel.h"

#include "common/Clock.h"
#include "stats/FigureCalculator.h"
#include "storage/Store.h"

namespace zt {

MonthFiguresModel::MonthFiguresModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("cases"), QStringLiteral("visit")});
}

QStringList MonthFiguresModel::headers() const
{
    return {tr("Month"), tr("Visitors"), tr("Problems raised"), tr("Problems solved"), tr("Completion rate"),
            tr("Satisfaction rate"), tr("On-time reply rate")};
}

QVector<ReadOnlyTableModel::Row> MonthFiguresModel::load()
{
    const QDate today = m_today.isValid() ? m_today : Clock::today();
    QVector<Row> out;
    QDate month(today.year(), today.month(), 1);
    for (int i = 0; i < m_months; ++i, month = month.addMonths(-1)) {
        const PeriodFigures f = FigureCalculator::month(m_store.db(), m_store.stationId(), month.year(), month.month(), today);
        Row row;
        row.id = month.toString(QStringLiteral("yyyy-MM"));
        row.cells = {row.id, f.visitors, f.raised, f.solved, PeriodFigures::percent(f.completionRate()),
                     PeriodFigures::percent(f.satisfactionRate()), PeriodFigures::percent(f.onTimeReplyRate())};
        out.append(row);
    }
    return out;
}

} // namespace zt
