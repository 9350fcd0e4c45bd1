// The case list: every filter and sort, read page by page, gives exactly the rows of one plain query, in
// the same order (no row skipped or repeated at a page boundary, even inside runs of equal dates); the
// statements use an index at scale; filters survive a JSON round trip.

#include "TestStore.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "models/CaseFilter.h"
#include "models/CaseListModel.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

Q_DECLARE_METATYPE(zt::CaseFilter)

namespace {

const QDate endDate(2026, 10, 31);

std::unique_ptr<Store> generate(const QTemporaryDir &dir, const QString &name, int cases)
{
    auto opened = Store::open(dir.filePath(name));
    if (!opened)
        qFatal("cannot open store: %s", qPrintable(opened.error().message));
    std::unique_ptr<Store> store = std::move(opened.value());
    DemoOptions options;
    options.endDate = endDate;
    options.cases = cases;
    auto result = DemoGenerator::generate(*store, options);
    if (!result.ok())
        qFatal("demo failed: %s", qPrintable(result.error().message));
    return store;
}

QStringList column(const Store &store, const QString &sql, const QVariantList &binds = {})
{
    QStringList out;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString scalar(const Store &store, const QString &sql)
{
    const QStringList values = column(store, sql);
    return values.isEmpty() ? QString() : values.first();
}

// All rows of the model, fetching page after page as a view scrolling to the end would.
QStringList fetchAll(CaseListModel &model)
{
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 100000)
        model.fetchMore({});
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.rowId(r);
    return ids;
}

QStringList queryPlan(const Store &store, const CaseListModel::Query &query)
{
    QStringList lines;
    QSqlQuery q(store.db());
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql))
        qFatal("explain failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant &b : query.binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("explain failed: %s", qPrintable(q.lastError().text()));
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the default demo station, generated once and only read by the tests

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Overdue is judged against today: pin it to the demo's last day.
        Clock::setFixedNow(QDateTime(endDate, QTime(9, 0), Qt::UTC));
        m_store = generate(m_dir, QStringLiteral("demo.sqlite"), 0);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Clock::setFixedNow({});
    }

    void pagesMatchOnePlainQuery_data()
    {
        QTest::addColumn<CaseFilter>("filter");
        QTest::addColumn<QString>("where"); // the same filter in plain SQL, station and deleted aside
        QTest::addColumn<QVariantList>("binds");
        QTest::addColumn<QString>("orderBy");

        const QString newest = QStringLiteral("registered_on DESC, id DESC");
        // The text search's meaning in plain SQL: the word in the title, the description or a reply.
        const auto hasText = [](const QString &word) {
            return QStringLiteral("(instr(title, '%1') > 0 OR instr(description, '%1') > 0 OR id IN (SELECT case_id "
                                  "FROM case_event WHERE kind = 'replied' AND deleted = 0 AND instr(note, '%1') > 0))")
                .arg(word);
        };
        // Commonest values, so the filters return many pages.
        const QString category =
            scalar(*m_store, QStringLiteral("SELECT category_id FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        const QString department =
            scalar(*m_store, QStringLiteral("SELECT department_id FROM cases WHERE department_id IS NOT NULL GROUP BY "
                                            "1 ORDER BY count(*) DESC LIMIT 1"));
        const QString point = scalar(
            *m_store,
            QStringLiteral(
                "SELECT point_id FROM cases WHERE point_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        const QString deputy = scalar(
            *m_store,
            QStringLiteral(
                "SELECT deputy_id FROM cases WHERE deputy_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        const QString openDeputy = scalar(
            *m_store, QStringLiteral("SELECT deputy_id FROM cases WHERE status IN ('registered', 'accepted', "
                                     "'assigned', 'replied', 'fed_back') GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!category.isEmpty() && !department.isEmpty() && !point.isEmpty() && !deputy.isEmpty() &&
                !openDeputy.isEmpty());
        const QString open = QStringLiteral("status IN ('registered', 'accepted', 'assigned', 'replied', 'fed_back')");

        CaseFilter f;
        QTest::newRow("newest") << f << QString() << QVariantList() << newest;
        f.sort = CaseFilter::Sort::RegisteredOldest;
        QTest::newRow("oldest") << f << QString() << QVariantList() << QStringLiteral("registered_on, id");
        f.sort = CaseFilter::Sort::DeadlineSoonest;
        QTest::newRow("deadline soonest")
            << f << open << QVariantList() << QStringLiteral("deadline IS NULL, deadline, id");
        f.sort = CaseFilter::Sort::CaseNumber;
        QTest::newRow("case number") << f << QString() << QVariantList() << QStringLiteral("case_no");

        f = {};
        f.statuses = {CaseStatus::Closed, CaseStatus::Assigned};
        QTest::newRow("statuses") << f << QStringLiteral("status IN ('closed', 'assigned')") << QVariantList()
                                  << newest;
        f = {};
        f.categoryId = category;
        QTest::newRow("category") << f << QStringLiteral("category_id = ?") << QVariantList{category} << newest;
        f.sort = CaseFilter::Sort::RegisteredOldest;
        QTest::newRow("category, oldest")
            << f << QStringLiteral("category_id = ?") << QVariantList{category} << QStringLiteral("registered_on, id");
        f.sort = CaseFilter::Sort::CaseNumber;
        QTest::newRow("category, case number")
            << f << QStringLiteral("category_id = ?") << QVariantList{category} << QStringLiteral("case_no");
        f = {};
        f.departmentId = department;
        QTest::newRow("department") << f << QStringLiteral("department_id = ?") << QVariantList{department} << newest;
        f = {};
        f.pointId = point;
        QTest::newRow("point") << f << QStringLiteral("point_id = ?") << QVariantList{point} << newest;
        f = {};
        f.deputyId = deputy;
        QTest::newRow("deputy") << f << QStringLiteral("deputy_id = ?") << QVariantList{deputy} << newest;
        f.deputyId = openDeputy;
        f.sort = CaseFilter::Sort::DeadlineSoonest;
        QTest::newRow("deputy, deadline soonest")
            << f << QStringLiteral("deputy_id = ? AND ") + open << QVariantList{openDeputy}
            << QStringLiteral("deadline IS NULL, deadline, id");
        f = {};
        f.registeredFrom = QDate(2025, 3, 1);
        f.registeredTo = QDate(2025, 8, 31);
        QTest::newRow("date range") << f << QStringLiteral("registered_on BETWEEN '2025-03-01' AND '2025-08-31'")
                                    << QVariantList() << newest;
        f.registeredTo = {};
        QTest::newRow("from only") << f << QStringLiteral("registered_on >= '2025-03-01'") << QVariantList() << newest;
        f = {};
        f.overdueOnly = true;
        QTest::newRow("overdue") << f << QStringLiteral("status = 'assigned' AND deadline < '2026-10-31'")
                                 << QVariantList() << newest;
        f.sort = CaseFilter::Sort::DeadlineSoonest;
        QTest::newRow("overdue, deadline soonest")
            << f << QStringLiteral("status = 'assigned' AND deadline < '2026-10-31' AND ") + open << QVariantList()
            << QStringLiteral("deadline IS NULL, deadline, id");
        f = {};
        f.text = QStringLiteral("道路");
        QTest::newRow("text") << f << hasText(QStringLiteral("道路")) << QVariantList() << newest;
        f.text = QStringLiteral("  社区 ");
        QTest::newRow("text, trimmed") << f << hasText(QStringLiteral("社区")) << QVariantList() << newest;
        f.text = QStringLiteral("路");
        QTest::newRow("text, one character") << f << hasText(QStringLiteral("路")) << QVariantList() << newest;

        // Everything at once: the conditions combine with AND.
        f = {};
        f.categoryId = category;
        f.statuses = {CaseStatus::Closed};
        f.registeredFrom = QDate(2025, 1, 1);
        f.registeredTo = QDate(2026, 6, 30);
        f.text = QStringLiteral("社区");
        f.sort = CaseFilter::Sort::RegisteredOldest;
        QTest::newRow("combined")
            << f
            << QStringLiteral("category_id = ? AND status = 'closed' AND registered_on BETWEEN '2025-01-01' AND "
                              "'2026-06-30' AND ") + hasText(QStringLiteral("社区"))
            << QVariantList{category} << QStringLiteral("registered_on, id");
        // Values of one real case, so the narrow combination is not empty.
        QSqlQuery one(m_store->db());
        QVERIFY(one.exec(QStringLiteral("SELECT category_id, department_id, point_id, deputy_id FROM cases "
                                        "WHERE status = 'closed' AND point_id IS NOT NULL AND department_id IS NOT "
                                        "NULL AND registered_on BETWEEN '2025-01-01' AND '2026-06-30' AND "
                                        "instr(title, '社区') > 0 LIMIT 1")));
        QVERIFY(one.next());
        f.categoryId = one.value(0).toString();
        f.departmentId = one.value(1).toString();
        f.pointId = one.value(2).toString();
        f.deputyId = one.value(3).toString();
        QTest::newRow("combined, narrower")
            << f
            << QStringLiteral("category_id = ? AND department_id = ? AND point_id = ? AND deputy_id = ? AND "
                              "status = 'closed' AND registered_on BETWEEN '2025-01-01' AND '2026-06-30' AND ") +
                   hasText(QStringLiteral("社区"))
            << QVariantList{f.categoryId, f.departmentId, f.pointId, f.deputyId} << QStringLiteral("registered_on, id");
    }

    void pagesMatchOnePlainQuery()
    {
        QFETCH(CaseFilter, filter);
        QFETCH(QString, where);
        QFETCH(QVariantList, binds);
        QFETCH(QString, orderBy);

        QVariantList all{m_store->stationId()};
        all += binds;
        const QStringList expected =
            column(*m_store,
                   QStringLiteral("SELECT id FROM cases WHERE station_id = ? AND deleted = 0%1 ORDER BY %2")
                       .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where, orderBy),
                   all);
        QVERIFY2(!expected.isEmpty(), "the filter should match some demo cases");

        // Tiny pages put boundaries inside runs of equal dates; the real size checks the usual case.
        for (int pageSize : {3, 7, CaseListModel::PageSize}) {
            CaseListModel model(*m_store);
            // The tester re-reads every row on each insertion; at tiny pages that is quadratic and slow.
            std::unique_ptr<QAbstractItemModelTester> tester;
            if (pageSize == CaseListModel::PageSize)
                tester = std::make_unique<QAbstractItemModelTester>(
                    &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setPageSize(pageSize);
            model.setFilter(filter);
            QCOMPARE(model.rowCount(), qMin(pageSize, int(expected.size())));
            const QStringList ids = fetchAll(model);
            QCOMPARE(ids.size(), expected.size());
            QCOMPARE(ids, expected);
            QCOMPARE(model.countMatching(), qint64(expected.size()));
        }
    }

    void pageBoundariesFallInsideTies()
    {
        // Proof that the comparisons above exercised ties: with pages of 7, some boundary splits a day.
        const QStringList dates = column(
            *m_store,
            QStringLiteral("SELECT registered_on FROM cases WHERE deleted = 0 ORDER BY registered_on DESC, id DESC"));
        int splitTies = 0;
        for (qsizetype i = 7; i < dates.size(); i += 7)
            splitTies += dates.at(i) == dates.at(i - 1) ? 1 : 0;
        QVERIFY(splitTies > 10);
        const QStringList deadlines =
            column(*m_store, QStringLiteral("SELECT ifnull(deadline, '') FROM cases WHERE deleted = 0 AND status IN "
                                            "('registered', 'accepted', 'assigned', 'replied', 'fed_back') "
                                            "ORDER BY deadline IS NULL, deadline, id"));
        int deadlineTies = 0;
        for (qsizetype i = 3; i < deadlines.size(); i += 3)
            deadlineTies += deadlines.at(i) == deadlines.at(i - 1) ? 1 : 0;
        QVERIFY(deadlineTies > 0);
        QVERIFY(deadlines.contains(QString())); // open cases without a deadline come last
    }

    void filterChangeResetsAndStoreChangeReloads()
    {
        CaseListModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CaseListModel::PageSize);
        CaseFilter overdue;
        overdue.overdueOnly = true;
        model.setFilter(overdue);
        QCOMPARE(model.filter(), overdue);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < CaseListModel::PageSize);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, CaseListModel::Status).data().toString(), QStringLiteral("Assigned"));
        // A change to cases reloads with the filter kept.
        const int rows = model.rowCount();
        emit m_store->changed(QStringLiteral("cases"), {});
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    }

    void textIsTakenLiterally()
    {
        test::TestStore ts;
        const QStringList titles = {QStringLiteral("降噪 100% 完成"), QStringLiteral("降噪 1000 完成"),
                                    QStringLiteral("a_b 路灯"),       QStringLiteral("axb 路灯"),
                                    QStringLiteral("back\\slash"),    QStringLiteral("backslash")};
        QSqlQuery q(ts->db());
        QVERIFY(
            q.prepare(QStringLiteral("INSERT INTO cases (id, station_id, hlc, case_no, title, channel, registered_on) "
                                     "VALUES (?, ?, 'h', ?, ?, 'walk_in', '2026-10-01')")));
        for (int i = 0; i < titles.size(); ++i) {
            q.addBindValue(QStringLiteral("id%1").arg(i));
            q.addBindValue(ts.stationId());
            q.addBindValue(QStringLiteral("no%1").arg(i));
            q.addBindValue(titles.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // Raw inserts behind the write path are only queued for search; the catch-up (run when a store opens)
        // indexes them, as the write path's commit does.
        QVERIFY(CaseSearchIndex::catchUp(ts->db()));
        CaseListModel model(ts.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto titlesFor = [&](const QString &text) {
            CaseFilter f;
            f.text = text;
            f.sort = CaseFilter::Sort::CaseNumber;
            model.setFilter(f);
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.index(r, CaseListModel::Title).data().toString();
            return out;
        };
        QCOMPARE(titlesFor(QStringLiteral("%")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(QStringLiteral("0%")), QStringList{titles.at(0)});
        QCOMPARE(titlesFor(QStringLiteral("_")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(QStringLiteral("a_b")), QStringList{titles.at(2)});
        QCOMPARE(titlesFor(QStringLiteral("\\")), QStringList{titles.at(4)});
        QCOMPARE(titlesFor(QStringLiteral("路灯")), (QStringList{titles.at(2), titles.at(3)}));
        QCOMPARE(titlesFor(QString()).size(), titles.size());
    }

    void jsonRoundTrip()
    {
        CaseFilter f;
        f.statuses = {CaseStatus::Assigned, CaseStatus::Replied};
        f.categoryId = QStringLiteral("cat");
        f.departmentId = QStringLiteral("dep");
        f.pointId = QStringLiteral("pt");
        f.deputyId = QStringLiteral("dpt");
        f.registeredFrom = QDate(2026, 1, 1);
        f.registeredTo = QDate(2026, 3, 31);
        f.overdueOnly = true;
        f.text = QStringLiteral("100%_噪音");
        for (auto sort : {CaseFilter::Sort::RegisteredNewest, CaseFilter::Sort::RegisteredOldest,
                          CaseFilter::Sort::DeadlineSoonest, CaseFilter::Sort::CaseNumber}) {
            f.sort = sort;
            const QByteArray saved = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
            const CaseFilter back = CaseFilter::fromJson(QJsonDocument::fromJson(saved).object());
            QCOMPARE(back, f);
            // The same filter always saves as the same text.
            QCOMPARE(QJsonDocument(back.toJson()).toJson(QJsonDocument::Compact), saved);
        }
        QCOMPARE(CaseFilter::fromJson(CaseFilter().toJson()), CaseFilter());
        QVERIFY(CaseFilter().isUnfiltered());
        QVERIFY(!f.isUnfiltered());

        // What another version may have saved: unknown codes are dropped, not guessed.
        const QJsonObject odd =
            QJsonDocument::fromJson(
                R"({"statuses":["closed","frozen"],"sort":"by_mood","registeredFrom":"soon","x":1})")
                .object();
        const CaseFilter loaded = CaseFilter::fromJson(odd);
        QCOMPARE(loaded.statuses, QSet<QString>{CaseStatus::Closed});
        QCOMPARE(loaded.sort, CaseFilter::Sort::RegisteredNewest);
        QVERIFY(!loaded.registeredFrom.isValid());
    }

    void queriesUseAnIndexAtScale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto big = generate(dir, QStringLiteral("scale.sqlite"), 50000);
        const QString station = big->stationId();
        const QString category = scalar(*big, QStringLiteral("SELECT category_id FROM cases LIMIT 1"));
        const QString department =
            scalar(*big, QStringLiteral("SELECT department_id FROM cases WHERE department_id IS NOT NULL LIMIT 1"));
        const QString deputy =
            scalar(*big, QStringLiteral("SELECT deputy_id FROM cases WHERE deputy_id IS NOT NULL LIMIT 1"));
        const QString point = scalar(*big, QStringLiteral("SELECT id FROM point LIMIT 1"));

        QList<std::pair<const char *, CaseFilter>> filters;
        CaseFilter f;
        filters.append({"default", f});
        f.statuses = {CaseStatus::Assigned};
        filters.append({"status", f});
        f = {};
        f.categoryId = category;
        filters.append({"category", f});
        f = {};
        f.departmentId = department;
        filters.append({"department", f});
        f = {};
        f.pointId = point;
        filters.append({"point", f});
        f = {};
        f.deputyId = deputy;
        filters.append({"deputy", f});
        f = {};
        f.registeredFrom = QDate(2025, 6, 1);
        f.registeredTo = QDate(2025, 6, 30);
        filters.append({"date range", f});
        f = {};
        f.overdueOnly = true;
        filters.append({"overdue", f});
        f = {};
        f.text = QStringLiteral("道路");
        filters.append({"text", f});

        const QDate today = Clock::today();
        for (const auto &[name, base] : filters) {
            for (auto sort : {CaseFilter::Sort::RegisteredNewest, CaseFilter::Sort::RegisteredOldest,
                              CaseFilter::Sort::DeadlineSoonest, CaseFilter::Sort::CaseNumber}) {
                CaseFilter filter = base;
                filter.sort = sort;
                // The first page, a later one continuing after a key, and the count.
                const QVariantList none;
                QVariantList after;
                if (sort == CaseFilter::Sort::CaseNumber)
                    after = {QStringLiteral("330203006-2025-A0001")};
                else if (sort == CaseFilter::Sort::DeadlineSoonest)
                    after = {0, QStringLiteral("2026-01-01"), QStringLiteral("0")};
                else
                    after = {QStringLiteral("2025-06-15"), QStringLiteral("0")};
                const QList<CaseListModel::Query> queries = {
                    CaseListModel::pageQuery(station, filter, today, none, CaseListModel::PageSize),
                    CaseListModel::pageQuery(station, filter, today, after, CaseListModel::PageSize),
                    CaseListModel::countQuery(station, filter, today)};
                for (const auto &query : queries) {
                    const QStringList plan = queryPlan(*big, query);
                    const QString shown = QStringLiteral("%1 / %2: %3\n%4")
                                              .arg(QLatin1String(name), CaseFilter::sortCode(sort), query.sql,
                                                   plan.join(QLatin1Char('\n')));
                    QVERIFY2(!plan.isEmpty(), qPrintable(shown));
                    for (const QString &line : plan) {
                        // A full pass over the table without an index is what must never happen. The search
                        // index is a virtual table: a MATCH on it shows as "INDEX 0:M<column>".
                        if (line.startsWith(QLatin1String("SCAN ")) && line.contains(QLatin1String("VIRTUAL TABLE")))
                            QVERIFY2(line.contains(QLatin1String(":M")), qPrintable(shown));
                        else if (line.startsWith(QLatin1String("SCAN ")))
                            QVERIFY2(line.contains(QLatin1String("USING ")), qPrintable(shown));
                    }
                    QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String("INDEX")), qPrintable(shown));
                }
            }
        }
        // The keyset continuation rides the index range rather than filtering from the top.
        const QStringList plan =
            queryPlan(*big, CaseListModel::pageQuery(station, {}, today,
                                                     {QStringLiteral("2025-06-15"), QStringLiteral("0")}, 200));
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String("(registered_on,id)<(?,?)")),
                 qPrintable(plan.join(QLatin1Char('\n'))));
        CaseFilter byNumberFilter;
        byNumberFilter.sort = CaseFilter::Sort::CaseNumber;
        const QStringList byNumber = queryPlan(*big, CaseListModel::pageQuery(station, byNumberFilter, today, {}, 200));
        QVERIFY2(!byNumber.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(byNumber.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
