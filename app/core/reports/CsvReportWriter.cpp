#include "reports/CsvReportWriter.h"

namespace zt {

QString CsvReportWriter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvReportWriter::write(const ReportDocument &document)
{
    QString out = field(tr("Figure")) + QLatin1Char(',') + field(tr("Value")) + QStringLiteral("\r\n");
    for (const ReportFigure &f : document.figures)
        out += field(f.name) + QLatin1Char(',') + field(f.value) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace zt
