#pragma once
// The report as an Excel workbook (libxlsxwriter): a sheet of figures with their comparisons, then one
// sheet per table. Counts and rates are written as numbers (rates with a 0.0% format) so they can be
// summed and charted in Excel or WPS.

#include "common/Result.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace zt {

class XlsxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReportWriter)
public:
    static Status write(const ReportDocument &document, const QString &path);
};

} // namespace zt
