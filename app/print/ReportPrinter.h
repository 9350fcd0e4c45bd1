#pragma once
// Puts a ReportDocument on paper: the HTML of HtmlReportWriter in a QTextDocument with the charts as
// images (drawn by ChartAdapter without a window), printed on A4 with 公文 margins and page numbers.
// The same QTextDocument feeds the on-screen preview, the printer and the PDF.

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "stats/ChartData.h"

#include <QCoreApplication>
#include <memory>

class QPrinter;
class QTextDocument;

namespace zt {

class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // The document as laid out for A4 (charts included). The caller owns it.
    static std::unique_ptr<QTextDocument> textDocument(const ReportDocument &report);
    // A4 portrait, margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm) including the
    // 2 cm QTextDocument::print() adds itself.
    static void setUpPrinter(QPrinter &printer);
    static void print(const QTextDocument &document, QPrinter &printer);
    // Writes a PDF (Chinese fonts embedded); error report.pdf_failed.
    static Status writePdf(const ReportDocument &report, const QString &path);
    // The chart for a ReportBlock::Chart key, or empty ChartData.
    static ChartData chartFor(const ReportDocument &report, const QString &key);
};

} // namespace zt
