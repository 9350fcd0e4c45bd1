#pragma once
// Writes a ReportDocument as HTML in the style of an official document (公文): centred title in a
// serif face, numbered headings, ruled tables, signature and date lines. Only the HTML subset that
// QTextDocument renders is used, so the preview on screen, the printout and the PDF are the same page.

#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace zt {

class HtmlReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReportWriter)
public:
    struct Options
    {
        bool charts = true;    // <img src="chart:KEY">; the printing side adds the images as resources
        int chartWidth = 560;  // pixels at the document's resolution
    };

    static QString write(const ReportDocument &document, const Options &options);
    static QString write(const ReportDocument &document) { return write(document, Options{}); }
    // The resource name a chart's image is looked up under.
    static QString chartUrl(const QString &key) { return QStringLiteral("chart:") + key; }
};

} // namespace zt
