// The demo generator: a believable Baiyun station whose figures come out of its data, the same data
// for the same seed, and exact counts at scale.

#include "TestStore.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "storage/Store.h"
#include "workflow/WorkingDayCalendar.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

const QDate endDate(2026, 10, 31);
const QDate startDate(2024, 11, 1);
constexpr quint32 seed = 20050101;

std::unique_ptr<Store> openEmpty(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.sqlite"))
{
    auto opened = Store::open(dir.filePath(name));
    if (!opened)
        qFatal("cannot open store: %s", qPrintable(opened.error().message));
    return std::move(opened.value());
}

qint64 scalar(const Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QStringList column(const Store &store, const QString &sql)
{
    QStringList out;
    QSqlQuery q(store.db());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the default demo, generated once and only read by the tests
    DemoSummary m_summary;

    qint64 count(const QString &sql, const QVariantList &binds = {}) const { return scalar(*m_store, sql, binds); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = openEmpty(m_dir);
        DemoOptions options;
        options.seed = seed;
        options.endDate = endDate;
        QElapsedTimer timer;
        timer.start();
        auto result = DemoGenerator::generate(*m_store, options);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        m_summary = result.value();
        qInfo("default demo: %lld visits, %lld visitors, %lld cases, %lld events in %lld ms", m_summary.visits,
              m_summary.visitors, m_summary.cases, m_summary.events, timer.elapsed());
    }

    void setsUpBaiyunStation()
    {
        QVERIFY(m_store->isSetUp());
        QCOMPARE(m_store->deviceLetter(), QLatin1Char('A'));
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT code, name, address, opening_hours, contact_phone FROM station")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("330203006"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("白云街道人大代表联络站"));
        QVERIFY(q.value(2).toString().startsWith(QStringLiteral("浙江省宁波市海曙区白云街道")));
        QVERIFY(!q.value(3).toString().isEmpty());
        QVERIFY(!q.value(4).toString().isEmpty());
        QVERIFY(!q.next());
    }

    void summaryMatchesTheRows()
    {
        QCOMPARE(m_summary.deputies, int(count(QStringLiteral("SELECT count(*) FROM deputy"))));
        QCOMPARE(m_summary.points, int(count(QStringLiteral("SELECT count(*) FROM point"))));
        QCOMPARE(m_summary.departments, int(count(QStringLiteral("SELECT count(*) FROM department"))));
        QCOMPARE(m_summary.visits, count(QStringLiteral("SELECT count(*) FROM visit")));
        QCOMPARE(m_summary.visitors, count(QStringLiteral("SELECT sum(visitor_count) FROM visit")));
        QCOMPARE(m_summary.cases, count(QStringLiteral("SELECT count(*) FROM cases")));
        QCOMPARE(m_summary.events, count(QStringLiteral("SELECT count(*) FROM case_event")));
        // The believable station: about 1,400 cases over the two years.
        QVERIFY2(m_summary.cases >= 1200 && m_summary.cases <= 1600, qPrintable(QString::number(m_summary.cases)));
    }

    void deputiesOfAllFiveLevels()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deputy")), 20);
        for (const QString &level : DeputyLevel::all())
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM deputy WHERE level = ?"), {level}) > 0,
                     qPrintable(level));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deputy WHERE level = 'national'")), 1);
        // Everyone serves through the whole period, and has what staff match topics by.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deputy WHERE term_start > ? OR term_end < ? OR active = 0"),
                       {startDate.toString(Qt::ISODate), endDate.toString(Qt::ISODate)}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deputy WHERE occupation = '' OR expertise = '[]' "
                                      "OR gender = '' OR length(phone) <> 11 OR length(name) < 2")),
                 0);
    }

    void onePointPerCommunity()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM point")), 13);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM point p JOIN division d ON d.code = p.division_code "
                                      "WHERE d.parent_code = '330203006' AND p.name = d.name || '联络点'")),
                 13);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM point WHERE name = '云乐社区联络点'")), 1);
    }

    void casesInEveryStatus()
    {
        for (const QString &status : CaseStatus::all())
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM cases WHERE status = ?"), {status}) > 0,
                     qPrintable(status));
        // Reopened after an unsatisfied rating, and closed later.
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT c.id) FROM cases c JOIN case_event e ON e.case_id = c.id "
                                     "WHERE e.kind = 'reopened' AND c.status = 'closed'")) > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM cases WHERE status = 'transferred' AND external_ref = ''")) == 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM cases WHERE channel = 'hotline_8890' "
                    "AND external_ref NOT GLOB '8890-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")) == 0);
        // Some assigned cases are past their deadline at the end date.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM cases WHERE status = 'assigned' AND deadline < ?"),
                      {endDate.toString(Qt::ISODate)}) > 0);
        // What is still open is recent, or overdue.
        QVERIFY(
            count(QStringLiteral(
                      "SELECT count(*) FROM cases WHERE status IN ('registered', 'accepted', 'replied', 'fed_back') "
                      "AND registered_on < ?"),
                  {endDate.addDays(-90).toString(Qt::ISODate)}) == 0);
    }

    void caseRowsFollowTheirEvents()
    {
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(m_store->db());
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.status, c.department_id, c.deadline, c.assigned_on, c.replied_on, c.closed_on, "
            "k.default_deadline_days, "
            " (SELECT kind FROM case_event e WHERE e.case_id = c.id ORDER BY occurred_at DESC, hlc DESC LIMIT 1), "
            " (SELECT min(occurred_at) FROM case_event e WHERE e.case_id = c.id), c.registered_on "
            "FROM cases c JOIN category k ON k.id = c.category_id")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString status = q.value(0).toString();
            const QDate deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const QDate assignedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            if (status == CaseStatus::Assigned || status == CaseStatus::Replied || status == CaseStatus::Closed) {
                if (!(status == CaseStatus::Closed &&
                      assignedOn.isNull())) { // closed cases all went through assignment
                    QVERIFY(!q.value(1).toString().isEmpty());
                    QCOMPARE(deadline, calendar.addWorkingDays(assignedOn, q.value(6).toInt()));
                }
            }
            if (status == CaseStatus::Closed)
                QVERIFY(!q.value(5).toString().isEmpty());
            else
                QVERIFY(q.value(5).isNull());
            // The history is historical: the first event is the registration, on the registration day
            // in Zhejiang time, never "now".
            const QDateTime first = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
            QCOMPARE(first.toOffsetFromUtc(8 * 3600).date(), QDate::fromString(q.value(9).toString(), Qt::ISODate));
        }
        QCOMPARE(rows, int(m_summary.cases));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_event WHERE occurred_at > ?"),
                       {endDate.addDays(1).toString(Qt::ISODate)}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases c WHERE status <> 'registered' AND NOT EXISTS "
                                      "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = c.status)"
                                      " AND status NOT IN ('accepted')")),
                 0);
    }

    void caseNumbersAreFormattedAndUnique()
    {
        const QStringList numbers =
            column(*m_store, QStringLiteral("SELECT case_no || '|' || registered_on FROM cases"));
        static const QRegularExpression re(QStringLiteral("^330203006-(\\d{4})-A\\d{4}\\|(\\d{4})-\\d\\d-\\d\\d$"));
        for (const QString &n : numbers) {
            const auto m = re.match(n);
            QVERIFY2(m.hasMatch(), qPrintable(n));
            QCOMPARE(m.captured(1), m.captured(2));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")), qint64(numbers.size()));
        // Serials follow the registration dates within a year.
        QString previous;
        for (const QString &n :
             column(*m_store, QStringLiteral("SELECT case_no || '|' || registered_on FROM cases ORDER BY case_no"))) {
            if (!previous.isEmpty() && previous.left(14) == n.left(14))
                QVERIFY2(previous.section(QLatin1Char('|'), 1) <= n.section(QLatin1Char('|'), 1), qPrintable(n));
            previous = n;
        }
    }

    void everyVisitHasVisitorsAndDeputies()
    {
        QCOMPARE(
            count(QStringLiteral(
                "SELECT count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM visitor x WHERE x.visit_id = v.id)")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM visit_deputy x "
                                      "WHERE x.visit_id = v.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visit v WHERE visitor_count <> (SELECT sum(headcount) FROM "
                                      "visitor x WHERE x.visit_id = v.id)")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM visitor WHERE headcount BETWEEN 3 AND 12")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visitor WHERE community_code NOT IN (SELECT code FROM "
                                      "division WHERE parent_code = '330203006')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE visit_id IS NULL")), 0);
        for (const QString &channel :
             {Channel::WalkIn, Channel::Phone, Channel::OnlineMessage, Channel::Hotline8890, Channel::FieldVisit})
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM visit WHERE channel = ?"), {channel}) > 0,
                     qPrintable(channel));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visit WHERE visit_date < ? OR visit_date > ?"),
                       {startDate.toString(Qt::ISODate), endDate.toString(Qt::ISODate)}),
                 0);
    }

    void receptionDaysAreTheSecondAndFourthThursday()
    {
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(m_store->db());
        const QStringList days = column(
            *m_store,
            QStringLiteral(
                "SELECT DISTINCT visit_date FROM visit WHERE channel = 'walk_in' AND point_id IS NULL ORDER BY 1"));
        QVERIFY2(days.size() >= 46 && days.size() <= 48, qPrintable(QString::number(days.size())));
        int moved = 0;
        for (const QString &text : days) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            QDate thursday = day;
            while (thursday.dayOfWeek() != Qt::Thursday)
                thursday = thursday.addDays(-1);
            if (thursday != day) {
                ++moved;
                QVERIFY2(!calendar.isWorkingDay(thursday) && calendar.nextWorkingDay(thursday) == day,
                         qPrintable(text));
            }
            const int nth = (thursday.day() - 1) / 7 + 1;
            QVERIFY2(nth == 2 || nth == 4, qPrintable(text));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(DISTINCT deputy_id) FROM visit_deputy d JOIN visit v ON v.id = d.visit_id "
                               "WHERE v.visit_date = ? AND v.channel = 'walk_in' AND v.point_id IS NULL"),
                           {text}),
                     2);
        }
        qInfo("%lld reception days, %d moved off a holiday Thursday", qint64(days.size()), moved);
    }

    void ratesAreThoseOfTheBaiyunStation()
    {
        // domain.md: completion = of the cases registered in the period, those closed by the cut-off.
        const QVariantList period{startDate.toString(Qt::ISODate), endDate.toString(Qt::ISODate)};
        const qint64 raised = count(
            QStringLiteral("SELECT count(*) FROM cases WHERE deleted = 0 AND registered_on BETWEEN ? AND ?"), period);
        const qint64 solved =
            count(QStringLiteral("SELECT count(*) FROM cases WHERE deleted = 0 AND registered_on BETWEEN ? AND ? "
                                 "AND status = 'closed'"),
                  period);
        // Satisfaction = of those the citizen rated, the share whose latest rating is (basically) satisfied.
        const QString latest = QStringLiteral(
            "FROM case_event e JOIN cases c ON c.id = e.case_id WHERE e.kind = 'rated' AND e.deleted = 0 "
            "AND c.deleted = 0 AND c.registered_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM case_event l "
            "WHERE l.case_id = e.case_id AND l.kind = 'rated' AND l.deleted = 0 AND l.occurred_at > e.occurred_at)");
        const qint64 rated = count(QStringLiteral("SELECT count(*) ") + latest, period);
        const qint64 pleased = count(QStringLiteral("SELECT count(*) ") + latest +
                                         QStringLiteral(" AND e.satisfaction IN ('satisfied', 'basically_satisfied')"),
                                     period);
        // The case row carries the latest rating.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) ") + latest + QStringLiteral(" AND c.satisfaction <> e.satisfaction"),
                  period),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction <> ''")), rated);
        const double completion = 100.0 * double(solved) / double(raised);
        const double satisfaction = 100.0 * double(pleased) / double(rated);
        qInfo("completion %lld/%lld = %.1f %%, satisfaction %lld/%lld = %.1f %%", solved, raised, completion, pleased,
              rated, satisfaction);
        QVERIFY2(completion >= 96.5 && completion <= 98.5, qPrintable(QString::number(completion)));
        QVERIFY2(satisfaction >= 97.0 && satisfaction <= 99.0, qPrintable(QString::number(satisfaction)));
    }

    void outboxHoldsEveryRow()
    {
        for (const QString &table : {QStringLiteral("station"), QStringLiteral("point"), QStringLiteral("deputy"),
                                     QStringLiteral("department"), QStringLiteral("category"), QStringLiteral("visit"),
                                     QStringLiteral("visit_deputy"), QStringLiteral("visitor"), QStringLiteral("cases"),
                                     QStringLiteral("case_event")}) {
            QVERIFY(count(QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE id NOT IN (SELECT row_id FROM sync_outbox "
                                          "WHERE tbl = ? AND op = 'insert')")
                               .arg(table),
                           {table}),
                     0);
        }
    }

    void sameSeedSameDataWhateverTheDay()
    {
        // A second run, on another "today": the end date alone decides the period.
        QTemporaryDir dir;
        auto store = openEmpty(dir);
        Clock::setFixedNow(QDateTime(QDate(2031, 5, 20), QTime(9, 0), Qt::UTC));
        DemoOptions options;
        options.seed = seed;
        options.endDate = endDate;
        auto again = DemoGenerator::generate(*store, options);
        Clock::setFixedNow({});
        QVERIFY(again.ok());
        QCOMPARE(again->visits, m_summary.visits);
        QCOMPARE(again->visitors, m_summary.visitors);
        QCOMPARE(again->cases, m_summary.cases);
        QCOMPARE(again->events, m_summary.events);
        const QString titles =
            QStringLiteral("SELECT case_no || ' ' || title || ' ' || status FROM cases ORDER BY case_no");
        QCOMPARE(column(*store, titles), column(*m_store, titles));
        const QString people = QStringLiteral("SELECT name || phone FROM deputy ORDER BY name, phone");
        QCOMPARE(column(*store, people), column(*m_store, people));
    }

    void anotherSeedOtherData()
    {
        QTemporaryDir dir;
        auto store = openEmpty(dir);
        DemoOptions options;
        options.seed = seed + 1;
        options.endDate = endDate;
        options.cases = 500;
        auto other = DemoGenerator::generate(*store, options);
        QVERIFY(other.ok());
        const QString titles = QStringLiteral("SELECT title FROM cases ORDER BY case_no LIMIT 50");
        QVERIFY(column(*store, titles) != column(*m_store, titles));
    }

    void scaleModeMakesExactlyTheCasesAsked()
    {
        QTemporaryDir dir;
        auto store = openEmpty(dir);
        DemoOptions options;
        options.cases = 12000;
        options.endDate = endDate;
        qint64 reports = 0;
        qint64 lastDone = -1;
        options.progress = [&](qint64 done, qint64 total) {
            ++reports;
            lastDone = done;
            return total == 12000;
        };
        QElapsedTimer timer;
        timer.start();
        auto result = DemoGenerator::generate(*store, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        qInfo("12,000 cases in %lld ms", timer.elapsed());
        QCOMPARE(result->cases, 12000);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM cases")), 12000);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")), 12000);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM case_event")), result->events);
        QCOMPARE(lastDone, 12000);
        QVERIFY(reports >= 3);
        // Bulk stores skip the outbox: nothing but the set-up waits to be sent.
        QCOMPARE(
            scalar(*store, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE tbl NOT IN ('station', 'category')")),
            0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM visit WHERE visit_date < ? OR visit_date > ?"),
                        {startDate.toString(Qt::ISODate), endDate.toString(Qt::ISODate)}),
                 0);
    }

    void progressCanCancel()
    {
        QTemporaryDir dir;
        auto store = openEmpty(dir);
        DemoOptions options;
        options.cases = 8000;
        options.endDate = endDate;
        options.progress = [](qint64 done, qint64) { return done == 0; }; // stop after the first batch
        auto result = DemoGenerator::generate(*store, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("demo.cancelled"));
        const qint64 written = scalar(*store, QStringLiteral("SELECT count(*) FROM cases"));
        QVERIFY2(written > 0 && written < 8000, qPrintable(QString::number(written)));
    }

    void refusesAStoreAlreadySetUp()
    {
        test::TestStore ts;
        auto result = DemoGenerator::generate(ts.store());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("demo.already_set_up"));
        QCOMPARE(ts.count(QStringLiteral("cases")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
