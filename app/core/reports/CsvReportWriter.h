#pragma once
// The report's figures as CSV, one figure per row: its name, its value (as printed). UTF-8 with a
// byte-order mark, which Excel and WPS need to read Chinese.

#include "reports/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace zt {

class CsvReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvReportWriter)
public:
    static QByteArray write(const ReportDocument &document);
    // RFC 4180 quoting when the field needs it.
    static QString field(const QString &text);
};

} // namespace zt
