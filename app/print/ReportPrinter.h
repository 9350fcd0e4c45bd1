#pragma once
// Puts a ReportDocument on paper: the HTML of HtmlReportWriter in a QTextDocument with the charts as
// images (drawn by ChartAdapter without a window), printed on A4 with 公文 margins and page numbers.
// The same QTextDocument feeds the on-screen preview, the printer and the PDF.
//
// Printing lays the document out once, for the printer's page body, and paints the pages itself:
// QTextDocument::print() would lay it out for the screen, copy it and lay the copy out again (most of
// the PDF's time), and it cannot keep a heading with what follows it or the signature lines together.

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "stats/ChartData.h"

#include <QCoreApplication>
#include <QRectF>
#include <memory>

class QPrinter;
class QTextDocument;

namespace zt {

class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // The document of the report (charts included), not laid out yet. The caller owns it.
    static std::unique_ptr<QTextDocument> textDocument(const ReportDocument &report);
    // A4 portrait, margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm): the printer's
    // margins plus the 2 cm inside them that layOut() leaves around the body on every page.
    static void setUpPrinter(QPrinter &printer);
    // Where the text goes on each page, in the printer's device pixels relative to its paint rect.
    static QRectF bodyRect(const QPrinter &printer);
    // Lays the document out in pages of bodyRect(printer) (again only when the printer's page changed) and
    // moves page breaks so that no page ends with a heading or a table caption and the signature lines
    // stay on one page (table rows are never cut: the text layout moves a row that does not fit).
    // Returns the number of pages.
    static int layOut(QTextDocument &document, const QPrinter &printer);
    // layOut(), then each page: its slice of the document and the page number under the body. Where a table goes
    // on over the page, its last row on the page ends at its text (the text layout stretches it to the page end).
    static void print(QTextDocument &document, QPrinter &printer);
    // Writes a PDF (Chinese fonts embedded); error report.pdf_failed.
    static Status writePdf(const ReportDocument &report, const QString &path);
    // The chart for a ReportBlock::Chart key, or empty ChartData.
    static ChartData chartFor(const ReportDocument &report, const QString &key);
};

} // namespace zt
