// Importing a deputy roster with Chinese headers: broken rows are reported by line with the reason,
// good rows import, a failed write leaves nothing behind, and the CSV reader copes with Excel's files.

#include "TestStore.h"

#include "deputies/DeputyFilter.h"
#include "deputies/PinyinInitials.h"
#include "deputies/RosterFileReader.h"
#include "deputies/RosterImporter.h"
#include "domain/Codes.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

#include <xlsxwriter.h>

using namespace zt;
using zt::test::TestStore;

namespace {

// A roster as a district office sends it: a title row, 序号 and 备注 columns the importer ignores, a
// multi-line quoted cell, a blank line, and seven broken rows.
const char *const Roster =
    "白云街道人大代表名册（2026年）\n"                                                     // 1
    "序号,姓名,性别,代表层级,选区,职业,专长,联系电话,任期,联络站/联络点,备注\n"          // 2
    "1,王建国,男,区人大代表,第三选区,教师,\"教育,心理\",13805741234,2022-2027,白云街道人大代表联络站,\n" // 3
    "2,,女,区,第三选区,医生,医疗,13805740000,2022-2027,,\n"                               // 4 no name
    "3,李敏,女,县长,第一选区,医生,医疗,13805740001,2022-2027,,\n"                         // 5 bad level
    "4,张伟,男,市,,律师,法律、调解,138057412,2022-2027,,\n"                                 // 6 bad phone
    "5,陈芳,女,省,,企业家,,0574-87654321,2027-2022,,\n"                                   // 7 term backwards
    "6,刘洋,男,乡镇,南苑社区,退休干部,物业,13905749999,2022.01-2027.01,南苑社区联络点,\n" // 8 good, at a point
    "7,王建国,男,区,第三选区,教师,教育,13805741234,2022-2027,,重复\n"                     // 9 duplicate of 3
    "\n"                                                                                   // 10 blank
    "8,赵磊,男,全国人大代表,,,科技,,,,\n"                                                 // 11 good
    "9,周静,女,乡镇,\"第一\n选区\",社工,\"养老；助残\",13600000000,2021-2026,,\n"         // 12-13 good
    "10,孙强,未知,区,,,,13600000001,2022-2027,东山村联络点,\n";                           // 14 gender and point

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void addPoint(TestStore &ts, const QString &name)
{
    Point p;
    p.name = name;
    p.divisionCode = QStringLiteral("330203006001");
    WriteTransaction tx(ts.store());
    if (!PointRepository(ts.store()).insert(tx, p) || !tx.commit())
        qFatal("cannot add point");
}

std::optional<Deputy> byName(TestStore &ts, const QString &name)
{
    for (const Deputy &d : DeputyRepository(ts.store()).listForStation(ts.stationId()))
        if (d.name == name)
            return d;
    return std::nullopt;
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void brokenRowsAreReportedAndGoodRowsImport()
    {
        TestStore ts;
        addPoint(ts, QStringLiteral("南苑社区联络点"));
        const QString path = ts.dir() + QStringLiteral("/名册.csv");
        write(path, QByteArray("\xEF\xBB\xBF") + Roster); // Excel's "CSV UTF-8" starts with a BOM

        auto report = RosterImporter(ts.store()).importFile(path);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->rowsRead, 10);
        QCOMPARE(report->added, 4);
        QCOMPARE(report->updated, 0);
        QCOMPARE(report->ignoredColumns, (QStringList{QStringLiteral("序号"), QStringLiteral("备注")}));

        QList<int> lines;
        for (const RosterProblem &p : report->problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 9, 14}));
        const auto message = [&](int line) {
            for (const RosterProblem &p : report->problems)
                if (p.line == line)
                    return p.message;
            return QString();
        };
        QCOMPARE(message(4), QStringLiteral("the name is empty"));
        QVERIFY(message(5).startsWith(QStringLiteral("the level \"县长\" is not one of: National deputy")));
        QCOMPARE(message(6), QStringLiteral("the phone \"138057412\" is neither a mobile number (11 digits) nor a "
                                            "landline number"));
        QCOMPARE(message(7), QStringLiteral("the term \"2027-2022\" is not a period such as 2022-2027 or 2022.01-2027.01"));
        QCOMPARE(message(9), QStringLiteral("the same deputy is already on line 3"));
        // Two reasons on one row are both given.
        QCOMPARE(message(14), QStringLiteral("the gender \"未知\" is neither 男 nor 女; there is no liaison point "
                                             "called \"东山村联络点\" (add it under Stations and points first)"));

        QCOMPARE(ts.count(QStringLiteral("deputy")), 4);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'deputy'")), 4);
        // All good rows in one transaction: one sync batch.
        QCOMPARE(ts.count(QStringLiteral("(SELECT DISTINCT tx_id FROM sync_outbox WHERE tbl = 'deputy')")), 1);

        const Deputy wang = byName(ts, QStringLiteral("王建国")).value();
        QCOMPARE(wang.level, DeputyLevel::County);
        QCOMPARE(wang.gender, QStringLiteral("male"));
        QCOMPARE(wang.constituency, QStringLiteral("第三选区"));
        QCOMPARE(wang.occupation, QStringLiteral("教师"));
        QCOMPARE(wang.expertise, (QStringList{QStringLiteral("教育"), QStringLiteral("心理")}));
        QCOMPARE(wang.phone, QStringLiteral("13805741234"));
        QCOMPARE(wang.termStart, QDate(2022, 1, 1));
        QCOMPARE(wang.termEnd, QDate(2027, 12, 31));
        QVERIFY(wang.pointId.isEmpty()); // the station itself

        const Deputy liu = byName(ts, QStringLiteral("刘洋")).value();
        QCOMPARE(liu.level, DeputyLevel::Township);
        QVERIFY(!liu.pointId.isEmpty());
        QCOMPARE(liu.termStart, QDate(2022, 1, 1));
        QCOMPARE(liu.termEnd, QDate(2027, 1, 31));
        QCOMPARE(byName(ts, QStringLiteral("赵磊"))->level, DeputyLevel::National);
        const Deputy zhou = byName(ts, QStringLiteral("周静")).value();
        QCOMPARE(zhou.constituency, QStringLiteral("第一\n选区"));
        QCOMPARE(zhou.expertise, (QStringList{QStringLiteral("养老"), QStringLiteral("助残")}));
    }

    void importingAgainUpdatesInsteadOfDoubling()
    {
        TestStore ts;
        const QByteArray first = "姓名,级别,联系电话,专长\n王建国,区,13805741234,教育\n";
        QVERIFY(RosterImporter(ts.store()).import(RosterFileReader::parseCsv(first)));
        const QString id = byName(ts, QStringLiteral("王建国"))->id;
        const QByteArray second = "姓名,级别,联系电话,专长\n王建国,区,13900000000,\n李敏,市,,\n";
        auto report = RosterImporter(ts.store()).import(RosterFileReader::parseCsv(second));
        QVERIFY(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated, 1);
        const Deputy wang = byName(ts, QStringLiteral("王建国")).value();
        QCOMPARE(wang.id, id);
        QCOMPARE(wang.phone, QStringLiteral("13900000000"));
        QCOMPARE(wang.expertise, QStringList{QStringLiteral("教育")}); // a blank cell keeps what was there
        QCOMPARE(ts.count(QStringLiteral("deputy")), 2);
    }

    void aFailedWriteLeavesNothingHalfWritten()
    {
        TestStore ts;
        // The disk refuses the third deputy: the first two must not stay behind.
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.deputy WHEN NEW.name = '赵磊' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const QByteArray csv = "姓名,级别\n王建国,区\n李敏,区\n赵磊,全国\n";
        auto report = RosterImporter(ts.store()).import(RosterFileReader::parseCsv(csv));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("roster.write_failed"));
        QVERIFY(report.error().message.startsWith(QStringLiteral("Nothing was imported")));
        QCOMPARE(ts.count(QStringLiteral("deputy")), 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'deputy'")), 0);
    }

    void aFileWithoutTheColumnsIsRefusedWhole()
    {
        TestStore ts;
        auto report = RosterImporter(ts.store()).import(RosterFileReader::parseCsv("名字,电话\n王建国,13805741234\n"));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("roster.no_header"));
        QCOMPARE(ts.count(QStringLiteral("deputy")), 0);
        QCOMPARE(RosterImporter(ts.store()).import({}).error().code, QStringLiteral("roster.empty"));
    }

    void readsGb18030FromChineseExcel()
    {
        TestStore ts;
        QStringEncoder gb("GB18030");
        QVERIFY2(gb.isValid(), "Qt needs ICU for GB18030");
        const QByteArray bytes = gb(QStringLiteral("姓名,代表级别,选区\r\n王建国,县（区）,第三选区\r\n"));
        const QString path = ts.dir() + QStringLiteral("/roster.csv");
        write(path, bytes);
        auto report = RosterImporter(ts.store()).importFile(path);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 1);
        QCOMPARE(byName(ts, QStringLiteral("王建国"))->constituency, QStringLiteral("第三选区"));
        QCOMPARE(byName(ts, QStringLiteral("王建国"))->level, DeputyLevel::County);
    }

    void anXlsxRosterImportsLikeItsCsv()
    {
        TestStore ts;
        const QString xlsx = ts.dir() + QStringLiteral("/代表名册.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(xlsx).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(wb, "名册");
        const char *rows[][4] = {{"姓名", "级别", "联系电话", "专长"},
                                 {"王建国", "区", "13805741234", "教育"},
                                 {"", "市", "", ""}, // line 3: no name
                                 {"李敏", "省", "13900001111", "法律、心理"}};
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                if (*rows[r][c])
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c], nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        auto report = RosterImporter(ts.store()).importFile(xlsx);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, 3);
        QCOMPARE(byName(ts, QStringLiteral("李敏"))->level, DeputyLevel::Provincial);
    }

    void xlsxAndOtherFilesAreNamedNotGuessed()
    {
        TestStore ts;
        const QString xlsx = ts.dir() + QStringLiteral("/roster.xlsx");
        write(xlsx, "PK");
        // A damaged workbook is named as such, not taken for a CSV.
        QCOMPARE(RosterImporter(ts.store()).importFile(xlsx).error().code, QStringLiteral("io.xlsx_unreadable"));
        QCOMPARE(RosterImporter(ts.store()).importFile(ts.dir() + QStringLiteral("/a.doc")).error().code,
                 QStringLiteral("roster.unsupported"));
        QCOMPARE(RosterImporter(ts.store()).importFile(ts.dir() + QStringLiteral("/missing.csv")).error().code,
                 QStringLiteral("roster.unreadable"));
    }

    void cellParsers()
    {
        QCOMPARE(RosterImporter::levelFromText(QStringLiteral("省人大代表")), DeputyLevel::Provincial);
        QCOMPARE(RosterImporter::levelFromText(QStringLiteral("县(区)级")), DeputyLevel::County);
        QCOMPARE(RosterImporter::levelFromText(QStringLiteral("街道")), DeputyLevel::Township);
        QCOMPARE(RosterImporter::levelFromText(QStringLiteral("部长")), QString());
        QDate s, e;
        QVERIFY(RosterImporter::termFromText(QStringLiteral("2022年1月至2027年1月"), &s, &e));
        QCOMPARE(s, QDate(2022, 1, 1));
        QCOMPARE(e, QDate(2027, 1, 31));
        QVERIFY(RosterImporter::termFromText(QStringLiteral("2022-01-15～2026-12-20"), &s, &e));
        QCOMPARE(e, QDate(2026, 12, 20));
        QVERIFY(!RosterImporter::termFromText(QStringLiteral("五年"), &s, &e));
        QVERIFY(RosterImporter::isPhoneNumber(QStringLiteral("0574-87654321")));
        QVERIFY(RosterImporter::isPhoneNumber(QStringLiteral("138 0574 1234")));
        QVERIFY(!RosterImporter::isPhoneNumber(QStringLiteral("12345")));
        QCOMPARE(RosterImporter::tagsFromText(QStringLiteral("教育、心理，教育 法律")),
                 (QStringList{QStringLiteral("教育"), QStringLiteral("心理"), QStringLiteral("法律")}));
    }

    // The deputies list finds 王建国 by "wjg": initials from the Chinese collation, no pinyin table.
    void pinyinInitialsOfRosterNames()
    {
        QCOMPARE(PinyinInitials::of(QStringLiteral("王建国")), QStringLiteral("wjg"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("李敏")), QStringLiteral("lm"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("张伟")), QStringLiteral("zw"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("陈芳")), QStringLiteral("cf"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("赵磊")), QStringLiteral("zl"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("欧阳娜娜")), QStringLiteral("oynn"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("屠亚萍")), QStringLiteral("typ"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("Li 明")), QStringLiteral("lim"));
        DeputyFilter filter;
        Deputy wang;
        wang.name = QStringLiteral("王建国");
        filter.search = QStringLiteral("WJ");
        QVERIFY(filter.matches(wang));
        filter.search = QStringLiteral("jg");
        QVERIFY(!filter.matches(wang)); // initials from the start, not anywhere
    }

    void csvReaderIsTolerant()
    {
        const QList<SheetRow> rows = RosterFileReader::parseCsv("a,b\n\"x\"\"y\",z,extra\nw\n  \n\"open");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).cells, (QStringList{QStringLiteral("x\"y"), QStringLiteral("z"), QStringLiteral("extra")}));
        QCOMPARE(rows.at(2).line, 3);
        QCOMPARE(rows.at(3).line, 5);
        QCOMPARE(rows.at(3).cells, QStringList{QStringLiteral("open")});
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
