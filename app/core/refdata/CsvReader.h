#pragma once
// Strict RFC 4180 reading of the reference data files, so a damaged file fails loudly with its line number
// instead of loading half the rows.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zt {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Row
    {
        int line = 0; // where the record starts in the file, 1-based (the header is line 1)
        QStringList fields;
    };

    // Parses UTF-8 text (a BOM, LF or CRLF line ends, quoted fields with "" inside and line breaks are
    // accepted). The first record must equal expectedHeader, and every other record must have as many
    // fields; blank lines are skipped. Error code refdata.malformed; the message names source and line.
    static Result<QList<Row>> parse(const QByteArray &utf8, const QStringList &expectedHeader, const QString &source);
};

} // namespace zt
