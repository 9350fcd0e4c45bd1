// Reception rules: their date patterns and their one-line text form (parse, round trip, every error).

#include "schedule/ReceptionRuleParser.h"

#include <QTest>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

ReceptionRule parsed(const QString &text)
{
    auto rule = ReceptionRuleParser::parse(text);
    if (!rule)
        qWarning("%s: %s", qPrintable(text), qPrintable(rule.error().message));
    return rule ? rule.value() : ReceptionRule{};
}

} // namespace

class TestReceptionRule : public QObject
{
    Q_OBJECT

private slots:
    void weekdayOfMonth()
    {
        // 2026-02-01 is a Sunday: Thursdays are the 5th, 12th, 19th and 26th.
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 2, 1, Qt::Thursday), d(2026, 2, 5));
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 2, 3, Qt::Thursday), d(2026, 2, 19));
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 2, ReceptionRule::LastWeek, Qt::Thursday), d(2026, 2, 26));
        QVERIFY(!ReceptionRule::weekdayOfMonth(2026, 2, 5, Qt::Thursday).isValid());
        // 2026-10-01 is itself a Thursday, so it is the 1st one, not the "2nd week".
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 10, 1, Qt::Thursday), d(2026, 10, 1));
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 10, 5, Qt::Thursday), d(2026, 10, 29));
        // The last Sunday of a month ending on a Sunday (2026-05-31).
        QCOMPARE(ReceptionRule::weekdayOfMonth(2026, 5, ReceptionRule::LastWeek, Qt::Sunday), d(2026, 5, 31));
        QVERIFY(!ReceptionRule::weekdayOfMonth(2026, 5, 6, Qt::Sunday).isValid());
        QVERIFY(!ReceptionRule::weekdayOfMonth(2026, 5, 1, 8).isValid());
    }

    void nominalDates()
    {
        // 5th Thursdays of 2026: only five months have one; "last" on the same day gives one session.
        const ReceptionRule fifth =
            parsed(QStringLiteral("monthly weeks=5,last day=thu from=2026-01-01 until=2026-12-31"));
        const QList<QDate> dates = fifth.nominalDates(d(2026, 1, 1), d(2026, 12, 31));
        QCOMPARE(dates.size(), 12);
        QVERIFY(dates.contains(d(2026, 1, 29)));
        QVERIFY(dates.contains(d(2026, 2, 26))); // last, no 5th
        QCOMPARE(dates.first(), d(2026, 1, 29));
        QCOMPARE(dates.last(), d(2026, 12, 31));

        const ReceptionRule weekly = parsed(QStringLiteral("weekly day=sat half=am from=2026-03-10 until=2026-03-31"));
        QCOMPARE(weekly.nominalDates(d(2026, 1, 1), d(2026, 12, 31)),
                 (QList<QDate>{d(2026, 3, 14), d(2026, 3, 21), d(2026, 3, 28)}));
        QCOMPARE(weekly.nominalDates(d(2026, 3, 20), d(2026, 3, 27)), QList<QDate>{d(2026, 3, 21)});

        const ReceptionRule once = parsed(QStringLiteral("once date=2026-08-20"));
        QCOMPARE(once.nominalDates(d(2026, 8, 1), d(2026, 8, 31)), QList<QDate>{d(2026, 8, 20)});
        QVERIFY(once.nominalDates(d(2026, 9, 1), d(2026, 9, 30)).isEmpty());
    }

    void rotationInPairs()
    {
        ReceptionRule rule;
        rule.deputyIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                          QStringLiteral("e")};
        rule.perSession = 2;
        QCOMPARE(rule.deputiesForTurn(0), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(rule.deputiesForTurn(2), (QStringList{QStringLiteral("e"), QStringLiteral("a")}));
        QCOMPARE(rule.deputiesForTurn(5), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        rule.perSession = 0; // the whole pool
        QCOMPARE(rule.deputiesForTurn(3), rule.deputyIds);
        rule.deputyIds.clear();
        QVERIFY(rule.deputiesForTurn(0).isEmpty());
    }

    void parsesTheDistrictRule()
    {
        auto rule = ReceptionRuleParser::parse(QStringLiteral(
            "monthly weeks=4,2 day=thu half=pm deputies=d1,d2,d3 per=2 holiday=next from=2026-01-01 until=2026-12-31 "
            "topic=\"开学前 心理辅导\" tags=教育、心理"));
        QVERIFY2(rule.ok(), qPrintable(rule.error().message));
        QCOMPARE(rule->kind, ReceptionRule::Monthly);
        QCOMPARE(rule->weeks, (QList<int>{2, 4}));
        QCOMPARE(rule->weekday, int(Qt::Thursday));
        QCOMPARE(rule->halfDay, HalfDay::Afternoon);
        QCOMPARE(rule->deputyIds, (QStringList{QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
        QCOMPARE(rule->perSession, 2);
        QCOMPARE(rule->holidayPolicy, ReceptionRule::MoveToNext);
        QCOMPARE(rule->validFrom, d(2026, 1, 1));
        QCOMPARE(rule->validUntil, d(2026, 12, 31));
        QCOMPARE(rule->topic, QStringLiteral("开学前 心理辅导"));
        QCOMPARE(rule->expertiseTags, (QStringList{QStringLiteral("教育"), QStringLiteral("心理")}));
    }

    void defaultsAndSynonyms()
    {
        // What staff type with a Chinese input method: Chinese weekday, half-day, quotes and separators.
        auto rule = ReceptionRuleParser::parse(
            QStringLiteral("  WEEKLY  day=星期三 half=上午 from=2026-03-01 topic=“垃圾 分类” tags=环保，物业  "));
        QVERIFY2(rule.ok(), qPrintable(rule.error().message));
        QCOMPARE(rule->kind, ReceptionRule::Weekly);
        QCOMPARE(rule->weekday, int(Qt::Wednesday));
        QCOMPARE(rule->halfDay, HalfDay::Morning);
        QCOMPARE(rule->topic, QStringLiteral("垃圾 分类"));
        QCOMPARE(rule->expertiseTags, (QStringList{QStringLiteral("环保"), QStringLiteral("物业")}));
        QCOMPARE(rule->holidayPolicy, ReceptionRule::MoveToNext);
        QVERIFY(!rule->validUntil.isValid());
        QCOMPARE(rule->perSession, 0);

        auto once = ReceptionRuleParser::parse(QStringLiteral("once date=2026-08-20 holiday=prev"));
        QVERIFY2(once.ok(), qPrintable(once.error().message));
        QCOMPARE(once->validFrom, d(2026, 8, 20));
        QCOMPARE(once->validUntil, d(2026, 8, 20));
        QCOMPARE(once->halfDay, HalfDay::Afternoon);
        QCOMPARE(once->holidayPolicy, ReceptionRule::MoveToPrevious);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("district") << QStringLiteral(
            "monthly weeks=2,4 day=thu half=pm deputies=d1,d2,d3,d4,d5 per=2 holiday=next from=2026-01-01 "
            "until=2026-12-31");
        QTest::newRow("last week") << QStringLiteral(
            "monthly weeks=1,last day=fri half=am holiday=skip from=2026-01-01");
        QTest::newRow("weekly") << QStringLiteral("weekly day=sun half=am holiday=keep from=2026-05-01");
        QTest::newRow("themed") << QStringLiteral(
            "once date=2026-08-20 half=pm deputies=x,y holiday=previous topic=\"开学前 \\\"心理\\\" 辅导 \\\\ 答疑\" "
            "tags=教育,心理");
        QTest::newRow("leaders") << QStringLiteral(
            "leaders weeks=1 day=mon half=am deputies=l1,l2,l3 per=1 holiday=next from=2026-01-01 until=2026-12-31");
        QTest::newRow("quoted pool") << QStringLiteral(
            "weekly day=tue half=pm deputies=\"a b,c\" holiday=next from=2026-01-01 topic=“x”");
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        auto rule = ReceptionRuleParser::parse(text);
        QVERIFY2(rule.ok(), qPrintable(rule.error().message));
        const QString canonical = ReceptionRuleParser::toText(rule.value());
        auto again = ReceptionRuleParser::parse(canonical);
        QVERIFY2(again.ok(), qPrintable(canonical + QStringLiteral(": ") + again.error().message));
        QVERIFY2(again.value() == rule.value(), qPrintable(canonical));
        QCOMPARE(ReceptionRuleParser::toText(again.value()), canonical);
    }

    void canonicalText()
    {
        // Keys in a fixed order with the defaults spelled out.
        QCOMPARE(ReceptionRuleParser::toText(parsed(QStringLiteral("monthly from=2026-01-01 day=thursday weeks=4,2"))),
                 QStringLiteral("monthly weeks=2,4 day=thu half=pm holiday=next from=2026-01-01"));
        QCOMPARE(
            ReceptionRuleParser::toText(parsed(QStringLiteral("once date=2026-08-20 topic=\"a b\" tags=教育、心理"))),
            QStringLiteral("once date=2026-08-20 half=pm holiday=next topic=\"a b\" tags=教育,心理"));
    }

    void errorsNameTheToken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("token");
        const QString base = QStringLiteral("monthly weeks=2,4 day=thu from=2026-01-01 ");
        QTest::newRow("unknown key") << base + QStringLiteral("colour=red") << "unknown_key"
                                     << "colour=red";
        QTest::newRow("bad weekday") << QStringLiteral("monthly weeks=2 day=thx from=2026-01-01") << "bad_weekday"
                                     << "day=thx";
        QTest::newRow("week 6") << QStringLiteral("monthly weeks=2,6 day=thu from=2026-01-01") << "bad_week"
                                << "weeks=2,6";
        QTest::newRow("week 0") << QStringLiteral("monthly weeks=0 day=thu from=2026-01-01") << "bad_week"
                                << "weeks=0";
        QTest::newRow("repeated week") << QStringLiteral("monthly weeks=2,2 day=thu from=2026-01-01") << "repeated_week"
                                       << "weeks=2,2";
        QTest::newRow("from after until") << base + QStringLiteral("until=2025-12-31") << "from_after_until"
                                          << "until=2025-12-31";
        QTest::newRow("per=0") << base + QStringLiteral("per=0") << "bad_per"
                               << "per=0";
        QTest::newRow("per=two") << base + QStringLiteral("per=two") << "bad_per"
                                 << "per=two";
        QTest::newRow("per over pool") << base + QStringLiteral("deputies=a,b per=3") << "per_exceeds_pool"
                                       << "per=3";
        QTest::newRow("unterminated quote") << base + QStringLiteral("topic=\"开学前 辅导") << "unterminated_quote"
                                            << "topic=\"开学前 辅导";
        QTest::newRow("unterminated chinese quote") << base + QStringLiteral("topic=“开学前") << "unterminated_quote"
                                                    << "topic=“开学前";
        QTest::newRow("unknown kind") << QStringLiteral("daily day=thu") << "unknown_kind"
                                      << "daily";
        QTest::newRow("no kind") << QStringLiteral("day=thu weeks=2") << "unknown_kind"
                                 << "day=thu";
        QTest::newRow("no value") << base + QStringLiteral("holiday") << "no_value"
                                  << "holiday";
        QTest::newRow("repeated key") << base + QStringLiteral("day=fri") << "repeated_key"
                                      << "day=fri";
        QTest::newRow("bad date") << QStringLiteral("weekly day=thu from=2026-02-30") << "bad_date"
                                  << "from=2026-02-30";
        QTest::newRow("bad half") << base + QStringLiteral("half=noon") << "bad_half_day"
                                  << "half=noon";
        QTest::newRow("bad policy") << base + QStringLiteral("holiday=later") << "bad_holiday_policy"
                                    << "holiday=later";
        QTest::newRow("repeated deputy") << base + QStringLiteral("deputies=a,b,a") << "repeated_deputy"
                                         << "deputies=a,b,a";
        QTest::newRow("weeks on weekly") << QStringLiteral("weekly weeks=2 day=thu from=2026-01-01") << "not_applicable"
                                         << "weeks=2";
        QTest::newRow("day on once") << QStringLiteral("once date=2026-08-20 day=thu") << "not_applicable"
                                     << "day=thu";
        QTest::newRow("missing weeks") << QStringLiteral("monthly day=thu from=2026-01-01") << "missing_key"
                                       << "weeks=";
        QTest::newRow("missing from") << QStringLiteral("weekly day=thu") << "missing_key"
                                      << "from=";
        QTest::newRow("missing date") << QStringLiteral("once topic=x") << "missing_key"
                                      << "date=";
        QTest::newRow("empty") << QStringLiteral("   ") << "empty"
                               << "";
    }

    void errorsNameTheToken()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, token);
        auto rule = ReceptionRuleParser::parse(text);
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().code, QStringLiteral("schedule.rule.") + code);
        QVERIFY2(rule.error().message.contains(token), qPrintable(rule.error().message));
    }

    void fromAfterUntilNamesBoth()
    {
        auto rule = ReceptionRuleParser::parse(QStringLiteral("weekly day=thu until=2026-01-31 from=2026-02-01"));
        QVERIFY(!rule.ok());
        QVERIFY(rule.error().message.contains(QStringLiteral("from=2026-02-01")));
        QVERIFY(rule.error().message.contains(QStringLiteral("until=2026-01-31")));
    }
};

QTEST_GUILESS_MAIN(TestReceptionRule)
#include "tst_receptionrule.moc"
