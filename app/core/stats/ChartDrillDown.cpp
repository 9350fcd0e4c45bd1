#include "stats/ChartDrillDown.h"

#include "domain/Codes.h"
#include "stats/ChartDataBuilder.h"

namespace zt {

std::optional<CaseFilter> ChartDrillDown::filterFor(const PeriodStatistics &s, const QString &chartKey, int index,
                                                    int series)
{
    CaseFilter filter;
    filter.countedOnly = true; // cancelled cases and merged duplicates count nowhere
    filter.registeredFrom = s.period.from();
    filter.registeredTo = s.period.to();
    switch (s.scope.kind) {
    case StatsScope::Kind::Point:
        filter.pointId = s.scope.id;
        break;
    case StatsScope::Kind::Station:
        filter.stationId = s.scope.id;
        break;
    case StatsScope::Kind::District:
        filter.districtCode = s.scope.id;
        break;
    }
    const auto solvedOnly = [&] {
        filter.statuses = {CaseStatus::Closed};
        filter.closedTo = s.current.cutOff.isValid() ? s.current.cutOff : s.period.to();
    };
    const auto group = [&](const ChartData &chart, QString CaseFilter::*field) -> bool {
        const QString key = chart.keys.value(index);
        if (key.isEmpty())
            return false; // "the station itself", a community left empty: no condition names a missing value
        filter.*field = key;
        if (series == 1)
            solvedOnly();
        return true;
    };

    if (chartKey == QLatin1String("trend")) {
        const QDate month = QDate::fromString(ChartDataBuilder::trend(s).keys.value(index), Qt::ISODate);
        if (!month.isValid())
            return std::nullopt;
        filter.registeredFrom = month;
        filter.registeredTo = month.addMonths(1).addDays(-1);
    } else if (chartKey == QLatin1String("categories")) {
        const ChartData categories = ChartDataBuilder::categories(s);
        if (index >= 0 && index < categories.keys.size() && categories.keys.at(index).isEmpty()) {
            // The "no category" bar: the cases registered without one.
            filter.noCategory = true;
            if (series == 1)
                solvedOnly();
        } else if (!group(categories, &CaseFilter::categoryId)) {
            return std::nullopt;
        }
    } else if (chartKey == QLatin1String("communities")) {
        if (!group(ChartDataBuilder::communities(s), &CaseFilter::communityCode))
            return std::nullopt;
    } else if (chartKey == QLatin1String("points")) {
        if (!group(ChartDataBuilder::points(s), &CaseFilter::pointId))
            return std::nullopt;
    } else if (chartKey == QLatin1String("stations")) {
        filter.districtCode.clear();
        if (!group(ChartDataBuilder::stations(s), &CaseFilter::stationId))
            return std::nullopt;
    } else if (chartKey == QLatin1String("deputies")) {
        filter.deputyId = ChartDataBuilder::deputies(s).keys.value(index);
        if (filter.deputyId.isEmpty())
            return std::nullopt;
    } else if (chartKey == QLatin1String("satisfaction")) {
        filter.satisfaction = ChartDataBuilder::satisfaction(s).keys.value(index);
        if (filter.satisfaction.isEmpty())
            return std::nullopt;
    } else if (chartKey == QLatin1String("reply_times")) {
        if (index < 0 || index >= s.replyTimes.size())
            return std::nullopt;
        // Replies given in the period up to the cut-off, whenever the case was registered.
        const ReplyTimeBucket &bucket = s.replyTimes.at(index);
        filter.registeredFrom = QDate();
        filter.registeredTo = QDate();
        filter.repliedFrom = s.period.from();
        filter.repliedTo = s.current.cutOff.isValid() ? s.current.cutOff : s.period.to();
        filter.replyDaysMin = bucket.minDays;
        filter.replyDaysMax = bucket.maxDays;
    } else {
        return std::nullopt;
    }
    return filter;
}

} // namespace zt
