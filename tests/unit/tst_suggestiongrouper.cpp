// The groups of similar cases the program proposes for a deputy's suggestion, on a store whose expected groups
// were worked out by hand: the same category in the same community, titles sharing a word across communities,
// ranked by citizens then cases; old, cancelled and too-small sets and frame words (问题) propose nothing.

#include "TestStore.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/WriteTransaction.h"
#include "suggestions/SuggestionGrouper.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {
QDateTime local(QDate date)
{
    return QDateTime(date, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}
const QString Yunle = QStringLiteral("330203006002"); // 云乐社区
const QString Nanya = QStringLiteral("330203006003"); // 南雅社区
const QDate Today(2026, 11, 2);
} // namespace

class TestSuggestionGrouper : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_category; // code -> id
    QString m_departmentId;
    QHash<QString, QString> m_ids; // title -> case id

    void addReferenceRows(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        for (const auto &[code, name] :
             {std::pair{"parking", "停车管理"}, std::pair{"environment", "环境保护"}, std::pair{"road", "道路设施"}}) {
            Category c;
            c.code = QString::fromUtf8(code);
            c.name = QString::fromUtf8(name);
            QVERIFY(CategoryRepository(ts.store()).insert(tx, c));
            m_category.insert(c.code, c.id);
        }
        Department dep;
        dep.name = QStringLiteral("城管中队");
        QVERIFY(DepartmentRepository(ts.store()).insert(tx, dep));
        m_departmentId = dep.id;
        QVERIFY(tx.commit());
    }

    void addCase(test::TestStore &ts, QDate on, const QString &title, const QString &category, const QString &community,
                 const QString &phone, const QString &name)
    {
        Clock::setFixedNow(local(on));
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = title;
        c.categoryId = m_category.value(category);
        c.communityCode = community;
        c.citizenPhone = phone;
        c.citizenName = name;
        QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c));
        QVERIFY(tx.commit());
        m_ids.insert(title, c.id);
    }

    QStringList ids(const QStringList &titles) const
    {
        QStringList out;
        for (const QString &t : titles)
            out << m_ids.value(t);
        return out;
    }

    // The fixture; the groups each test expects are written out next to it.
    void buildStore(test::TestStore &ts)
    {
        addReferenceRows(ts);
        // Parking in 云乐社区: four cases, three citizens (张三 twice), one of them closed.
        addCase(ts, {2026, 3, 5}, QStringLiteral("小区停车位不足"), QStringLiteral("parking"), Yunle,
                QStringLiteral("13800000001"), QStringLiteral("张三"));
        addCase(ts, {2026, 5, 10}, QStringLiteral("停车位被占用问题"), QStringLiteral("parking"), Yunle,
                QStringLiteral("13800000002"), QStringLiteral("李四"));
        addCase(ts, {2026, 7, 1}, QStringLiteral("夜间乱停车"), QStringLiteral("parking"), Yunle,
                QStringLiteral("13800000001"), QStringLiteral("张三"));
        addCase(ts, {2026, 8, 3}, QStringLiteral("电动车停车棚"), QStringLiteral("parking"), Yunle, QString(),
                QStringLiteral("王五"));
        // More than twelve months before today: left out.
        addCase(ts, {2025, 10, 9}, QStringLiteral("停车难"), QStringLiteral("parking"), Yunle, QString(),
                QStringLiteral("老李"));
        // Noise in two communities: one word (噪音) brings three cases together; 扰民 is in two of them.
        addCase(ts, {2026, 4, 1}, QStringLiteral("广场舞噪音扰民问题"), QStringLiteral("environment"), Nanya, QString(),
                QStringLiteral("赵六"));
        addCase(ts, {2026, 6, 1}, QStringLiteral("夜间施工噪音"), QStringLiteral("environment"), Yunle, QString(),
                QStringLiteral("钱七"));
        addCase(ts, {2026, 9, 1}, QStringLiteral("装修噪音扰民"), QStringLiteral("environment"), Nanya, QString(),
                QStringLiteral("孙八"));
        // Cancelled: it would make a third environment case in 南雅社区.
        addCase(ts, {2026, 9, 10}, QStringLiteral("噪音扰民严重"), QStringLiteral("environment"), Nanya, QString(),
                QStringLiteral("周九"));
        // Roads in 南雅社区: three cases from one citizen.
        addCase(ts, {2026, 8, 12}, QStringLiteral("路灯不亮"), QStringLiteral("road"), Nanya,
                QStringLiteral("13900000009"), QStringLiteral("吴十"));
        addCase(ts, {2026, 9, 15}, QStringLiteral("路灯损坏"), QStringLiteral("road"), Nanya,
                QStringLiteral("13900000009"), QStringLiteral("吴十"));
        addCase(ts, {2026, 10, 20}, QStringLiteral("井盖缺失问题"), QStringLiteral("road"), Nanya,
                QStringLiteral("13900000009"), QStringLiteral("吴十"));

        Clock::setFixedNow(local(Today));
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar::fromStore(ts->db()));
        const QString closed = m_ids.value(QStringLiteral("夜间乱停车"));
        QVERIFY(workflow.accept(closed));
        QVERIFY(workflow.assign(closed, m_departmentId));
        QVERIFY(workflow.reply(closed, QStringLiteral("已加强巡查")));
        QVERIFY(workflow.feedBack(closed, QStringLiteral("电话")));
        QVERIFY(workflow.rate(closed, QStringLiteral("satisfied")));
        QVERIFY(workflow.cancel(m_ids.value(QStringLiteral("噪音扰民严重")), QStringLiteral("重复登记")));
    }

private slots:
    void cleanup()
    {
        Clock::setFixedNow({});
        m_ids.clear();
        m_category.clear();
    }

    void wordsOfATitle()
    {
        // Bigrams of Chinese runs only; frame words left out.
        QCOMPARE(SuggestionGrouper::significantWords(QStringLiteral("停车位问题")),
                 (QSet<QString>{QStringLiteral("停车"), QStringLiteral("车位"), QStringLiteral("位问")}));
        QCOMPARE(SuggestionGrouper::significantWords(QStringLiteral("A栋 电梯")),
                 (QSet<QString>{QStringLiteral("电梯")}));
        QVERIFY(SuggestionGrouper::significantWords(QStringLiteral("ABC 1")).isEmpty());
        // The case's own community is its place, not a word it shares (titles often begin with it).
        QCOMPARE(SuggestionGrouper::significantWords(QStringLiteral("云乐社区电梯故障"), QStringLiteral("云乐社区")),
                 (QSet<QString>{QStringLiteral("电梯"), QStringLiteral("梯故"), QStringLiteral("故障")}));
        QCOMPARE(SuggestionGrouper::significantWords(QStringLiteral("云乐小区停车"), QStringLiteral("云乐社区")),
                 (QSet<QString>{QStringLiteral("小区"), QStringLiteral("区停"), QStringLiteral("停车")}));
    }

    void proposesTheGroupsWorkedOutByHand()
    {
        test::TestStore ts;
        buildStore(ts);
        const QList<SuggestionGroup> groups = SuggestionGrouper(ts->db(), ts.stationId()).propose(Today);
        QCOMPARE(groups.size(), 3);

        // 1. Parking in 云乐社区: three citizens, four cases (the 2025 one is too old), one closed.
        const SuggestionGroup &parking = groups.at(0);
        QCOMPARE(parking.kind, SuggestionGroup::Kind::SameCategoryAndCommunity);
        QCOMPARE(parking.categoryName, QStringLiteral("停车管理"));
        QCOMPARE(parking.communityName, QStringLiteral("云乐社区"));
        QCOMPARE(parking.caseIds, ids({QStringLiteral("小区停车位不足"), QStringLiteral("停车位被占用问题"),
                                       QStringLiteral("夜间乱停车"), QStringLiteral("电动车停车棚")}));
        QCOMPARE(parking.citizens, 3);
        QCOMPARE(parking.openCases, 3);
        QCOMPARE(parking.firstRaised, QDate(2026, 3, 5));
        QCOMPARE(parking.lastRaised, QDate(2026, 8, 3));
        // Phrases of the titles, most shared first: 停车 in all four, 停车位 in two.
        QCOMPARE(parking.words, (QStringList{QStringLiteral("停车"), QStringLiteral("停车位")}));

        // 2. Noise across two communities, found by the shared word; the cancelled case is not evidence.
        const SuggestionGroup &noise = groups.at(1);
        QCOMPARE(noise.kind, SuggestionGroup::Kind::SharedWords);
        QCOMPARE(noise.categoryName, QStringLiteral("环境保护")); // all three share it
        QVERIFY(noise.communityName.isEmpty());                   // they do not share a community
        QCOMPARE(noise.caseIds, ids({QStringLiteral("广场舞噪音扰民问题"), QStringLiteral("夜间施工噪音"),
                                     QStringLiteral("装修噪音扰民")}));
        QCOMPARE(noise.citizens, 3);
        // 噪音 in all three; 噪音扰民 whole, not its bigrams 音扰 and 扰民.
        QCOMPARE(noise.words, (QStringList{QStringLiteral("噪音"), QStringLiteral("噪音扰民")}));

        // 3. Roads in 南雅社区: three cases but one citizen, so last.
        const SuggestionGroup &roads = groups.at(2);
        QCOMPARE(roads.kind, SuggestionGroup::Kind::SameCategoryAndCommunity);
        QCOMPARE(roads.categoryName, QStringLiteral("道路设施"));
        QCOMPARE(roads.communityName, QStringLiteral("南雅社区"));
        QCOMPARE(roads.citizens, 1);
        QCOMPARE(roads.caseCount(), 3);
        QCOMPARE(roads.words, (QStringList{QStringLiteral("路灯")}));
        // 问题 is in three titles of three categories, yet proposes nothing; no group repeats another's cases.
        for (const SuggestionGroup &g : groups)
            QVERIFY(!g.words.contains(QStringLiteral("问题")));
    }

    void periodAndSizeAreOptions()
    {
        test::TestStore ts;
        buildStore(ts);
        const SuggestionGrouper grouper(ts->db(), ts.stationId());
        // Six months back (from 2026-05-02): the first parking case and the first noise case drop out; noise has
        // two cases left, below the minimum.
        SuggestionGrouperOptions six;
        six.months = 6;
        const QList<SuggestionGroup> recent = grouper.propose(Today, six);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).caseIds, ids({QStringLiteral("停车位被占用问题"), QStringLiteral("夜间乱停车"),
                                            QStringLiteral("电动车停车棚")}));
        QCOMPARE(recent.at(0).citizens, 3);
        QCOMPARE(recent.at(1).categoryName, QStringLiteral("道路设施"));

        // At least four cases: only parking.
        SuggestionGrouperOptions four;
        four.minCases = 4;
        const QList<SuggestionGroup> big = grouper.propose(Today, four);
        QCOMPARE(big.size(), 1);
        QCOMPARE(big.at(0).categoryName, QStringLiteral("停车管理"));
    }

    void theGroupsDoNotDependOnThePageSize()
    {
        // The cases are read a page at a time: on the demo station (about 700 cases in the year) a page of one
        // case, of a few and of all of them propose the very same groups, down to the order of their cases.
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(opened);
        Store &store = *opened.value();
        DemoOptions demo;
        demo.endDate = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator::generate(store, demo));
        const SuggestionGrouper grouper(store.db(), store.stationId());
        SuggestionGrouperOptions options;
        options.pageSize = 100000;
        const QList<SuggestionGroup> whole = grouper.propose(demo.endDate, options);
        QVERIFY(whole.size() >= 10);
        for (int pageSize : {1, 3, 7, 200}) {
            options.pageSize = pageSize;
            qint64 reported = 0;
            options.progress = [&](qint64 done, qint64 total) {
                QVERIFY(done <= total || total == 0);
                reported = done;
            };
            const QList<SuggestionGroup> paged = grouper.propose(demo.endDate, options);
            QCOMPARE(paged.size(), whole.size());
            QVERIFY(reported > 0);
            for (int i = 0; i < whole.size(); ++i) {
                const SuggestionGroup &a = whole.at(i);
                const SuggestionGroup &b = paged.at(i);
                QCOMPARE(b.kind, a.kind);
                QCOMPARE(b.categoryId, a.categoryId);
                QCOMPARE(b.communityCode, a.communityCode);
                QCOMPARE(b.communityName, a.communityName);
                QCOMPARE(b.words, a.words);
                QCOMPARE(b.caseIds, a.caseIds);
                QCOMPARE(b.cases, a.cases);
                QCOMPARE(b.citizens, a.citizens);
                QCOMPARE(b.openCases, a.openCases);
                QCOMPARE(b.firstRaised, a.firstRaised);
                QCOMPARE(b.lastRaised, a.lastRaised);
            }
        }
        // Every group holds all its cases here (none is near the evidence limit), in registration order.
        for (const SuggestionGroup &g : whole)
            QCOMPARE(g.caseIds.size(), g.cases);
    }

    void aBigGroupKeepsItsLatestCasesAsEvidence()
    {
        // The evidence kept per group is bounded: with room for two cases, the parking group still counts its four
        // cases and three citizens but keeps the two latest to draft from, and finds its words in them.
        test::TestStore ts;
        buildStore(ts);
        SuggestionGrouperOptions options;
        options.sampleLimit = 2;
        const QList<SuggestionGroup> groups = SuggestionGrouper(ts->db(), ts.stationId()).propose(Today, options);
        QCOMPARE(groups.size(), 3);
        const SuggestionGroup &parking = groups.at(0);
        QCOMPARE(parking.caseCount(), 4);
        QCOMPARE(parking.citizens, 3);
        QCOMPARE(parking.caseIds, ids({QStringLiteral("夜间乱停车"), QStringLiteral("电动车停车棚")}));
        QCOMPARE(parking.words, (QStringList{QStringLiteral("停车")}));
    }

    void cancelledProposesNothing()
    {
        test::TestStore ts;
        buildStore(ts);
        const std::atomic_bool cancel{true};
        QVERIFY(SuggestionGrouper(ts->db(), ts.stationId()).propose(Today, {}, &cancel).isEmpty());
    }
};

QTEST_MAIN(TestSuggestionGrouper)
#include "tst_suggestiongrouper.moc"
