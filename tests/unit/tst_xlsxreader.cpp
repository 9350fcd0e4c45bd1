// XlsxReader: a workbook written by libxlsxwriter reads back as the text people see (shared and inline
// strings, numbers as written, booleans, dates as serial numbers, gaps as empty cells); a damaged or
// foreign file gives io.xlsx_unreadable naming the file.

#include "io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace zt;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatLibxlsxwriterWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *first = workbook_add_worksheet(wb, "接待台账");
        lxw_worksheet *second = workbook_add_worksheet(wb, "other");
        worksheet_write_string(first, 0, 0, "接待日期", nullptr);
        worksheet_write_string(first, 0, 1, "来访人", nullptr);
        worksheet_write_string(first, 0, 3, "联系电话", nullptr); // D1: C1 stays empty
        worksheet_write_number(first, 1, 0, 46275, nullptr);      // an Excel date: 2026-09-10
        worksheet_write_string(first, 1, 1, "张三 & <李四>", nullptr);
        worksheet_write_number(first, 1, 3, 13800138000.0, nullptr);
        worksheet_write_number(first, 2, 0, 2.5, nullptr);
        worksheet_write_boolean(first, 2, 1, 1, nullptr);
        lxw_datetime when = {2026, 9, 10, 0, 0, 0};
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_write_datetime(first, 4, 2, &when, date); // row 5; row 4 left empty
        worksheet_write_string(second, 0, 0, "not this sheet", nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        const auto rows = XlsxReader::readFirstSheet(path);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).line, 1);
        QCOMPARE(rows->at(0).cells,
                 (QStringList{QStringLiteral("接待日期"), QStringLiteral("来访人"), QString(), QStringLiteral("联系电话")}));
        QCOMPARE(rows->at(1).line, 2);
        QCOMPARE(rows->at(1).cells,
                 (QStringList{QStringLiteral("46275"), QStringLiteral("张三 & <李四>"), QString(),
                              QStringLiteral("13800138000")}));
        QCOMPARE(rows->at(2).cells, (QStringList{QStringLiteral("2.5"), QStringLiteral("TRUE")}));
        QCOMPARE(rows->at(3).line, 5);
        QCOMPARE(rows->at(3).cells, (QStringList{QString(), QString(), QStringLiteral("46275")}));
    }

    void readsInlineStringsAndRichText()
    {
        // What other programs write: inline strings and rich-text shared strings with a phonetic guide.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inline.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);
        char first[] = "道路";
        char second[] = "积水";
        lxw_rich_string_tuple a = {bold, first};
        lxw_rich_string_tuple b = {nullptr, second};
        lxw_rich_string_tuple *parts[] = {&a, &b, nullptr};
        worksheet_write_rich_string(ws, 0, 0, parts, nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
        const auto rows = XlsxReader::readFirstSheet(path);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).cells, QStringList{QStringLiteral("道路积水")});
    }

    void refusesWhatIsNoWorkbook()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("ledger.xlsx"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("接待日期,来访人\n2026-09-10,张三\n");
        f.close();
        for (const QString &path : {text, dir.filePath(QStringLiteral("missing.xlsx"))}) {
            const auto rows = XlsxReader::readFirstSheet(path);
            QVERIFY(!rows.ok());
            QCOMPARE(rows.error().code, QStringLiteral("io.xlsx_unreadable"));
            QVERIFY2(rows.error().message.contains(QFileInfo(path).fileName()), qPrintable(rows.error().message));
        }

        // A real workbook cut short: the zip's directory is gone.
        const QString good = dir.filePath(QStringLiteral("good.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(good).constData());
        worksheet_write_string(workbook_add_worksheet(wb, nullptr), 0, 0, "x", nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const auto rows = XlsxReader::readFirstSheet(cut);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, QStringLiteral("io.xlsx_unreadable"));
    }

    // Inputs kept in tests/fuzz/regressions/fuzz_ledgerimport: a row numbered at the largest int made the
    // next row's number overflow; a cell reference with many letters overflowed the column count.
    void damagedSheetNumbersAreRefusedNotOverflowed()
    {
        const auto huge = XlsxReader::parseSheet(
            "<worksheet><sheetData><row r=\"2147483647\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
            "<row><c t=\"inlineStr\"><is><t>y</t></is></c></row></sheetData></worksheet>",
            {});
        QCOMPARE(huge.error().code, QStringLiteral("io.xlsx_unreadable"));
        QVERIFY2(huge.error().message.contains(QStringLiteral("2147483647")), qPrintable(huge.error().message));

        const auto last = XlsxReader::parseSheet(
            "<worksheet><sheetData><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>", {});
        QVERIFY2(last.ok(), qPrintable(last.error().message));
        QCOMPARE(last->at(0).line, 1048576);
        QCOMPARE(last->at(0).cells.size(), 16384);

        const auto letters = XlsxReader::parseSheet(
            "<worksheet><sheetData><row r=\"1\"><c r=\"AAAAAAAAAAAAAAAAAAAA1\" t=\"inlineStr\"><is><t>x</t></is></c>"
            "</row></sheetData></worksheet>",
            {});
        QVERIFY(letters.ok());
        QCOMPARE(letters->at(0).cells, QStringList{QStringLiteral("x")});

        const auto strings = XlsxReader::parseSharedStrings("<sst><si><t>满意</t></si><si><t>");
        QCOMPARE(strings.error().code, QStringLiteral("io.xlsx_unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
