#pragma once
// A ledger file's rows as text, whatever it was saved as: an .xlsx workbook (first sheet) or a CSV in UTF-8
// (with or without BOM) or GB18030 (what Excel and WPS write on a Chinese Windows).

#include "common/Result.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>

namespace zt {

class LedgerFile
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFile)
public:
    struct Content
    {
        XlsxReader::Row header;
        QList<XlsxReader::Row> rows; // after the header, blank rows left out
    };

    // Error codes: io.xlsx_unreadable, io.file_unreadable, io.no_header (nothing but blank rows).
    static Result<Content> read(const QString &path);
    // CSV text; the line of each row is where its record starts, 1-based.
    static QList<XlsxReader::Row> parseCsv(const QString &text);
};

} // namespace zt
