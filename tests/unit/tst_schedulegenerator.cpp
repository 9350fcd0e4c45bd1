// The reception schedule generated over 2026 with the real holiday data: rules, holidays, rotation,
// clashes; and deputies suggested by expertise.

#include "schedule/DeputySuggester.h"
#include "schedule/ReceptionRuleParser.h"
#include "schedule/ScheduleGenerator.h"

#include <QTest>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

ReceptionRule rule(const QString &text)
{
    auto parsed = ReceptionRuleParser::parse(text);
    if (!parsed)
        qFatal("%s: %s", qPrintable(text), qPrintable(parsed.error().message));
    return parsed.value();
}

QList<ScheduledSession> year2026(const QList<ReceptionRule> &rules)
{
    return ScheduleGenerator(WorkingDayCalendar::fromResource()).generate(rules, d(2026, 1, 1), d(2026, 12, 31));
}

QList<QDate> datesOf(const QList<ScheduledSession> &sessions)
{
    QList<QDate> out;
    for (const ScheduledSession &s : sessions)
        out << s.date;
    return out;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *id : list)
        out << QLatin1String(id);
    return out;
}

Deputy deputy(const char *id, const QString &name, const QString &level, const QStringList &expertise)
{
    Deputy dep;
    dep.id = QLatin1String(id);
    dep.name = name;
    dep.level = level;
    dep.expertise = expertise;
    dep.termStart = d(2022, 1, 1);
    dep.termEnd = d(2026, 12, 31);
    return dep;
}

const QString District = QStringLiteral("monthly weeks=2,4 day=thu half=pm deputies=d1,d2,d3,d4,d5 per=2 "
                                        "holiday=next from=2026-01-01 until=2026-12-31");

} // namespace

class TestScheduleGenerator : public QObject
{
    Q_OBJECT

private slots:
    void secondAndFourthThursdays2026()
    {
        const QList<ScheduledSession> sessions = year2026({rule(District)});
        QCOMPARE(sessions.size(), 24);
        // By hand: 2026-01-01 is a Thursday, so January's 2nd and 4th are the 8th and 22nd; February starts
        // on a Sunday (5th, 12th, 19th, 26th); October starts on a Thursday again (1st, 8th, 15th, 22nd).
        const QList<QDate> dates = datesOf(sessions);
        QCOMPARE(dates.mid(0, 4), (QList<QDate>{d(2026, 1, 8), d(2026, 1, 22), d(2026, 2, 12), d(2026, 2, 26)}));
        QVERIFY(dates.contains(d(2026, 10, 8)));
        QVERIFY(dates.contains(d(2026, 10, 22)));
        QCOMPARE(dates.last(), d(2026, 12, 24));
        // None of them is a holiday in 2026 (Spring Festival's Thursday is the 3rd, National Day's the 1st).
        for (const ScheduledSession &s : sessions) {
            QCOMPARE(s.date.dayOfWeek(), int(Qt::Thursday));
            QCOMPARE(s.halfDay, HalfDay::Afternoon);
            QVERIFY(!s.movedFrom.isValid());
            QVERIFY(s.holidayName.isEmpty());
            QVERIFY(!s.clashing);
            QCOMPARE(s.ruleIndex, 0);
        }
        // Outside the rule's validity nothing is generated.
        QVERIFY(ScheduleGenerator(WorkingDayCalendar::fromResource())
                    .generate({rule(District)}, d(2027, 1, 1), d(2027, 12, 31))
                    .isEmpty());
    }

    void pairsRotateThroughThePool()
    {
        const QList<ScheduledSession> sessions = year2026({rule(District)});
        // Session k has pool members 2k and 2k+1 modulo 5, so the pair wraps round the end of the pool.
        QCOMPARE(sessions.at(0).deputyIds, ids({"d1", "d2"})); // Jan 8
        QCOMPARE(sessions.at(1).deputyIds, ids({"d3", "d4"})); // Jan 22
        QCOMPARE(sessions.at(2).deputyIds, ids({"d5", "d1"})); // Feb 12
        QCOMPARE(sessions.at(3).deputyIds, ids({"d2", "d3"})); // Feb 26
        QCOMPARE(sessions.at(4).deputyIds, ids({"d4", "d5"})); // Mar 12
        QCOMPARE(sessions.at(5).deputyIds, ids({"d1", "d2"})); // Mar 26: back to the start
        QCOMPARE(sessions.at(23).turn, 23);
        QCOMPARE(sessions.at(23).deputyIds, ids({"d2", "d3"})); // 46 % 5 = 1

        // Every deputy is on duty equally often over the year: 24 sessions * 2 / 5 deputies, +-1.
        QHash<QString, int> duties;
        for (const ScheduledSession &s : sessions)
            for (const QString &id : s.deputyIds)
                ++duties[id];
        for (int n : std::as_const(duties))
            QVERIFY(n == 9 || n == 10);

        // March asked alone continues the rotation from January, as in the year view.
        const QList<ScheduledSession> march = ScheduleGenerator(WorkingDayCalendar::fromResource())
                                                  .generate({rule(District)}, d(2026, 3, 1), d(2026, 3, 31));
        QCOMPARE(march.size(), 2);
        QCOMPARE(march.at(0), sessions.at(4));
        QCOMPARE(march.at(1), sessions.at(5));
    }

    void holidayMovesToTheNextWorkingDay()
    {
        // National Day 2026-10-01 is the 1st Thursday of October; the next working day is Thu 10-08.
        const QList<ScheduledSession> sessions =
            year2026({rule(QStringLiteral("monthly weeks=1 day=thu half=pm holiday=next from=2026-01-01"))});
        QCOMPARE(sessions.size(), 12);
        const auto october = std::find_if(sessions.begin(), sessions.end(),
                                          [](const ScheduledSession &s) { return s.date.month() == 10; });
        QVERIFY(october != sessions.end());
        QCOMPARE(october->date, d(2026, 10, 8));
        QCOMPARE(october->movedFrom, d(2026, 10, 1));
        QCOMPARE(october->holidayName, QStringLiteral("国庆节"));
        // New Year's Day 2026 is a Thursday too: 01-02 and 01-03 are off, Sun 01-04 is a make-up working
        // day (调休), so the calendar moves the reception onto that Sunday.
        QCOMPARE(sessions.first().date, d(2026, 1, 4));
        QCOMPARE(sessions.first().movedFrom, d(2026, 1, 1));
        QCOMPARE(sessions.first().holidayName, QStringLiteral("元旦"));
        // Ordinary first Thursdays stay.
        QCOMPARE(sessions.at(1).date, d(2026, 2, 5));
        QVERIFY(!sessions.at(1).movedFrom.isValid());
    }

    void springFestivalThursday()
    {
        // 2026-02-19 is the 3rd Thursday of February, in the Spring Festival holiday (02-15 .. 02-23).
        const QList<ScheduledSession> sessions =
            ScheduleGenerator(WorkingDayCalendar::fromResource())
                .generate({rule(QStringLiteral("monthly weeks=3 day=thu from=2026-01-01"))}, d(2026, 2, 1),
                          d(2026, 2, 28));
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).date, d(2026, 2, 24)); // Tuesday, the first working day after
        QCOMPARE(sessions.at(0).movedFrom, d(2026, 2, 19));
        QCOMPARE(sessions.at(0).holidayName, QStringLiteral("春节"));
    }

    void otherHolidayPolicies()
    {
        // Skip: the two holiday Thursdays (01-01, 10-01) are dropped and use no turn, so February's
        // session is the rotation's first.
        const QList<ScheduledSession> skipped = year2026(
            {rule(QStringLiteral("monthly weeks=1 day=thu holiday=skip deputies=a,b,c per=1 from=2026-01-01"))});
        QCOMPARE(skipped.size(), 10);
        QCOMPARE(skipped.first().date, d(2026, 2, 5));
        QCOMPARE(skipped.first().deputyIds, ids({"a"}));
        QVERIFY(!datesOf(skipped).contains(d(2026, 10, 1)));
        QVERIFY(!datesOf(skipped).contains(d(2026, 10, 8)));

        // Keep: held on the holiday itself, named but not moved.
        const QList<ScheduledSession> kept =
            year2026({rule(QStringLiteral("monthly weeks=1 day=thu holiday=keep from=2026-01-01"))});
        QCOMPARE(kept.size(), 12);
        QCOMPARE(kept.at(9).date, d(2026, 10, 1));
        QVERIFY(!kept.at(9).movedFrom.isValid());
        QCOMPARE(kept.at(9).holidayName, QStringLiteral("国庆节"));

        // Previous: 10-01 moves back to Wed 09-30; 01-01 moves back into 2025, out of this range but in
        // December's.
        const ReceptionRule previous = rule(QStringLiteral("monthly weeks=1 day=thu holiday=previous from=2026-01-01"));
        const QList<ScheduledSession> back = year2026({previous});
        QCOMPARE(back.size(), 11);
        QCOMPARE(back.first().date, d(2026, 2, 5));
        QVERIFY(datesOf(back).contains(d(2026, 9, 30)));
        const QList<ScheduledSession> december =
            ScheduleGenerator(WorkingDayCalendar::fromResource()).generate({previous}, d(2025, 12, 1), d(2025, 12, 31));
        QCOMPARE(december.size(), 1);
        QCOMPARE(december.at(0).date, d(2025, 12, 31));
        QCOMPARE(december.at(0).movedFrom, d(2026, 1, 1));
    }

    void weekendIsNoHoliday()
    {
        // A station receiving on Saturday mornings stays there; only a holiday moves it.
        const QList<ScheduledSession> sessions =
            ScheduleGenerator(WorkingDayCalendar::fromResource())
                .generate({rule(QStringLiteral("weekly day=sat half=am from=2026-04-01"))}, d(2026, 4, 1),
                          d(2026, 4, 30));
        // Sat 04-04 is Tomb-sweeping Day: moved to Tue 04-07 (04-05 Sun and 04-06 Mon are off too).
        QCOMPARE(datesOf(sessions), (QList<QDate>{d(2026, 4, 7), d(2026, 4, 11), d(2026, 4, 18), d(2026, 4, 25)}));
        QCOMPARE(sessions.at(0).holidayName, QStringLiteral("清明"));
    }

    void twoMovesOntoOneDayHoldOneSession()
    {
        // Mondays 02-16 and 02-23 both fall in the Spring Festival holiday and both move to Tue 02-24.
        const QList<ScheduledSession> sessions =
            ScheduleGenerator(WorkingDayCalendar::fromResource())
                .generate({rule(QStringLiteral("weekly day=mon deputies=a,b,c per=1 from=2026-02-01"))}, d(2026, 2, 1),
                          d(2026, 3, 8));
        QCOMPARE(datesOf(sessions), (QList<QDate>{d(2026, 2, 2), d(2026, 2, 9), d(2026, 2, 24), d(2026, 3, 2)}));
        QCOMPARE(sessions.at(2).movedFrom, d(2026, 2, 16));
        QVERIFY(!sessions.at(2).clashing);
        // The dropped one used no turn.
        QCOMPARE(sessions.at(3).deputyIds, ids({"a"}));
    }

    void leadersRotateByMonth()
    {
        // 1st and 3rd Monday mornings; one leader a month. 02-16 is in the Spring Festival holiday and
        // 04-06 is Tomb-sweeping Day; the moved session keeps its month's leader.
        const QList<ScheduledSession> sessions = year2026({rule(QStringLiteral(
            "leaders weeks=1,3 day=mon half=am deputies=l1,l2,l3 per=1 from=2026-01-01 until=2026-04-30"))});
        QCOMPARE(datesOf(sessions), (QList<QDate>{d(2026, 1, 5), d(2026, 1, 19), d(2026, 2, 2), d(2026, 2, 24),
                                                  d(2026, 3, 2), d(2026, 3, 16), d(2026, 4, 7), d(2026, 4, 20)}));
        const QList<QStringList> leaders{ids({"l1"}), ids({"l1"}), ids({"l2"}), ids({"l2"}),
                                         ids({"l3"}), ids({"l3"}), ids({"l1"}), ids({"l1"})};
        for (int i = 0; i < sessions.size(); ++i)
            QCOMPARE(sessions.at(i).deputyIds, leaders.at(i));
        QCOMPARE(sessions.at(6).holidayName, QStringLiteral("清明"));
    }

    void clashesAreKeptAndFlagged()
    {
        const QList<ReceptionRule> rules{
            rule(District),
            rule(QStringLiteral("once date=2026-03-12 half=pm deputies=p1 topic=\"开学前心理辅导\" tags=教育,心理")),
            rule(QStringLiteral("once date=2026-03-12 half=am deputies=p2")),
        };
        const QList<ScheduledSession> march =
            ScheduleGenerator(WorkingDayCalendar::fromResource()).generate(rules, d(2026, 3, 1), d(2026, 3, 31));
        QCOMPARE(march.size(), 4);
        // Morning first, then the afternoon's two rules in rule order.
        QCOMPARE(march.at(0).ruleIndex, 2);
        QVERIFY(!march.at(0).clashing);
        QCOMPARE(march.at(1).ruleIndex, 0);
        QCOMPARE(march.at(2).ruleIndex, 1);
        QCOMPARE(march.at(1).date, d(2026, 3, 12));
        QCOMPARE(march.at(2).date, d(2026, 3, 12));
        QVERIFY(march.at(1).clashing);
        QVERIFY(march.at(2).clashing);
        QCOMPARE(march.at(2).deputyIds, ids({"p1"}));
        QVERIFY(!march.at(3).clashing); // 03-26
    }

    void suggestsByExpertise()
    {
        const QString edu = QStringLiteral("教育");
        const QString psy = QStringLiteral("心理");
        QList<Deputy> deputies{
            deputy("b", QStringLiteral("王建国"), DeputyLevel::National, {edu}),
            deputy("a", QStringLiteral("李老师"), DeputyLevel::County, {psy, edu}),
            deputy("d", QStringLiteral("赵医生"), DeputyLevel::City, {QStringLiteral("医疗")}),
            deputy("e", QStringLiteral("陈心怡"), DeputyLevel::Township, {edu, psy}),
            deputy("c", QStringLiteral("周校长"), DeputyLevel::Provincial, {edu, psy, QStringLiteral("法律")}),
            deputy("f", QStringLiteral("张律师"), DeputyLevel::Provincial, {QStringLiteral(" 教育 "), psy}),
            deputy("g", QStringLiteral("孙明"), DeputyLevel::National, {edu, psy}),
        };
        deputies[4].termEnd = d(2026, 6, 30); // 周校长's term has ended by August
        deputies[6].active = false;           // 孙明 has left

        const QList<DeputySuggestion> ranked = DeputySuggester::suggest(deputies, {edu, psy}, d(2026, 8, 20));
        QStringList order;
        for (const DeputySuggestion &s : ranked)
            order << s.deputy.id;
        // Both tags first, provincial before county before township; then 王建国 with one; 赵医生 matches
        // none; 周校长 and 孙明 no longer serve.
        QCOMPARE(order, ids({"f", "a", "e", "b"}));
        QCOMPARE(ranked.at(0).matchedTags, (QStringList{edu, psy}));
        QCOMPARE(ranked.at(3).matchedTags, QStringList{edu});

        // Before the term ended, 周校长 ranks with 张律师 (both tags, provincial), after her by pinyin
        // (Zhang < Zhou, though 周 comes before 张 in code points).
        const QList<DeputySuggestion> inMarch = DeputySuggester::suggest(deputies, {edu, psy}, d(2026, 3, 1));
        QCOMPARE(inMarch.size(), 5);
        QCOMPARE(inMarch.at(0).deputy.id, QStringLiteral("f"));
        QCOMPARE(inMarch.at(1).deputy.id, QStringLiteral("c"));

        // Same matches and level: by name in pinyin order (Chen < Li < Wang), whatever the input order.
        QList<Deputy> county{deputy("x", QStringLiteral("王一"), DeputyLevel::County, {edu}),
                             deputy("y", QStringLiteral("陈二"), DeputyLevel::County, {edu}),
                             deputy("z", QStringLiteral("李三"), DeputyLevel::County, {edu})};
        const QList<DeputySuggestion> byName = DeputySuggester::suggest(county, {edu}, d(2026, 8, 20));
        QCOMPARE(byName.size(), 3);
        QCOMPARE(byName.at(0).deputy.id, QStringLiteral("y"));
        QCOMPARE(byName.at(1).deputy.id, QStringLiteral("z"));
        QCOMPARE(byName.at(2).deputy.id, QStringLiteral("x"));

        // No tags: everyone serving, by level.
        QCOMPARE(DeputySuggester::suggest(deputies, {}, d(2026, 8, 20)).size(), 5);
        QCOMPARE(DeputySuggester::suggest(deputies, {}, d(2026, 8, 20)).first().deputy.id, QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestScheduleGenerator)
#include "tst_schedulegenerator.moc"
