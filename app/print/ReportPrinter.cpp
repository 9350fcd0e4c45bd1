#include "ReportPrinter.h"

#include "ChartAdapter.h"
#include "reports/HtmlReportWriter.h"
#include "stats/ChartDataBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QRegion>
#include <QPixmap>
#include <QPrinter>
#include <QThread>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTextTableCellFormat>
#include <QImage>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <limits>
#include <cmath>

namespace zt {

namespace {

constexpr int kChartWidth = 560;
constexpr int kChartHeight = 300;
// Block properties: a page break layOut() added (undone when the page changes); the first signature line,
// which keeps everything after it on its page.
constexpr int kAddedBreakProperty = QTextFormat::UserProperty + 1;
constexpr int kKeepToEndProperty = QTextFormat::UserProperty + 2;
// Document property: the page (and resolution) the document was last laid out for.
constexpr const char *kLaidOutForProperty = "ztLaidOutFor";

// The resolution the text layout measures document units in (margins, image sizes) before it scales them to
// the printer: the screen's logical dpi, which a new QImage takes as its own.
int sourceDpi()
{
    return QImage(1, 1, QImage::Format_Mono).logicalDpiY();
}

// 2 cm in document units, as QTextDocument::print() computed it (whole pixels).
int innerMargin()
{
    return int((2 / 2.54) * sourceDpi());
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// The pages of a block's first and last line (the layout never lets a line cross a page boundary).
struct PageSpan
{
    int first = 0;
    int last = 0;
};

PageSpan pagesOf(const QAbstractTextDocumentLayout *layout, const QTextBlock &block, qreal pageHeight)
{
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0) {
        const QRectF r = layout->blockBoundingRect(block);
        return {pageOf(r.top(), pageHeight), pageOf(r.top(), pageHeight)};
    }
    // blockBoundingRect is the lines' bounding rect moved to the block's place in the document.
    const qreal origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
    const QTextLine first = text->lineAt(0);
    const QTextLine last = text->lineAt(text->lineCount() - 1);
    return {pageOf(origin + first.y() + first.height() / 2, pageHeight),
            pageOf(origin + last.y() + last.height() / 2, pageHeight)};
}

// What the root frame holds, in order: paragraphs and tables (a table by its first cell's first block).
struct TopItem
{
    QTextBlock block;
    bool table = false;
    QTextTable *tableFrame = nullptr;
};

QList<TopItem> topItems(const QTextDocument &document)
{
    QList<TopItem> items;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
            items.append({table->cellAt(0, 0).firstCursorPosition().block(), true, table});
        else if (it.currentBlock().isValid())
            items.append({it.currentBlock(), false});
    }
    return items;
}

// A heading, or a line in bold (a table's caption: "<p class=caption>" of HtmlReportWriter), which announces
// what follows it.
bool isHeadingLike(const QTextBlock &block)
{
    if (block.blockFormat().headingLevel() > 0)
        return true;
    if (block.text().trimmed().isEmpty())
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().fontWeight() < QFont::Bold)
            return false;
    return true;
}

// One edit for all the blocks: the text layout lays out what follows once, not once per block.
void addBreakBefore(const QList<QTextBlock> &blocks)
{
    QTextBlockFormat f;
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    f.setProperty(kAddedBreakProperty, true);
    QTextCursor cursor(blocks.first());
    cursor.beginEditBlock();
    for (const QTextBlock &b : blocks) {
        cursor.setPosition(b.position());
        cursor.mergeBlockFormat(f);
    }
    cursor.endEditBlock();
}

void addBreakBefore(const QTextBlock &block)
{
    addBreakBefore(QList<QTextBlock>{block});
}

bool hasBreakBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// The first row of a table (after its header) whose cells' lines start and end on different pages, or -1.
// The text layout moves a row that does not fit to the next page, but not always (a row at a table's end,
// a cell that wraps).
int firstCutRow(const QAbstractTextDocumentLayout *layout, const QTextTable *table, qreal pageHeight, QList<QTextBlock> *starts)
{
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
        int first = INT_MAX;
        int last = INT_MIN;
        starts->clear();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // spanned from another cell
            starts->append(cell.firstCursorPosition().block());
            for (QTextBlock b = starts->last(); b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
                const PageSpan span = pagesOf(layout, b, pageHeight);
                first = std::min(first, span.first);
                last = std::max(last, span.last);
            }
        }
        if (first != last && !starts->isEmpty())
            return r;
    }
    return -1;
}

// Finds the first place, from the top, where a page ends with a heading, a caption or a paragraph right
// before a table, where a table row is cut, or where the signature lines start a page before the last one,
// and puts a page break there. One break at a time: a break moves everything after it, so the next one is
// decided on a new layout, and never changes what comes before it: the search starts at *start (0 for a
// new layout) and leaves there the item it stopped at. True when it added a break.
bool addNextBreak(const QTextDocument &document, qreal pageHeight, int *start)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QList<TopItem> items = topItems(document);
    const auto keepsWithNext = [&](int i) {
        return !items.at(i).table && i + 1 < items.size() && (isHeadingLike(items.at(i).block) || items.at(i + 1).table);
    };
    // Where a break before item i goes so that the headings right above it (on its page) go along.
    const auto withHeadingsAbove = [&](int i) {
        while (i > 0 && keepsWithNext(i - 1)
               && pagesOf(layout, items.at(i - 1).block, pageHeight).last == pagesOf(layout, items.at(i).block, pageHeight).first)
            --i;
        return i;
    };
    for (int i = *start; i < items.size(); ++i) {
        const TopItem &item = items.at(i);
        if (item.table) {
            QList<QTextBlock> starts;
            const int row = firstCutRow(layout, item.tableFrame, pageHeight, &starts);
            if (row < 0)
                continue;
            // The first row takes the table, its header and its caption or heading along.
            const int from = row == item.tableFrame->format().headerRowCount() ? withHeadingsAbove(i) : i;
            if (from < i && !hasBreakBefore(items.at(from).block)) {
                addBreakBefore(items.at(from).block);
                *start = i; // what comes before is settled: the next search starts here
                return true;
            }
            if (hasBreakBefore(starts.first()))
                continue;
            // Every cell of the row starts on the next page.
            addBreakBefore(starts);
            *start = i;
            return true;
        }
        if (keepsWithNext(i)
            && pagesOf(layout, item.block, pageHeight).last < pagesOf(layout, items.at(i + 1).block, pageHeight).first) {
            const int from = withHeadingsAbove(i);
            if (hasBreakBefore(items.at(from).block))
                continue; // already starts a page: taller than a page, nothing to gain
            addBreakBefore(items.at(from).block);
            *start = i;
            return true;
        }
        if (item.block.blockFormat().boolProperty(kKeepToEndProperty)
            && pagesOf(layout, item.block, pageHeight).first < pagesOf(layout, document.lastBlock(), pageHeight).last) {
            // 公文: the page with the seal and signature also carries text. The last paragraph goes along (not
            // a table: its last row cannot leave the rest behind), with its headings.
            int from = i;
            int previous = i - 1;
            while (previous >= 0 && !items.at(previous).table && items.at(previous).block.text().trimmed().isEmpty())
                --previous;
            if (previous >= 0 && !items.at(previous).table)
                from = withHeadingsAbove(previous);
            if (hasBreakBefore(items.at(from).block))
                from = i; // that text already starts a page and still does not fit: the signature alone
            if (hasBreakBefore(items.at(from).block))
                return false;
            addBreakBefore(items.at(from).block);
            *start = i;
            return true;
        }
    }
    return false;
}

// Where a table row was moved to the next page, the text layout stretches the row above it down to the page
// bottom (a table row's height runs to the next row's top): an empty, ruled box under the last row of the page.
// The part to leave blank, in document coordinates, and the row's real bottom edge to rule instead.
struct StretchedRowTail
{
    int page = 0;
    QRectF blank;
    QLineF bottomEdge;
    qreal border = 0; // the table's rule width, in device pixels
};

qreal cellPadding(const QTextTable *table, const QTextTableCell &cell, QTextFormat::Property side)
{
    const QTextTableCellFormat f = cell.format().toTableCellFormat();
    return f.hasProperty(side) ? f.doubleProperty(side) : table->format().cellPadding();
}

QList<StretchedRowTail> stretchedRowTails(const QTextDocument &document, qreal pageHeight, qreal toDevice)
{
    QList<StretchedRowTail> tails;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (const TopItem &item : topItems(document)) {
        const QTextTable *table = item.tableFrame;
        if (!table)
            continue;
        const qreal border = table->format().border() * toDevice;
        const auto rowTop = [&](int r) {
            qreal top = std::numeric_limits<qreal>::max();
            for (int c = 0; c < table->columns(); ++c)
                top = std::min(top, layout->blockBoundingRect(table->cellAt(r, c).firstCursorPosition().block()).top());
            return top;
        };
        for (int r = 0; r + 1 < table->rows(); ++r) {
            // The row as it would be if not stretched: its cells' content plus their padding, and its outer rules.
            qreal bottom = 0;
            qreal left = std::numeric_limits<qreal>::max();
            qreal right = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                left = std::min(left, first.left() - cellPadding(table, cell, QTextFormat::TableCellLeftPadding) * toDevice);
                right = std::max(right, first.right() + cellPadding(table, cell, QTextFormat::TableCellRightPadding) * toDevice);
                if (cell.row() + cell.rowSpan() - 1 != r)
                    continue; // spans into the next row
                bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                                              + cellPadding(table, cell, QTextFormat::TableCellBottomPadding) * toDevice);
            }
            const int page = pageOf(bottom, pageHeight);
            if (bottom <= 0 || pageOf(rowTop(r + 1), pageHeight) <= page)
                continue;
            // The blank reaches past the outer rules (they are drawn centred on the table's edge).
            const qreal outside = 2 * border + 2;
            const qreal edge = bottom + border / 2;
            tails.append({page,
                          QRectF(QPointF(left - border - outside, bottom), QPointF(right + border + outside, (page + 1) * pageHeight)),
                          QLineF(left - border / 2, edge, right + border / 2, edge), border});
        }
    }
    return tails;
}

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
    doc->setUndoRedoEnabled(false); // the page breaks layOut() adds are not edits anyone undoes
    // No layout before layOut() knows the page: a null page size makes the text layout wait.
    doc->setPageSize(QSizeF(0, 0));
    doc->setHtml(HtmlReportWriter::write(report, options));
    // The first signature line keeps the lines after it on its page (see keepTogether()).
    for (const ReportBlock &b : report.blocks)
        if (b.kind == ReportBlock::Kind::Signature && !b.lines.isEmpty()) {
            QTextCursor end(doc.get());
            end.movePosition(QTextCursor::End);
            const QTextCursor found = doc->find(b.lines.first(), end, QTextDocument::FindBackward);
            if (!found.isNull()) {
                QTextBlockFormat f;
                f.setProperty(kKeepToEndProperty, true);
                QTextCursor(found.block()).mergeBlockFormat(f);
            }
        }
    return doc;
}

void ReportPrinter::setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(8, 17, 6, 15),
                                      QPageLayout::Millimeter));
    printer.setCreator(QStringLiteral("Zhitongche"));
}

QRectF ReportPrinter::bodyRect(const QPrinter &printer)
{
    const qreal mx = innerMargin() * qreal(printer.logicalDpiX()) / sourceDpi();
    const qreal my = innerMargin() * qreal(printer.logicalDpiY()) / sourceDpi();
    return QRectF(0, 0, printer.width(), printer.height()).adjusted(mx, my, -mx, -my);
}

int ReportPrinter::layOut(QTextDocument &document, const QPrinter &printer)
{
    // The pages as QTextDocument::print() made them, so the paper looks as it always did: a page is the
    // printer's paint rect in device pixels, and the document's own margins (2 cm, scaled to the device by the
    // layout) keep the text off its edges on every page.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(const_cast<QPrinter *>(&printer));
    const QSizeF page(printer.width(), printer.height());
    const QString laidOutFor = QStringLiteral("%1x%2@%3x%4")
                                   .arg(page.width())
                                   .arg(page.height())
                                   .arg(printer.logicalDpiX())
                                   .arg(printer.logicalDpiY());
    if (document.property(kLaidOutForProperty).toString() == laidOutFor)
        return document.pageCount();

    // A first layout, or the page changed (another printer, paper or resolution): forget the breaks of the last
    // layout and lay the document out once more. While the page size is null, format changes cost no layout.
    document.setPageSize(QSizeF(0, 0));
    document.setDocumentMargin(innerMargin());
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().boolProperty(kAddedBreakProperty)) {
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            f.setProperty(kAddedBreakProperty, false);
            QTextCursor(b).mergeBlockFormat(f);
        }
    document.setPageSize(page);
    document.setProperty(kLaidOutForProperty, laidOutFor);
    // Breaks are decided one after the other on the layout the text layout keeps up to date by itself (cheap:
    // it redoes the changed block and shifts what follows), then the whole document is laid out once more,
    // because shifting can leave a table's cells misplaced, and checked again. Usually two layouts in all.
    for (int round = 0; round < 4; ++round) {
        int added = 0;
        int start = 0;
        while (added < 64 && addNextBreak(document, page.height(), &start))
            ++added;
        if (added == 0)
            break;
        document.setPageSize(QSizeF(0, 0));
        document.setPageSize(page);
    }
    return document.pageCount();
}

void ReportPrinter::print(QTextDocument &document, QPrinter &printer)
{
    const int pages = layOut(document, printer);
    QPainter painter(&printer);
    if (!painter.isActive())
        return;
    const QRectF body = bodyRect(printer);
    const qreal pageHeight = printer.height();
    // The page number where QTextDocument::print() put it: right-aligned under the body, 5 pt below it.
    const QFont numberFont(document.defaultFont(), &printer);
    const QPointF numberPos(body.right(), body.bottom() + QFontMetricsF(numberFont).ascent() + 5 * printer.logicalDpiY() / 72.0);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal toDevice = qreal(printer.logicalDpiY()) / sourceDpi();
    const QList<StretchedRowTail> tails = stretchedRowTails(document, pageHeight, toDevice);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage())
            return;
        painter.save();
        painter.translate(0, -page * pageHeight);
        const QRectF view(0, page * pageHeight, printer.width(), pageHeight);
        QRegion clip(view.toAlignedRect());
        for (const StretchedRowTail &tail : tails)
            if (tail.page == page)
                clip -= tail.blank.toAlignedRect();
        painter.setClipRegion(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        // Black on white paper, whatever the desktop's palette says.
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.setClipRect(view);
        for (const StretchedRowTail &tail : tails)
            if (tail.page == page) {
                painter.setPen(QPen(Qt::black, std::max<qreal>(1, tail.border)));
                painter.drawLine(tail.bottomEdge);
            }
        painter.restore();

        painter.setFont(numberFont);
        const QString number = QString::number(page + 1);
        painter.drawText(QPointF(qRound(numberPos.x() - painter.fontMetrics().horizontalAdvance(number)), qRound(numberPos.y())),
                         number);
    }
}

Status ReportPrinter::writePdf(const ReportDocument &report, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(report.title + QLatin1Char(' ') + report.subtitle);
    setUpPrinter(printer);
    const auto doc = textDocument(report);
    print(*doc, printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{QStringLiteral("report.pdf_failed"),
                     tr("Could not write the PDF file %1. Check that the folder exists and can be written to.").arg(path)};
    return {};
}

} // namespace zt
