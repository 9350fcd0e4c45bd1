// The monthly report (and the annual one) of StatsFixture's October 2026 as a document, HTML, CSV and
// XLSX. HTML and CSV are compared with golden files in tests/data/golden/.
//
// Regenerate the golden files on purpose (after a deliberate change of the report), then review the
// diff before committing:
//     ZT_REGENERATE_GOLDEN=1 build/tests/unit/tst_monthlyreport
// The locale is pinned (C, no translation loaded: English source strings) so the files do not depend
// on the machine.

#include "StatsFixture.h"
#include "TestStore.h"

#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/MonthlyReportBuilder.h"
#include "reports/XlsxReportWriter.h"
#include "storage/NotableCaseRepository.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QDate kToday(2026, 11, 15);

ReportDocument build(TestStore &ts, const StatsPeriod &period, const QStringList &notable = {})
{
    MonthlyReportBuilder builder(ts->db(), WorkingDayCalendar::fromStore(ts->db()));
    MonthlyReportBuilder::Options options;
    options.scope = StatsScope::station(ts.stationId());
    options.period = period;
    options.today = kToday;
    options.notableCaseIds = notable;
    return builder.build(options);
}

// Compares with tests/data/golden/NAME, or writes it when ZT_REGENERATE_GOLDEN is set.
void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(ZT_SOURCE_DIR "/tests/data/golden/") + name;
    if (qEnvironmentVariableIsSet("ZT_REGENERATE_GOLDEN")) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual);
        qInfo("regenerated %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing; see the header of this test")));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (int i = 0; i < qMax(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                     .arg(name)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)))));
    }
}

const ReportBlock *block(const ReportDocument &doc, const QString &key)
{
    for (const ReportBlock &b : doc.blocks)
        if (b.key == key)
            return &b;
    return nullptr;
}

} // namespace

class TestMonthlyReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void documentHoldsTheFiguresAndTables()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::month(2026, 10));
        QCOMPARE(doc.title, QStringLiteral("白云街道人大代表联络站"));
        QCOMPARE(doc.periodCode, QStringLiteral("2026-10"));
        QHash<QString, ReportFigure> figures;
        for (const ReportFigure &f : doc.figures)
            figures.insert(f.key, f);
        QCOMPARE(figures.value(QStringLiteral("visitors")).value, QStringLiteral("8"));
        QCOMPARE(figures.value(QStringLiteral("visitors")).previous, QStringLiteral("1"));
        QCOMPARE(figures.value(QStringLiteral("completion_rate")).value, QStringLiteral("37.5%"));
        QCOMPARE(figures.value(QStringLiteral("completion_rate")).previous, QStringLiteral("0.0%"));
        QCOMPARE(figures.value(QStringLiteral("completion_rate")).lastYear, QStringLiteral("—"));
        QCOMPARE(figures.value(QStringLiteral("satisfaction_rate")).value, QStringLiteral("75.0%"));
        QCOMPARE(figures.value(QStringLiteral("on_time_reply_rate")).value, QStringLiteral("66.7%"));
        QCOMPARE(figures.value(QStringLiteral("average_reply_days")).value, QStringLiteral("7.2"));
        QCOMPARE(figures.value(QStringLiteral("concentration_categories")).value, QStringLiteral("87.5%"));

        const ReportBlock *overdue = block(doc, QStringLiteral("overdue"));
        QVERIFY(overdue);
        QCOMPARE(overdue->rows.size(), 1); // c6, with its department
        QCOMPARE(overdue->rows.at(0).at(1), QStringLiteral("问题c6"));
        QCOMPARE(overdue->rows.at(0).at(2), QStringLiteral("区物业办"));
        const ReportBlock *unsatisfied = block(doc, QStringLiteral("unsatisfied"));
        QCOMPARE(unsatisfied->rows.size(), 1); // c4, reopened
        QCOMPARE(unsatisfied->rows.at(0).at(1), QStringLiteral("问题c4"));
        // Notable cases: those picked for October in the store (c1, c4: by number), with community,
        // department and the outcome in a sentence; c5 is picked for November.
        const ReportBlock *stored = block(doc, QStringLiteral("notable"));
        QCOMPARE(stored->rows.size(), 2);
        QCOMPARE(stored->rows.at(0), (QStringList{QStringLiteral("330203006-2026-A0001"), QStringLiteral("问题c1"),
                                                  QStringLiteral("云乐社区"), QStringLiteral("城建科"),
                                                  QStringLiteral("Closed on 2026-10-20; rating: Satisfied.")}));
        QCOMPARE(stored->rows.at(1).at(1), QStringLiteral("问题c4"));
        QCOMPARE(stored->rows.at(1).at(4), QStringLiteral("Reopened after the citizen was not satisfied; 区物业办 is "
                                                          "handling it again (deadline 2026-11-16)."));
        const ReportDocument picked =
            build(ts, StatsPeriod::month(2026, 10), {fx.cases.value(QStringLiteral("c7")), fx.cases.value(QStringLiteral("c1"))});
        const ReportBlock *notable = block(picked, QStringLiteral("notable"));
        QCOMPARE(notable->rows.size(), 2);
        QCOMPARE(notable->rows.at(0).at(1), QStringLiteral("问题c7"));
        QCOMPARE(notable->rows.at(1).at(1), QStringLiteral("问题c1"));
        QCOMPARE(block(doc, QStringLiteral("deputies"))->rows.size(), 3);

        // Activities held in October at this station (not the other station's survey, not September's visit),
        // by date, deputies by name; and as figures with the previous month.
        const ReportBlock *activities = block(doc, QStringLiteral("activities"));
        QVERIFY(activities);
        QCOMPARE(activities->rows.size(), 2);
        QCOMPARE(activities->rows.at(0), (QStringList{QStringLiteral("2026-10-15"), QStringLiteral("Themed reception"),
                                                      QStringLiteral("垃圾分类主题接待"), QStringLiteral("李秀英, 王建国"),
                                                      QStringLiteral("30")}));
        QCOMPARE(activities->rows.at(1).at(1), QStringLiteral("Law publicity"));
        QHash<QString, ReportFigure> all;
        for (const ReportFigure &f : doc.figures)
            all.insert(f.key, f);
        QCOMPARE(all.value(QStringLiteral("activities")).value, QStringLiteral("2"));
        QCOMPARE(all.value(QStringLiteral("activities")).previous, QStringLiteral("1"));
        QCOMPARE(all.value(QStringLiteral("activity_participants")).value, QStringLiteral("150"));
        QCOMPARE(all.value(QStringLiteral("activity_participants")).previous, QStringLiteral("6"));
    }

    void notableCasesFallBackToTheEscalatedOnes()
    {
        TestStore ts;
        StatsFixture fx(ts);
        // Nothing picked for October any more: the escalated case c3 stands in.
        NotableCaseRepository notable(ts.store());
        QVERIFY(notable.unmark(fx.cases.value(QStringLiteral("c1"))).ok());
        QVERIFY(notable.unmark(fx.cases.value(QStringLiteral("c4")), QStringLiteral("2026-10")).ok());
        const ReportDocument doc = build(ts, StatsPeriod::month(2026, 10));
        QCOMPARE(block(doc, QStringLiteral("notable"))->rows.size(), 1);
        QCOMPARE(block(doc, QStringLiteral("notable"))->rows.at(0).at(1), QStringLiteral("问题c3"));
        QCOMPARE(block(doc, QStringLiteral("notable"))->rows.at(0).at(4),
                 QStringLiteral("Closed on 2026-11-05; rating: Satisfied."));
    }

    void annualReportGathersTheMonths()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::year(2026));
        // Every month's picks, with the month first.
        const ReportBlock *notable = block(doc, QStringLiteral("notable"));
        QCOMPARE(notable->headers.first(), QStringLiteral("Month"));
        QCOMPARE(notable->rows.size(), 3);
        QCOMPARE(notable->rows.at(2).at(0), QStringLiteral("2026-11"));
        QCOMPARE(notable->rows.at(2).at(2), QStringLiteral("问题c5"));
        // Activities: how many of each kind, then every one of the year.
        const ReportBlock *kinds = block(doc, QStringLiteral("activity_kinds"));
        QVERIFY(kinds);
        QCOMPARE(kinds->rows.size(), 3);
        QCOMPARE(kinds->rows.at(0), (QStringList{QStringLiteral("Themed reception"), QStringLiteral("1"), QStringLiteral("30")}));
        QCOMPARE(block(doc, QStringLiteral("activities"))->rows.size(), 3);
    }

    void goldenHtmlAndCsv()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::month(2026, 10));
        compareGolden(HtmlReportWriter::write(doc).toUtf8(), QStringLiteral("monthly-2026-10.html"));
        compareGolden(CsvReportWriter::write(doc), QStringLiteral("monthly-2026-10.csv"));
    }

    void goldenAnnualHtml()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::year(2026));
        QVERIFY(block(doc, QStringLiteral("monthly")));
        QCOMPARE(block(doc, QStringLiteral("monthly"))->rows.size(), 11); // up to November 15
        compareGolden(HtmlReportWriter::write(doc).toUtf8(), QStringLiteral("annual-2026.html"));
    }

    void csvIsOneFigurePerRow()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::month(2026, 10));
        const QByteArray csv = CsvReportWriter::write(doc);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), doc.figures.size() + 1);
        QVERIFY(lines.contains(QStringLiteral("Completion rate,37.5%")));
        QVERIFY(lines.contains(QStringLiteral("Visitors,8")));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }

    void xlsxWorkbook()
    {
        TestStore ts;
        StatsFixture fx(ts);
        const ReportDocument doc = build(ts, StatsPeriod::month(2026, 10));
        const QString path = ts.dir() + QStringLiteral("/report.xlsx");
        const Status written = XlsxReportWriter::write(doc, path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("PK")); // a zip, as every .xlsx
        QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(bytes.contains("xl/worksheets/sheet6.xml")); // figures + five tables
        // An unwritable place is a translated error, not a crash.
        QVERIFY(!XlsxReportWriter::write(doc, ts.dir() + QStringLiteral("/no/such/dir/report.xlsx")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMonthlyReport)
#include "tst_monthlyreport.moc"
