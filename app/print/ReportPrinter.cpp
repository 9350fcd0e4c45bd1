#include "ReportPrinter.h"

#include "ChartAdapter.h"
#include "reports/HtmlReportWriter.h"
#include "stats/ChartDataBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPixmap>
#include <QPrinter>
#include <QThread>
#include <QTextDocument>
#include <QUrl>

namespace zt {

namespace {

constexpr int kChartWidth = 560;
constexpr int kChartHeight = 300;

} // namespace

ChartData ReportPrinter::chartFor(const ReportDocument &report, const QString &key)
{
    if (key == QLatin1String("chart_trend"))
        return ChartDataBuilder::trend(report.statistics);
    if (key == QLatin1String("chart_categories"))
        return ChartDataBuilder::categories(report.statistics);
    return {};
}

std::unique_ptr<QTextDocument> ReportPrinter::textDocument(const ReportDocument &report)
{
    auto doc = std::make_unique<QTextDocument>();
    HtmlReportWriter::Options options;
    options.chartWidth = kChartWidth;
    // On the GUI thread the text layout asks for a chart as a QPixmap each time it measures or paints it;
    // given a QImage it converts (copies) the 3x image every time, which cost more than drawing the chart.
    // Elsewhere it asks for a QImage, so that is what it gets there.
    const bool guiThread = QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    for (const ReportBlock &b : report.blocks)
        if (b.kind == ReportBlock::Kind::Chart) {
            QImage chart = ChartAdapter::render(chartFor(report, b.key), QSize(kChartWidth, kChartHeight), 3.0);
            doc->addResource(QTextDocument::ImageResource, QUrl(HtmlReportWriter::chartUrl(b.key)),
                             guiThread ? QVariant(QPixmap::fromImage(std::move(chart))) : QVariant(chart));
        }
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(12);
    doc->setDefaultFont(font);
    doc->setHtml(HtmlReportWriter::write(report, options));
    return doc;
}

void ReportPrinter::setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(8, 17, 6, 15),
                                      QPageLayout::Millimeter));
    printer.setCreator(QStringLiteral("Zhitongche"));
}

void ReportPrinter::print(const QTextDocument &document, QPrinter &printer)
{
    document.print(&printer);
}

Status ReportPrinter::writePdf(const ReportDocument &report, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(report.title + QLatin1Char(' ') + report.subtitle);
    setUpPrinter(printer);
    const auto doc = textDocument(report);
    doc->print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{QStringLiteral("report.pdf_failed"),
                     tr("Could not write the PDF file %1. Check that the folder exists and can be written to.").arg(path)};
    return {};
}

} // namespace zt
