#include "stats/ChartDataBuilder.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"

#include <algorithm>
#include <limits>

namespace zt {

namespace {

ChartData groupChart(const QString &key, const QString &title, const QList<GroupFigures> &groups, int top,
                     const QString &noneLabel)
{
    ChartData c;
    c.key = key;
    c.title = title;
    c.kind = ChartData::Kind::HorizontalBar;
    ChartData::Series raised{ChartDataBuilder::tr("Problems raised"), {}, false};
    ChartData::Series solved{ChartDataBuilder::tr("Problems solved"), {}, false};
    for (const GroupFigures &g : groups) {
        if (c.categories.size() >= top)
            break;
        c.categories << (g.key.isEmpty() ? noneLabel : g.label.isEmpty() ? g.key : g.label);
        c.keys << g.key;
        raised.values << double(g.raised);
        solved.values << double(g.solved);
    }
    c.series = {raised, solved};
    return c;
}

} // namespace

ChartData ChartDataBuilder::trend(const PeriodStatistics &s)
{
    ChartData c;
    c.key = QStringLiteral("trend");
    c.title = tr("Visitors, cases and completion rate by month");
    c.kind = ChartData::Kind::Line;
    ChartData::Series visitors{tr("Visitors"), {}, false};
    ChartData::Series raised{tr("Problems raised"), {}, false};
    ChartData::Series completion{tr("Completion rate"), {}, true};
    const bool oneYear = !s.monthly.isEmpty() && s.monthly.first().month.year() == s.monthly.last().month.year();
    for (const TrendPoint &p : s.monthly) {
        // Twelve "2026-01" labels do not fit under a chart: the month alone when the year is plain.
        c.categories << p.month.toString(oneYear ? QStringLiteral("M") : QStringLiteral("yy-MM"));
        c.keys << p.month.toString(Qt::ISODate);
        visitors.values << double(p.visitors);
        raised.values << double(p.raised);
        // A month without cases has no completion rate; drawing it as 0 % read as a collapse.
        completion.values << p.completionRate().value_or(std::numeric_limits<double>::quiet_NaN());
    }
    c.series = {visitors, raised, completion};
    return c;
}

ChartData ChartDataBuilder::categories(const PeriodStatistics &s, int top)
{
    return groupChart(QStringLiteral("categories"), tr("Cases by category"), s.byCategory, top, tr("No category"));
}

ChartData ChartDataBuilder::communities(const PeriodStatistics &s, int top)
{
    QList<GroupFigures> named;
    for (const GroupFigures &g : s.byCommunity)
        if (!g.key.isEmpty())
            named << g;
    return groupChart(QStringLiteral("communities"), tr("Communities and villages with most cases"), named, top, {});
}

ChartData ChartDataBuilder::replyTimes(const PeriodStatistics &s)
{
    ChartData c;
    c.key = QStringLiteral("reply_times");
    c.title = tr("Reply time (working days)");
    c.kind = ChartData::Kind::Bar;
    ChartData::Series replies{tr("Replies"), {}, false};
    for (const ReplyTimeBucket &b : s.replyTimes) {
        c.categories << (b.maxDays < 0 ? tr("over %1").arg(b.minDays - 1) : QStringLiteral("%1–%2").arg(b.minDays).arg(b.maxDays));
        c.keys << QStringLiteral("%1:%2").arg(b.minDays).arg(b.maxDays);
        replies.values << double(b.replies);
    }
    c.series = {replies};
    return c;
}

ChartData ChartDataBuilder::satisfaction(const PeriodStatistics &s)
{
    ChartData c;
    c.key = QStringLiteral("satisfaction");
    c.title = tr("Satisfaction of the rated cases");
    c.kind = ChartData::Kind::Pie;
    c.categories = {DomainText::satisfaction(Satisfaction::Satisfied),
                    DomainText::satisfaction(Satisfaction::BasicallySatisfied),
                    DomainText::satisfaction(Satisfaction::Unsatisfied)};
    c.keys = {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Unsatisfied};
    c.series = {{tr("Cases"),
                 {double(s.current.fullySatisfied), double(s.current.basicallySatisfied), double(s.current.unsatisfied)},
                 false}};
    return c;
}

ChartData ChartDataBuilder::deputies(const PeriodStatistics &s, int top)
{
    ChartData c;
    c.key = QStringLiteral("deputies");
    c.title = tr("Deputies: reception days and cases followed");
    c.kind = ChartData::Kind::HorizontalBar;
    ChartData::Series days{tr("Reception days"), {}, false};
    ChartData::Series cases{tr("Cases followed"), {}, false};
    QList<DeputyFigures> sorted = s.byDeputy;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DeputyFigures &a, const DeputyFigures &b) {
        return a.receptionDays + a.casesFollowed > b.receptionDays + b.casesFollowed;
    });
    for (const DeputyFigures &d : sorted) {
        if (c.categories.size() >= top)
            break;
        c.categories << d.name;
        c.keys << d.deputyId;
        days.values << double(d.receptionDays);
        cases.values << double(d.casesFollowed);
    }
    c.series = {days, cases};
    return c;
}

ChartData ChartDataBuilder::points(const PeriodStatistics &s)
{
    ChartData c = groupChart(QStringLiteral("points"), tr("Cases by liaison point"), s.byPoint, 20, tr("The station itself"));
    return c;
}

ChartData ChartDataBuilder::stations(const PeriodStatistics &s)
{
    return groupChart(QStringLiteral("stations"), tr("Cases by station"), s.byStation, 30, {});
}

} // namespace zt
