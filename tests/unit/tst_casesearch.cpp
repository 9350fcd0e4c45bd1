// Chinese full-text search over cases: the bigram tokenizer, the query built from what a user types, and the
// case list filtered by it. Words of 1, 2 and 3+ characters, mixed ASCII, quotes and SQL/HTML as plain text,
// replies found, the index kept current by interactive writes and caught up after a bulk load.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "models/CaseListModel.h"
#include "search/BigramTokenizer.h"
#include "search/CaseSearchQuery.h"
#include "storage/CaseSearchIndex.h"
#include "storage/DepartmentRepository.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

QString registerCase(Store &store, const QString &title, const QString &description = {})
{
    WriteTransaction tx(store);
    CaseRecord c;
    c.title = title;
    c.description = description;
    c.registeredOn = QDate(2026, 9, 1);
    if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
        return {};
    return c.id;
}

// Titles of the cases the list shows for a search, in case-number order.
QStringList titlesFor(Store &store, const QString &text)
{
    CaseListModel model(store);
    CaseFilter f;
    f.text = text;
    f.sort = CaseFilter::Sort::CaseNumber;
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, CaseListModel::Title).data().toString();
    if (model.countMatching() != out.size())
        return {QStringLiteral("count differs from rows")};
    return out;
}

int queueMigrationVersion()
{
    for (const Migration &m : Migrator::available())
        if (m.name == QLatin1String("case_search_queue"))
            return m.version;
    return 0;
}

int queued(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM case_search_queue")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCaseSearch : public QObject
{
    Q_OBJECT

private slots:
    void tokenizerEmitsBigramsAndTheLastCharacter()
    {
        QCOMPARE(BigramTokenizer::tokens(QStringLiteral("道路积水"), false),
                 (QStringList{QStringLiteral("道路"), QStringLiteral("路积"), QStringLiteral("积水"),
                              QStringLiteral("水")}));
        QCOMPARE(BigramTokenizer::tokens(QStringLiteral("道路积水"), true),
                 (QStringList{QStringLiteral("道路"), QStringLiteral("路积"), QStringLiteral("积水")}));
        // Punctuation separates runs; ASCII folds to lower case and runs into Chinese.
        QCOMPARE(BigramTokenizer::tokens(QStringLiteral("A区，路"), false),
                 (QStringList{QStringLiteral("a区"), QStringLiteral("区"), QStringLiteral("路")}));
        QCOMPARE(BigramTokenizer::tokens(QStringLiteral("  ，。!"), false), QStringList());
        // A run longer than the tokenizer's buffer loses no bigram.
        QString longRun;
        for (int i = 0; i < 600; ++i)
            longRun += QChar(0x4E00 + i);
        const QStringList tokens = BigramTokenizer::tokens(longRun, false);
        QCOMPARE(tokens.size(), 600);
        QCOMPARE(tokens.at(299), longRun.mid(299, 2));
        QCOMPARE(tokens.last(), longRun.right(1));
    }

    void queryQuotesWhatUsersType()
    {
        CaseSearchQuery q = CaseSearchQuery::parse(QStringLiteral(" 停车  路 "));
        QCOMPARE(q.match, QStringLiteral("\"停车\" \"路\"*"));
        QVERIFY(q.literals.isEmpty());
        q = CaseSearchQuery::parse(QStringLiteral("\"x\" OR 1=1--"));
        QCOMPARE(q.match, QStringLiteral("\"x\"* \"OR\" \"1\"*")); // quoted: a word, not an operator
        QCOMPARE(q.literals, (QStringList{QStringLiteral("\"x\""), QStringLiteral("1=1--")}));
        QVERIFY(CaseSearchQuery::parse(QStringLiteral("   ")).isEmpty());
    }

    void findsWordsOfEveryLength()
    {
        test::TestStore ts;
        const QStringList titles = {
            QStringLiteral("道路积水严重"),           // 0
            QStringLiteral("小区噪音扰民"),           // 1
            QStringLiteral("停车位不足，物业不管"),   // 2
            QStringLiteral("路灯不亮"),               // 3
            QStringLiteral("WiFi信号差 A区"),         // 4
            QStringLiteral("垃圾分类"),               // 5
        };
        for (const QString &t : titles)
            QVERIFY(!registerCase(ts.store(), t).isEmpty());

        // Two characters: the words people type most.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("道路")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("噪音")), QStringList{titles.at(1)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("停车")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("物业")), QStringList{titles.at(2)});
        // At the end of a run and across no punctuation.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("不管")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("足物")), QStringList());
        // One character, wherever it stands in its run.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("路")), (QStringList{titles.at(0), titles.at(3)}));
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("管")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("类")), QStringList{titles.at(5)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("桥")), QStringList());
        // Three and more.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("积水严重")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("噪音扰")), QStringList{titles.at(1)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("噪音严重")), QStringList());
        // Several words: all of them, in any order.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("物业 停车")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("物业 噪音")), QStringList());
        // ASCII, case-insensitive, inside a word, mixed with Chinese.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("wifi")), QStringList{titles.at(4)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("iF")), QStringList{titles.at(4)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("fi信号")), QStringList{titles.at(4)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("a区")), QStringList{titles.at(4)});
        // Punctuation in a word is checked literally.
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("不足，物业")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("不足,物业")), QStringList());
    }

    void sqlHtmlAndQuotesAreJustText()
    {
        test::TestStore ts;
        const QStringList titles = {QStringLiteral("他说\"修好了\"其实没有"), QStringLiteral("<b>加粗</b>公告"),
                                    QStringLiteral("' OR 1=1 --"), QStringLiteral("普通的标题")};
        for (const QString &t : titles)
            QVERIFY(!registerCase(ts.store(), t).isEmpty());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("\"修好了\"")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("\"")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("<b>")), QStringList{titles.at(1)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("' OR 1=1 --")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("NEAR(a b)")), QStringList());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("标题*")), QStringList());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("AND")), QStringList());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("OR")), QStringList{titles.at(2)});
    }

    void findsDescriptionsAndRepliesAndFollowsEdits()
    {
        test::TestStore ts;
        const QString id = registerCase(ts.store(), QStringLiteral("小区问题"), QStringLiteral("电梯经常停运"));
        QVERIFY(!registerCase(ts.store(), QStringLiteral("别的事")).isEmpty());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("电梯")), QStringList{QStringLiteral("小区问题")});

        WriteTransaction dtx(ts.store());
        Department dep;
        dep.name = QStringLiteral("住建局");
        QVERIFY(DepartmentRepository(ts.store()).insert(dtx, dep));
        QVERIFY(dtx.commit());
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        QVERIFY(wf.accept(id));
        QVERIFY(wf.assign(id, dep.id));
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("维修")), QStringList());
        QVERIFY(wf.reply(id, QStringLiteral("已联系维保单位维修")));
        QCOMPARE(queued(ts->db()), 0);
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("维修")), QStringList{QStringLiteral("小区问题")});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("维保")), QStringList{QStringLiteral("小区问题")});

        WriteTransaction tx(ts.store());
        QVERIFY(tx.update(QStringLiteral("cases"), id, {{QStringLiteral("title"), QStringLiteral("电梯故障")}}));
        QVERIFY(tx.commit());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("故障")), QStringList{QStringLiteral("电梯故障")});
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("小区")), QStringList());
    }

    void writePathIndexesOnceAtCommit()
    {
        test::TestStore ts;
        QVERIFY(!registerCase(ts.store(), QStringLiteral("早先的案件")).isEmpty());
        {
            WriteTransaction tx(ts.store());
            for (const QString &title : {QStringLiteral("道路积水严重"), QStringLiteral("积水井盖缺失")}) {
                CaseRecord c;
                c.title = title;
                c.registeredOn = QDate(2026, 9, 1);
                QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c));
            }
            // Inside the transaction the cases are only noted; the index is written once, at the commit.
            QCOMPARE(queued(ts->db()), 2);
            QCOMPARE(ts.count(QStringLiteral("case_fts")), 1);
            QVERIFY(tx.commit());
        }
        // Found the moment the transaction committed, and nothing is left queued.
        QCOMPARE(queued(ts->db()), 0);
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("积水")),
                 (QStringList{QStringLiteral("道路积水严重"), QStringLiteral("积水井盖缺失")}));
        // A transaction rolled back leaves neither the case nor a queued row.
        {
            WriteTransaction tx(ts.store());
            CaseRecord c;
            c.title = QStringLiteral("撤回的积水");
            c.registeredOn = QDate(2026, 9, 1);
            QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c));
            tx.rollback();
        }
        QCOMPARE(queued(ts->db()), 0);
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("撤回")), QStringList());
        // An edit that does not touch the indexed text queues nothing.
        const QString id = registerCase(ts.store(), QStringLiteral("路灯不亮"));
        WriteTransaction tx(ts.store());
        QVERIFY(tx.update(QStringLiteral("cases"), id, {{QStringLiteral("location"), QStringLiteral("3 号楼")}}));
        QCOMPARE(queued(ts->db()), 0);
        QVERIFY(tx.commit());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("路灯")), QStringList{QStringLiteral("路灯不亮")});
    }

    void writeBehindTheWritePathIsIndexedOnOpen()
    {
        test::TestStore ts;
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, station_id, hlc, case_no, title, channel, registered_on) "
                                      "VALUES ('raw1', '%1', 'h', 'no1', '垃圾清运不及时', 'walk_in', '2026-10-01')")
                           .arg(ts.stationId())));
        // Raw SQL outside the write path only queues the case (nothing flushes it in that statement)...
        QCOMPARE(queued(ts->db()), 1);
        // ...and it is not lost: opening the store (or the next write transaction) indexes it.
        ts.reopen();
        QCOMPARE(queued(ts->db()), 0);
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("垃圾")), QStringList{QStringLiteral("垃圾清运不及时")});
    }

    void migrationToTheQueueKeepsSearchResults()
    {
        const int queueVersion = queueMigrationVersion();
        QVERIFY(queueVersion > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QStringList words{QStringLiteral("积水"), QStringLiteral("噪音"), QStringLiteral("电梯"), QStringLiteral("路"),
                                QStringLiteral("严重"), QStringLiteral("夜间施工")};
        QList<QStringList> before;
        {
            OpenOptions old;
            old.targetVersion = queueVersion - 1;
            auto opened = Store::open(path, old);
            QVERIFY(opened.ok());
            Store &store = *opened.value();
            const QString stationId = Uuid7::generate();
            WriteTransaction tx(store);
            QVERIFY(tx.insert(QStringLiteral("station"), stationId,
                              {{QStringLiteral("station_id"), stationId},
                               {QStringLiteral("code"), QStringLiteral("330203006")},
                               {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                               {QStringLiteral("division_code"), QStringLiteral("330203006")}}));
            QVERIFY(tx.commit());
            QVERIFY(store.setUpDevice(stationId, QLatin1Char('A')));
            QVERIFY(!registerCase(store, QStringLiteral("道路积水"), QStringLiteral("雨后路面积水严重")).isEmpty());
            QVERIFY(!registerCase(store, QStringLiteral("夜间施工噪音"), QStringLiteral("工地夜间施工")).isEmpty());
            QVERIFY(!registerCase(store, QStringLiteral("电梯停运")).isEmpty());
            for (const QString &word : words)
                before << titlesFor(store, word);
            QCOMPARE(before.first(), QStringList{QStringLiteral("道路积水")});
        }
        auto opened = Store::open(path);
        QVERIFY(opened.ok());
        Store &store = *opened.value();
        QCOMPARE(Migrator::currentVersion(store.db()), Migrator::latestVersion());
        for (qsizetype i = 0; i < words.size(); ++i)
            QCOMPARE(titlesFor(store, words.at(i)), before.at(i));
        QCOMPARE(queued(store.db()), 0);
        // And the store keeps indexing what is saved after the migration.
        QVERIFY(!registerCase(store, QStringLiteral("电梯又坏了")).isEmpty());
        QCOMPARE(titlesFor(store, QStringLiteral("电梯")), (QStringList{QStringLiteral("电梯停运"), QStringLiteral("电梯又坏了")}));
    }

    void bulkLoadIsIndexedAtTheEnd()
    {
        test::TestStore ts;
        QVERIFY(!registerCase(ts.store(), QStringLiteral("早先的案件")).isEmpty());
        {
            auto deferral = CaseSearchIndex::defer(ts->db());
            QVERIFY(deferral.ok());
            QVERIFY(!registerCase(ts.store(), QStringLiteral("批量导入的噪音")).isEmpty());
            // Not yet indexed: the triggers are off on this connection.
            QCOMPARE(ts.count(QStringLiteral("case_fts")), 1);
            QVERIFY(deferral->finish());
        }
        QCOMPARE(ts.count(QStringLiteral("case_fts")), 2);
        QCOMPARE(ts.count(QStringLiteral("case_search_backlog")), 0);
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("噪音")), QStringList{QStringLiteral("批量导入的噪音")});
        // And the triggers are on again.
        QVERIFY(!registerCase(ts.store(), QStringLiteral("之后的道路")).isEmpty());
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("道路")), QStringList{QStringLiteral("之后的道路")});
    }

    void crashDuringBulkLoadIsCaughtUpOnOpen()
    {
        test::TestStore ts;
        {
            auto deferral = CaseSearchIndex::defer(ts->db());
            QVERIFY(deferral.ok());
            QVERIFY(!registerCase(ts.store(), QStringLiteral("停电没人管")).isEmpty());
            // A crash: the backlog stays recorded. Simulated by forgetting it before the guard ends.
            QSqlQuery q(ts->db());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM case_search_backlog")));
            QVERIFY(deferral->finish());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO case_search_backlog SELECT * FROM temp.kept")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM case_fts")));
        }
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("停电")), QStringList());
        ts.reopen();
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("停电")), QStringList{QStringLiteral("停电没人管")});
        QCOMPARE(ts.count(QStringLiteral("case_search_backlog")), 0);
        // A rebuild gives the same index.
        QVERIFY(CaseSearchIndex::rebuild(ts->db()));
        QCOMPARE(titlesFor(ts.store(), QStringLiteral("管")), QStringList{QStringLiteral("停电没人管")});
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
