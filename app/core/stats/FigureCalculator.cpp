#include "stats/FigureCalculator.h"

#include "domain/Codes.h"
#include "storage/StatsQueries.h"

#include <algorithm>

namespace zt {

namespace {

using D = StatsQueries::Dimension;

int levelRank(const QString &level)
{
    const int i = int(DeputyLevel::all().indexOf(level));
    return i < 0 ? 99 : i;
}

void addToBuckets(QList<ReplyTimeBucket> &buckets, int days, qint64 replies)
{
    for (ReplyTimeBucket &b : buckets)
        if (days >= b.minDays && (b.maxDays < 0 || days <= b.maxDays)) {
            b.replies += replies;
            break;
        }
}

} // namespace

QList<ReplyTimeBucket> FigureCalculator::emptyReplyBuckets()
{
    return {{0, 5, 0}, {6, 10, 0}, {11, 15, 0}, {16, 20, 0}, {21, -1, 0}};
}

FigureCalculator::FigureCalculator(QSqlDatabase db, WorkingDayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

PeriodFigures FigureCalculator::figures(const StatsScope &scope, const StatsPeriod &period, QDate today) const
{
    return figuresBetween(scope, period.from(), period.to(), today);
}

PeriodFigures FigureCalculator::figuresBetween(const StatsScope &scope, QDate from, QDate to, QDate today,
                                               QList<ReplyTimeBucket> *replyTimes) const
{
    const StatsQueries queries(m_db, scope);
    PeriodFigures f;
    f.from = from;
    f.to = to;
    f.cutOff = to < today ? to : today;

    const auto visits = queries.visitTotals(from, to);
    f.visits = visits.visits;
    f.visitors = visits.visitors;

    const auto cases = queries.caseTotals(from, to, f.cutOff);
    f.raised = cases.raised;
    f.solved = cases.solved;
    f.fullySatisfied = cases.fullySatisfied;
    f.basicallySatisfied = cases.basicallySatisfied;
    f.unsatisfied = cases.unsatisfied;
    f.rated = cases.fullySatisfied + cases.basicallySatisfied + cases.unsatisfied;
    f.satisfied = cases.fullySatisfied + cases.basicallySatisfied;

    // A deadline later than today has not been missed yet: the rate counts deadlines up to the cut-off.
    const auto due = queries.dueTotals(from, f.cutOff);
    f.dueInPeriod = due.due;
    f.repliedOnTime = due.onTime;

    for (const auto &r : queries.replyDays(from, f.cutOff)) {
        const int days = qMax(0, m_calendar.workingDaysBetween(r.assigned, r.replied));
        f.replies += r.count;
        f.replyWorkingDays += r.count * days;
        if (replyTimes)
            addToBuckets(*replyTimes, days, r.count);
    }

    f.inTopCategories = queries.inLargestGroups(D::Category, from, to, 3);
    f.inTopCommunities = queries.inLargestGroups(D::Community, from, to, 3);
    return f;
}

PeriodStatistics FigureCalculator::statistics(const StatsScope &scope, const StatsPeriod &period, QDate today,
                                              const std::atomic_bool *cancel, Trend trend) const
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    PeriodStatistics s;
    s.scope = scope;
    s.period = period;
    // The reply-time distribution comes from the same reply pairs as the average reply time: read once.
    QList<ReplyTimeBucket> replyTimes = emptyReplyBuckets();
    s.current = figuresBetween(scope, period.from(), period.to(), today, &replyTimes);
    if (cancelled())
        return s;
    s.previous = figures(scope, period.previous(), today);
    // For a year the previous period is the same year a year ago: count it once.
    const StatsPeriod lastYear = period.sameLastYear();
    s.lastYear = lastYear.from() == s.previous.from && lastYear.to() == s.previous.to ? s.previous
                                                                                     : figures(scope, lastYear, today);
    if (cancelled())
        return s;

    const StatsQueries queries(m_db, scope);
    const QDate from = period.from();
    const QDate to = period.to();
    const QDate cut = period.cutOff(today);
    s.byCategory = queries.groups(D::Category, from, to, cut);
    s.byCommunity = queries.groups(D::Community, from, to, cut);
    s.byStatus = queries.groups(D::Status, from, to, cut);
    if (cancelled())
        return s;

    // Per point and per station: the cases' figures joined with the visits' figures.
    const auto merge = [&](D dimension) {
        QList<GroupFigures> rows = queries.groups(dimension, from, to, cut);
        for (const GroupFigures &v : queries.visitGroups(dimension, from, to)) {
            auto it = std::find_if(rows.begin(), rows.end(), [&](const GroupFigures &g) { return g.key == v.key; });
            if (it == rows.end()) {
                rows.append(v);
            } else {
                it->visits = v.visits;
                it->visitors = v.visitors;
            }
        }
        return rows;
    };
    s.byPoint = merge(D::Point);
    s.byStation = merge(D::Station);
    if (cancelled())
        return s;

    s.byDeputy = queries.deputyAttendance(from, to);
    for (const GroupFigures &g : queries.groups(D::Deputy, from, to, cut)) {
        if (g.key.isEmpty())
            continue;
        auto it = std::find_if(s.byDeputy.begin(), s.byDeputy.end(),
                               [&](const DeputyFigures &d) { return d.deputyId == g.key; });
        if (it == s.byDeputy.end()) {
            DeputyFigures d;
            d.deputyId = g.key;
            d.name = g.label;
            s.byDeputy.append(d);
            it = s.byDeputy.end() - 1;
        }
        it->casesFollowed = g.raised;
        it->rated = g.rated;
        it->satisfied = g.satisfied;
    }
    // As on the station's wall: national deputies first, down to township, then by name.
    std::stable_sort(s.byDeputy.begin(), s.byDeputy.end(), [](const DeputyFigures &a, const DeputyFigures &b) {
        const int ra = levelRank(a.level), rb = levelRank(b.level);
        return ra != rb ? ra < rb : a.name < b.name;
    });
    if (cancelled())
        return s;

    // A month alone makes no trend: show the year up to it. Months after the cut-off have no data yet.
    const QDate trendFrom = period.kind() == StatsPeriod::Kind::Month || (period.kind() == StatsPeriod::Kind::Custom && period.days() < 62)
                                ? QDate(to.year(), to.month(), 1).addMonths(-11)
                                : from;
    if (trend == Trend::Include)
        s.monthly = queries.monthly(trendFrom, cut);
    if (s.current.cutOff == cut) {
        s.replyTimes = replyTimes;
    } else {
        s.replyTimes = emptyReplyBuckets();
        for (const auto &r : queries.replyDays(from, cut))
            addToBuckets(s.replyTimes, qMax(0, m_calendar.workingDaysBetween(r.assigned, r.replied)), r.count);
    }
    return s;
}

PeriodFigures FigureCalculator::compute(const QSqlDatabase &db, const QString &stationId, const QDate &from,
                                        const QDate &to, const QDate &today)
{
    return FigureCalculator(db, WorkingDayCalendar::fromStore(db))
        .figuresBetween(StatsScope::station(stationId), from, to, today);
}

PeriodFigures FigureCalculator::month(const QSqlDatabase &db, const QString &stationId, int year, int month,
                                      const QDate &today)
{
    const StatsPeriod p = StatsPeriod::month(year, month);
    return compute(db, stationId, p.from(), p.to(), today);
}

} // namespace zt
