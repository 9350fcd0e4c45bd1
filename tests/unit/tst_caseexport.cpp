// Case export: every lifecycle date as YYYY-MM-DD, CSV with a BOM for Excel and WPS, XLSX with date cells,
// phone and ID numbers masked unless the role may see them, and a round trip: export, import into a fresh
// store, export again gives the same cases with the same dates.

#include "LedgerTestData.h"
#include "StatsFixture.h"
#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "io/CaseExporter.h"
#include "io/LedgerFile.h"
#include "io/LedgerImporter.h"
#include "io/XlsxReader.h"
#include "models/CaseListModel.h"
#include "security/AccessPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

// The rows of an export without the case number (each store numbers its own cases), sorted.
QStringList comparable(const QList<XlsxReader::Row> &rows)
{
    QStringList out;
    for (const XlsxReader::Row &r : rows)
        out << r.cells.mid(1).join(QLatin1Char('|'));
    out.sort();
    return out;
}

QString unmaskedRole()
{
    return AccessPolicy::rolesWith(Permission::SeePersonalData).value(0);
}

QString maskedRole()
{
    for (const QString &role : Role::all())
        if (!AccessPolicy::allows(role, Permission::SeePersonalData))
            return role;
    return {};
}

} // namespace

class TestCaseExport : public QObject
{
    Q_OBJECT

private:
    // A store holding the fixture ledger's cases.
    static void fill(test::TestStore &ts)
    {
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        auto report = LedgerImporter(ts.store()).importFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv")));
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 4);
    }

private slots:
    void init() { Clock::setFixedNow(QDateTime(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC)); }
    void cleanup() { Clock::setFixedNow({}); }

    void csvHasEveryDateAndABom()
    {
        QVERIFY(!unmaskedRole().isEmpty());
        QVERIFY(!maskedRole().isEmpty());
        test::TestStore ts;
        fill(ts);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.csv"));
        CaseExportOptions options;
        options.role = unmaskedRole();
        auto written = CaseExporter(ts.store()).writeCsv(path, options);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written.value(), qint64(4));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<XlsxReader::Row> rows = LedgerFile::parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 5);
        const QStringList header = rows.first().cells;
        QCOMPARE(header, CaseExporter::headers());
        auto col = [&](const char *name) { return int(header.indexOf(QString::fromUtf8(name))); };
        // The closed case of line 2, in registration order first.
        const QStringList first = rows.at(1).cells;
        QCOMPARE(first.at(col("来访人")), QStringLiteral("张三"));
        QCOMPARE(first.at(col("联系电话")), QStringLiteral("13800138000"));
        QCOMPARE(first.at(col("登记日期")), QStringLiteral("2026-09-01"));
        QCOMPARE(first.at(col("交办日期")), QStringLiteral("2026-09-02"));
        QCOMPARE(first.at(col("答复日期")), QStringLiteral("2026-09-10"));
        QCOMPARE(first.at(col("反馈日期")), QStringLiteral("2026-09-11"));
        QCOMPARE(first.at(col("评价日期")), QStringLiteral("2026-09-12"));
        QCOMPARE(first.at(col("办结日期")), QStringLiteral("2026-09-12"));
        QCOMPARE(first.at(col("满意度")), QStringLiteral("满意"));
        QCOMPARE(first.at(col("接待代表")), QStringLiteral("王建国、李秀英"));
        QVERIFY(QDate::fromString(first.at(col("办理时限")), Qt::ISODate).isValid());

        // Masked for a role that may not see personal data.
        options.role = maskedRole();
        QVERIFY(CaseExporter(ts.store()).writeCsv(path, options).ok());
        QFile masked(path);
        QVERIFY(masked.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(masked.readAll());
        QVERIFY(!text.contains(QStringLiteral("13800138000")));
        QVERIFY(text.contains(QStringLiteral("138****8000")));
    }

    void roundTripThroughCsvAndXlsx_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }

    void roundTripThroughCsvAndXlsx()
    {
        QFETCH(bool, xlsx);
        test::TestStore original;
        fill(original);
        QTemporaryDir dir;
        const QString exported = dir.filePath(xlsx ? QStringLiteral("a.xlsx") : QStringLiteral("a.csv"));
        CaseExportOptions options;
        options.role = unmaskedRole();
        auto write = [&](Store &store, const QString &path) {
            CaseExporter exporter(store);
            return xlsx ? exporter.writeXlsx(path, options) : exporter.writeCsv(path, options);
        };
        QVERIFY(write(original.store(), exported).ok());

        test::TestStore copy;
        QVERIFY(test::addLedgerReferenceData(copy.store()));
        auto report = LedgerImporter(copy.store()).importFile(exported);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        for (const LedgerRowProblem &p : report->refused)
            qWarning() << p.line << p.reason;
        QCOMPARE(report->imported, 4);
        QVERIFY(report->refused.isEmpty());

        const QString again = dir.filePath(xlsx ? QStringLiteral("b.xlsx") : QStringLiteral("b.csv"));
        QVERIFY(write(copy.store(), again).ok());
        auto before = LedgerFile::read(exported);
        auto after = LedgerFile::read(again);
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(comparable(after->rows), comparable(before->rows));
        QCOMPARE(copy.count(QStringLiteral("case_event")), original.count(QStringLiteral("case_event")));
    }

    void xlsxKeepsNumbersAsTextAndDatesAsDates()
    {
        test::TestStore ts;
        fill(ts);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.xlsx"));
        CaseExportOptions options;
        options.role = unmaskedRole();
        std::atomic_bool cancel = false;
        options.cancel = &cancel;
        QVERIFY(CaseExporter(ts.store()).writeXlsx(path, options).ok());
        auto rows = XlsxReader::readFirstSheet(path);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        const QStringList header = rows->first().cells;
        const QStringList first = rows->at(1).cells;
        QCOMPARE(first.at(header.indexOf(QStringLiteral("联系电话"))), QStringLiteral("13800138000"));
        // A date cell: Excel's serial day number underneath.
        QCOMPARE(first.at(header.indexOf(QStringLiteral("登记日期"))), QStringLiteral("46266"));

        // Cancelled: no file at all.
        cancel = true;
        const QString none = dir.filePath(QStringLiteral("none.xlsx"));
        auto cancelled = CaseExporter(ts.store()).writeXlsx(none, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("export.cancelled"));
        QVERIFY(!QFile::exists(none));
        QVERIFY(!QFile::exists(none + QStringLiteral(".part")));
    }

    // A district user's drill-down (every station of the district, or one other station) exports exactly the
    // cases its list shows; a role that may not see other stations is refused.
    void exportFollowsTheFiltersStationScope()
    {
        test::TestStore ts;
        test::StatsFixture fx(ts);
        QTemporaryDir dir;
        const QDate today = Clock::today();
        const auto exported = [&](const CaseFilter &filter, const QString &role) -> Result<qint64> {
            CaseExportOptions options;
            options.filter = filter;
            options.role = role;
            return CaseExporter(ts.store()).writeCsv(dir.filePath(QStringLiteral("scope.csv")), options);
        };
        CaseFilter district;
        district.districtCode = QStringLiteral("330203");
        CaseFilter other;
        other.stationId = fx.otherStation;
        CaseFilter home;
        home.countedOnly = true;
        const qint64 homeCount = CaseListModel::countMatching(ts->db(), fx.station, CaseFilter{}, today);
        QVERIFY(homeCount > 5);
        for (const CaseFilter &f : {district, other, home}) {
            const auto written = exported(f, Role::DistrictOfficer);
            QVERIFY2(written.ok(), qPrintable(written.error().message));
            QCOMPARE(written.value(), CaseListModel::countMatching(ts->db(), fx.station, f, today));
        }
        // The district holds the home station's cases and the other station's one, not the far station's.
        QCOMPARE(exported(district, Role::DistrictOfficer).value(), homeCount + 1);
        QCOMPARE(exported(other, Role::DistrictOfficer).value(), qint64(1));
        QFile csv(dir.filePath(QStringLiteral("scope.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 2); // header and the other station's case
        for (const QString &role : Role::all()) {
            if (AccessPolicy::allows(role, Permission::SeeAllStationsOfDistrict))
                continue;
            for (const CaseFilter &f : {district, other}) {
                const auto refused = exported(f, role);
                QVERIFY(!refused.ok());
                QCOMPARE(refused.error().code, QStringLiteral("access.denied"));
                QVERIFY(!refused.error().message.isEmpty());
            }
            // Their own station stays theirs to export.
            CaseFilter own;
            own.stationId = fx.station;
            QVERIFY(exported(own, role).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseExport)
#include "tst_caseexport.moc"
