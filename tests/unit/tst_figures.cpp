// The figures of domain.md ("What the figures mean") on StatsFixture, whose values are worked out by
// hand below: each rate, the cut-off, working-day reply times over the National Day holiday, the
// concentration, the comparisons and the breakdowns, and the edge cases (no rated cases, a month with
// no visits, a reopened case, a case closed in a later month, a group visit, cancelled and merged cases).

#include "StatsFixture.h"
#include "TestStore.h"

#include "stats/FigureCalculator.h"
#include "stats/StatsPeriod.h"
#include "workflow/WorkingDayCalendar.h"

#include <QTest>

using namespace zt;
using namespace zt::test;

class TestFigures : public QObject
{
    Q_OBJECT

private:
    static FigureCalculator calculator(TestStore &ts)
    {
        return FigureCalculator(ts->db(), WorkingDayCalendar::fromStore(ts->db()));
    }

private slots:
    void percentPrintsOneDecimal()
    {
        QCOMPARE(PeriodFigures::percent(0.975), QStringLiteral("97.5%"));
        QCOMPARE(PeriodFigures::percent(3.0 / 8.0), QStringLiteral("37.5%"));
        QCOMPARE(PeriodFigures::percent(2.0 / 3.0), QStringLiteral("66.7%"));
        QCOMPARE(PeriodFigures::percent(1.0), QStringLiteral("100.0%"));
        QCOMPARE(PeriodFigures::percent(std::nullopt), QStringLiteral("—"));
        QCOMPARE(PeriodFigures::days(43.0 / 6.0), QStringLiteral("7.2"));
    }

    void periodsAndComparisons()
    {
        const StatsPeriod oct = StatsPeriod::month(2026, 10);
        QCOMPARE(oct.from(), QDate(2026, 10, 1));
        QCOMPARE(oct.to(), QDate(2026, 10, 31));
        QCOMPARE(oct.previous().from(), QDate(2026, 9, 1));
        QCOMPARE(oct.previous().to(), QDate(2026, 9, 30));
        QCOMPARE(oct.sameLastYear().from(), QDate(2025, 10, 1));
        QCOMPARE(oct.sameLastYear().to(), QDate(2025, 10, 31));
        QCOMPARE(oct.cutOff(QDate(2026, 10, 20)), QDate(2026, 10, 20));
        QCOMPARE(oct.cutOff(QDate(2026, 11, 20)), QDate(2026, 10, 31));
        const StatsPeriod q1 = StatsPeriod::quarter(2026, 1);
        QCOMPARE(q1.to(), QDate(2026, 3, 31));
        QCOMPARE(q1.previous().from(), QDate(2025, 10, 1));
        QCOMPARE(StatsPeriod::month(2028, 2).sameLastYear().to(), QDate(2027, 2, 28));
        QCOMPARE(StatsPeriod::year(2026).previous().to(), QDate(2025, 12, 31));
        const StatsPeriod custom = StatsPeriod::custom(QDate(2026, 10, 15), QDate(2026, 10, 1));
        QCOMPARE(custom.from(), QDate(2026, 10, 1));
        QCOMPARE(custom.previous().from(), QDate(2026, 9, 16));
        QCOMPARE(custom.previous().to(), QDate(2026, 9, 30));
        QCOMPARE(oct.code(), QStringLiteral("2026-10"));
        QCOMPARE(q1.code(), QStringLiteral("2026-Q1"));
    }

    void octoberFiguresOfTheStation()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const PeriodFigures f =
            calculator(ts).figures(StatsScope::station(fx.station), StatsPeriod::month(2026, 10), QDate(2026, 11, 15));
        QCOMPARE(f.cutOff, QDate(2026, 10, 31));
        // Visits: Oct 8 am (1), Oct 8 pm (a group of 5 counts 5), Oct 22 at the point (2); the cancelled one not.
        QCOMPARE(f.visits, 3);
        QCOMPARE(f.visitors, 8);
        // c1-c7 and c10; c8 cancelled and c9 merged do not count.
        QCOMPARE(f.raised, 8);
        // Closed by Oct 31: c1, c2, c10. c3 closed on Nov 5 is not solved in October.
        QCOMPARE(f.solved, 3);
        QCOMPARE(PeriodFigures::percent(f.completionRate()), QStringLiteral("37.5%"));
        // Rated: c1 satisfied, c2 basically, c3 satisfied, c4 unsatisfied (and reopened: still counts against).
        QCOMPARE(f.rated, 4);
        QCOMPARE(f.satisfied, 3);
        QCOMPARE(f.fullySatisfied, 2);
        QCOMPARE(f.basicallySatisfied, 1);
        QCOMPARE(f.unsatisfied, 1);
        QCOMPARE(PeriodFigures::percent(f.satisfactionRate()), QStringLiteral("75.0%"));
        // Deadlines in October: c1, c2, c10, c11 replied in time; c3 late; c6 not replied.
        QCOMPARE(f.dueInPeriod, 6);
        QCOMPARE(f.repliedOnTime, 4);
        QCOMPARE(PeriodFigures::percent(f.onTimeReplyRate()), QStringLiteral("66.7%"));
        // Replies given in October, in working days (Oct 1-7 holidays, Sat Oct 10 a make-up working day,
        // Sep 25-27 Mid-autumn): c1 Oct 9->15: 5; c2 Oct 9->16: 6; c3 Oct 12->28: 12; c5 Oct 13->20: 5;
        // c10 Oct 10->20: 7; c11 Sep 21->Oct 9: 8. Sum 43 over 6 replies.
        QCOMPARE(f.replies, 6);
        QCOMPARE(f.replyWorkingDays, 43);
        QCOMPARE(PeriodFigures::days(f.averageReplyDays()), QStringLiteral("7.2"));
        // Categories A 3, B 2, C 2, D 1: the three largest hold 7 of 8.
        QCOMPARE(f.inTopCategories, 7);
        QCOMPARE(PeriodFigures::percent(f.concentration()), QStringLiteral("87.5%"));
        // Communities X 2, Y 2, Z 2, W 1, c10 none (not a community): 6 of 8.
        QCOMPARE(f.inTopCommunities, 6);
        QCOMPARE(PeriodFigures::percent(f.communityConcentration()), QStringLiteral("75.0%"));
    }

    void cutOffWhileThePeriodRuns()
    {
        TestStore ts;
        StatsFixture fx(ts);
        // On Oct 25 October has not ended: solved means closed by Oct 25, deadlines up to Oct 25 count.
        const PeriodFigures f =
            calculator(ts).figures(StatsScope::station(fx.station), StatsPeriod::month(2026, 10), QDate(2026, 10, 25));
        QCOMPARE(f.cutOff, QDate(2026, 10, 25));
        QCOMPARE(f.solved, 2); // c1 (Oct 20), c2 (Oct 25)
        QCOMPARE(PeriodFigures::percent(f.completionRate()), QStringLiteral("25.0%"));
        QCOMPARE(f.dueInPeriod, 2); // c11 (Oct 10, on time), c3 (Oct 23, late)
        QCOMPARE(f.repliedOnTime, 1);
        // Replies up to Oct 25: all but c3 (Oct 28).
        QCOMPARE(f.replies, 5);
        QCOMPARE(f.replyWorkingDays, 31);
    }

    void emptyMonthsAndNoRatings()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const FigureCalculator calc = calculator(ts);
        // November: no visits, no cases, nothing to divide.
        const PeriodFigures nov =
            calc.figures(StatsScope::station(fx.station), StatsPeriod::month(2026, 11), QDate(2026, 11, 15));
        QCOMPARE(nov.visits, 0);
        QCOMPARE(nov.visitors, 0);
        QCOMPARE(nov.raised, 0);
        QCOMPARE(PeriodFigures::percent(nov.completionRate()), QStringLiteral("—"));
        QCOMPARE(PeriodFigures::percent(nov.satisfactionRate()), QStringLiteral("—"));
        QCOMPARE(PeriodFigures::percent(nov.concentration()), QStringLiteral("—"));
        QCOMPARE(PeriodFigures::days(nov.averageReplyDays()), QStringLiteral("—"));
        // September: one case, not rated: satisfaction has nothing to divide, completion is 0.0%.
        const PeriodFigures sep =
            calc.figures(StatsScope::station(fx.station), StatsPeriod::month(2026, 9), QDate(2026, 11, 15));
        QCOMPARE(sep.visitors, 1);
        QCOMPARE(sep.raised, 1);
        QCOMPARE(sep.rated, 0);
        QCOMPARE(PeriodFigures::percent(sep.satisfactionRate()), QStringLiteral("—"));
        QCOMPARE(PeriodFigures::percent(sep.completionRate()), QStringLiteral("0.0%"));
        QCOMPARE(sep.dueInPeriod, 0);
    }

    void scopes()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const FigureCalculator calc = calculator(ts);
        const StatsPeriod oct = StatsPeriod::month(2026, 10);
        const QDate today(2026, 11, 15);
        const PeriodFigures point = calc.figures(StatsScope::point(fx.point), oct, today);
        QCOMPARE(point.visits, 1);
        QCOMPARE(point.visitors, 2);
        QCOMPARE(point.raised, 1); // c10
        QCOMPARE(point.solved, 1);
        // The district 330203 holds this station and 330203001, not 330212001.
        const PeriodFigures district = calc.figures(StatsScope::district(QStringLiteral("330203")), oct, today);
        QCOMPARE(district.raised, 9);
        QCOMPARE(district.visitors, 8);
        const PeriodFigures other = calc.figures(StatsScope::station(fx.otherStation), oct, today);
        QCOMPARE(other.raised, 1);
    }

    void statisticsBreakdowns()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const PeriodStatistics s =
            calculator(ts).statistics(StatsScope::station(fx.station), StatsPeriod::month(2026, 10), QDate(2026, 11, 15));
        QCOMPARE(s.current.raised, 8);
        // Compared with September (1 case, none solved) and October 2025 (nothing).
        QCOMPARE(s.previous.raised, 1);
        QCOMPARE(s.previous.visitors, 1);
        QCOMPARE(s.lastYear.raised, 0);
        QCOMPARE(PeriodFigures::percent(s.lastYear.completionRate()), QStringLiteral("—"));

        QCOMPARE(s.byCategory.size(), 4);
        QCOMPARE(s.byCategory.at(0).label, QStringLiteral("垃圾分类"));
        QCOMPARE(s.byCategory.at(0).raised, 3);
        QCOMPARE(s.byCategory.at(0).solved, 2); // c1, c2 (c3 closed in November)
        QCOMPARE(s.byCategory.at(0).rated, 3);
        QCOMPARE(s.byCategory.at(0).satisfied, 3);
        QCOMPARE(s.byCategory.at(3).label, QStringLiteral("道路"));
        QCOMPARE(s.byCategory.at(3).raised, 1);

        QCOMPARE(s.byCommunity.size(), 5); // X, Y, Z, W and "none"
        QCOMPARE(s.byCommunity.at(0).label, QStringLiteral("云乐社区"));
        QCOMPARE(s.byCommunity.at(0).raised, 2);

        // Statuses now: closed c1 c2 c3 c10, assigned c4 c6, replied c5, registered c7.
        QHash<QString, qint64> status;
        for (const GroupFigures &g : s.byStatus)
            status.insert(g.key, g.raised);
        QCOMPARE(status.value(QStringLiteral("closed")), 4);
        QCOMPARE(status.value(QStringLiteral("assigned")), 2);
        QCOMPARE(status.value(QStringLiteral("replied")), 1);
        QCOMPARE(status.value(QStringLiteral("registered")), 1);

        // Per point: the station itself (no point) and the point.
        QCOMPARE(s.byPoint.size(), 2);
        for (const GroupFigures &g : s.byPoint) {
            if (g.key.isEmpty()) {
                QCOMPARE(g.raised, 7);
                QCOMPARE(g.visits, 2);
                QCOMPARE(g.visitors, 6);
            } else {
                QCOMPARE(g.key, fx.point);
                QCOMPARE(g.label, QStringLiteral("云乐社区联络点"));
                QCOMPARE(g.raised, 1);
                QCOMPARE(g.visitors, 2);
            }
        }
        QCOMPARE(s.byStation.size(), 1);
        QCOMPARE(s.byStation.at(0).label, QStringLiteral("白云街道人大代表联络站"));

        // Deputies in wall order (city, county, township): 陈明 nothing; 王建国 one day (two visits on Oct 8),
        // follows c1 and c3 (both satisfied); 李秀英 two days, follows c4 (unsatisfied).
        QCOMPARE(s.byDeputy.size(), 3);
        QCOMPARE(s.byDeputy.at(0).name, QStringLiteral("陈明"));
        QCOMPARE(s.byDeputy.at(0).visits, 0);
        QCOMPARE(s.byDeputy.at(0).casesFollowed, 0);
        QVERIFY(!s.byDeputy.at(0).satisfactionRate());
        QCOMPARE(s.byDeputy.at(1).name, QStringLiteral("王建国"));
        QCOMPARE(s.byDeputy.at(1).receptionDays, 1);
        QCOMPARE(s.byDeputy.at(1).visits, 2);
        QCOMPARE(s.byDeputy.at(1).casesFollowed, 2);
        QCOMPARE(PeriodFigures::percent(s.byDeputy.at(1).satisfactionRate()), QStringLiteral("100.0%"));
        QCOMPARE(s.byDeputy.at(2).name, QStringLiteral("李秀英"));
        QCOMPARE(s.byDeputy.at(2).receptionDays, 2);
        QCOMPARE(s.byDeputy.at(2).visits, 2);
        QCOMPARE(s.byDeputy.at(2).casesFollowed, 1);
        QCOMPARE(PeriodFigures::percent(s.byDeputy.at(2).satisfactionRate()), QStringLiteral("0.0%"));

        // Reply times: 0-5 days c1 c5; 6-10 c2 c10 c11; 11-15 c3.
        QCOMPARE(s.replyTimes.size(), 5);
        QCOMPARE(s.replyTimes.at(0).replies, 2);
        QCOMPARE(s.replyTimes.at(1).replies, 3);
        QCOMPARE(s.replyTimes.at(2).replies, 1);
        QCOMPARE(s.replyTimes.at(3).replies, 0);
        QCOMPARE(s.replyTimes.at(4).replies, 0);

        // A month's trend is the twelve months up to it: November 2025 to October 2026.
        QCOMPARE(s.monthly.size(), 12);
        QCOMPARE(s.monthly.first().month, QDate(2025, 11, 1));
        QCOMPARE(s.monthly.at(10).raised, 1); // September
        QCOMPARE(s.monthly.last().raised, 8);
        QCOMPARE(s.monthly.last().solved, 3);
    }

    void monthlyTrendMatchesEachMonthsFigures()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const FigureCalculator calc = calculator(ts);
        const QDate today(2026, 11, 15);
        const PeriodStatistics year = calc.statistics(StatsScope::station(fx.station), StatsPeriod::year(2026), today);
        QCOMPARE(year.monthly.size(), 11); // January to November: December has not begun
        for (const TrendPoint &p : year.monthly) {
            const PeriodFigures m =
                calc.figures(StatsScope::station(fx.station), StatsPeriod::month(p.month.year(), p.month.month()), today);
            QCOMPARE(p.visits, m.visits);
            QCOMPARE(p.visitors, m.visitors);
            QCOMPARE(p.raised, m.raised);
            QCOMPARE(p.solved, m.solved);
        }
        QCOMPARE(year.monthly.at(8).raised, 1);  // September
        QCOMPARE(year.monthly.at(9).solved, 3);  // October, as of Oct 31
        // For the year, c3 (closed Nov 5) is solved by the cut-off (today).
        QCOMPARE(year.current.raised, 9);
        QCOMPARE(year.current.solved, 4);
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
