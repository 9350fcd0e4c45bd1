#pragma once
// Reads the cells of an Excel workbook (.xlsx) as text, for imports of ledgers and rosters people keep in
// Excel or WPS. Only what an import needs: the first worksheet's values, no formatting.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zt {

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    struct Row
    {
        int line = 0; // the spreadsheet row number, 1-based
        QStringList cells;
    };

    // First worksheet's cells as text (shared strings, inline strings, numbers as written, booleans; dates
    // stay Excel serial numbers as text). Rows with no value are left out; cells missing inside a row are
    // empty strings. Error code io.xlsx_unreadable with a translated message naming the file.
    static Result<QList<Row>> readFirstSheet(const QString &path);

    // The two XML parts behind readFirstSheet, apart from the zip, so they can be tested and fuzzed
    // directly. Errors say what is wrong in words (without the file's name); code io.xlsx_unreadable.
    static Result<QStringList> parseSharedStrings(const QByteArray &xml);
    static Result<QList<Row>> parseSheet(const QByteArray &xml, const QStringList &sharedStrings);
};

} // namespace zt
