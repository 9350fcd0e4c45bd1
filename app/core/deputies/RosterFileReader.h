#pragma once
// Reads the rows of a roster file staff exported from Excel or WPS: CSV in UTF-8 (with or without BOM)
// or GB18030 (what Chinese Excel writes by default), or XLSX. Tolerant where the strict reference-data
// reader is not: rows may have any number of cells, stray quotes are kept as text, blank lines skipped.

#include "common/Result.h"
#include "deputies/SheetRow.h"

#include <QCoreApplication>

namespace zt {

class RosterFileReader
{
    Q_DECLARE_TR_FUNCTIONS(RosterFileReader)
public:
    // By the file's extension (.csv, .txt, .xlsx). Errors: roster.unreadable, roster.unsupported.
    static Result<QList<SheetRow>> read(const QString &path);
    // CSV text; the encoding is guessed (valid UTF-8, else GB18030).
    static QList<SheetRow> parseCsv(const QByteArray &bytes);
};

} // namespace zt
