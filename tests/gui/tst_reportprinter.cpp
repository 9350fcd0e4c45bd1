// ReportPrinter's pages: whatever length the text before them has, no page ends with a heading or a
// table's caption, no table row is cut across pages, the signature lines stay on one page; the PDF has
// the page numbers and the same pages (pdftotext page by page).

#include "ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageLayout>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace zt;

namespace {

const QStringList kSignature{QStringLiteral("Station (seal): Baiyun"), QStringLiteral("Person in charge (signature):"),
                             QStringLiteral("Filled in by:"), QStringLiteral("Date:")};

ReportBlock table(const QString &caption, int rows, int wrapEvery)
{
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.key = caption;
    t.text = caption;
    t.headers = {QStringLiteral("Case number"), QStringLiteral("Title"), QStringLiteral("Count")};
    t.numeric = {false, false, true};
    for (int r = 0; r < rows; ++r) {
        // Some rows are several lines high: a cut row would show as lines of one cell on two pages.
        const QString title = r % wrapEvery == 0 ? QStringLiteral("Broken street lights along the river path near the "
                                                                  "school gate, reported again by several residents %1")
                                                       .arg(r)
                                                 : QStringLiteral("Title %1").arg(r);
        t.rows << QStringList{QStringLiteral("330203006-2026-A%1").arg(r, 4, 10, QLatin1Char('0')), title,
                              QString::number(r)};
    }
    return t;
}

// A report of a few pages; `filler` lines of text at the top move everything after them down.
ReportDocument report(int filler)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Baiyun street liaison station");
    doc.subtitle = QStringLiteral("Monthly report 2026-10");
    doc.issuer = QStringLiteral("Baiyun");
    QString text;
    for (int i = 0; i < filler; ++i)
        text += QStringLiteral("The station received visitors and followed their cases to the end. ");
    doc.blocks << ReportBlock::paragraph(text.isEmpty() ? QStringLiteral("Summary.") : text);
    for (int section = 1; section <= 6; ++section) {
        doc.blocks << ReportBlock::heading(QStringLiteral("%1. Section heading").arg(section));
        doc.blocks << ReportBlock::paragraph(QStringLiteral("What the section says in a sentence or two before its table."));
        doc.blocks << table(QStringLiteral("Table caption %1").arg(section), 4 + section * 3, 3 + section % 2);
    }
    doc.blocks << ReportBlock::heading(QStringLiteral("7. Activities held"));
    doc.blocks << ReportBlock::paragraph(QStringLiteral("No activity was recorded."));
    ReportBlock signature;
    signature.kind = ReportBlock::Kind::Signature;
    signature.lines = kSignature;
    doc.blocks << signature;
    return doc;
}

struct Pages
{
    int first = 0;
    int last = 0;
};

Pages pagesOf(const QTextDocument &doc, const QTextBlock &block)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QTextLayout *text = block.layout();
    const qreal pageHeight = doc.pageSize().height();
    const qreal origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
    const QTextLine first = text->lineAt(0);
    const QTextLine last = text->lineAt(text->lineCount() - 1);
    // Whole lines: the top and the bottom of each line on the same page.
    const auto page = [&](const QTextLine &line) {
        const int top = int((origin + line.y() + 0.5) / pageHeight);
        const int bottom = int((origin + line.y() + line.height() - 0.5) / pageHeight);
        return top == bottom ? top : -1000;
    };
    return {page(first), page(last)};
}

bool isBold(const QTextBlock &block)
{
    if (block.text().trimmed().isEmpty())
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().fontWeight() < QFont::Bold)
            return false;
    return true;
}

// Empty when the layout keeps the rules; otherwise what breaks them.
QString problems(const QTextDocument &doc)
{
    QStringList found;
    struct Item
    {
        QTextBlock block;
        QTextTable *table = nullptr;
    };
    QList<Item> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *t = qobject_cast<QTextTable *>(it.currentFrame()))
            items.append({t->cellAt(0, 0).firstCursorPosition().block(), t});
        else
            items.append({it.currentBlock(), nullptr});
    }
    for (int i = 0; i + 1 < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.table) {
            for (int r = 0; r < item.table->rows(); ++r) {
                QSet<int> pages;
                for (int c = 0; c < item.table->columns(); ++c) {
                    const QTextTableCell cell = item.table->cellAt(r, c);
                    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= cell.lastPosition();
                         b = b.next()) {
                        const Pages p = pagesOf(doc, b);
                        pages << p.first << p.last;
                    }
                }
                if (pages.size() != 1) {
                    QStringList ps;
                    for (int pg : pages)
                        ps << QString::number(pg);
                    found << QStringLiteral("row %1 of the table after \"%2\" is cut (pages %3)").arg(r).arg(items.value(i - 1).block.text(), ps.join(QLatin1Char(',')));
                }
            }
            continue;
        }
        const bool heading = item.block.blockFormat().headingLevel() > 0 || isBold(item.block);
        if (heading && pagesOf(doc, item.block).last != pagesOf(doc, items.at(i + 1).block).first)
            found << QStringLiteral("\"%1\" ends a page (%2, next %3 %4)").arg(item.block.text()).arg(pagesOf(doc, item.block).last).arg(pagesOf(doc, items.at(i + 1).block).first).arg(items.at(i + 1).block.text());
    }
    int signaturePage = -1;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (const QString &line : kSignature)
            if (b.text().startsWith(line)) {
                const Pages p = pagesOf(doc, b);
                if (p.first != p.last || (signaturePage >= 0 && p.first != signaturePage))
                    found << QStringLiteral("signature line \"%1\" on another page").arg(line);
                signaturePage = p.first;
            }
    if (signaturePage < 0)
        found << QStringLiteral("no signature lines");
    return found.join(QStringLiteral("; "));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPrinter : public QObject
{
    Q_OBJECT

private slots:
    void pagesKeepTheRules()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        ReportPrinter::setUpPrinter(printer);
        int broken = 0; // layouts where plain pagination breaks a rule: the sweep must meet some
        for (int filler = 0; filler < 24; ++filler) {
            const ReportDocument r = report(filler);
            const auto doc = ReportPrinter::textDocument(r);
            const int pages = ReportPrinter::layOut(*doc, printer);
            QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
            QCOMPARE(pages, doc->pageCount());
            const QString p = problems(*doc);
            QVERIFY2(p.isEmpty(), qPrintable(QStringLiteral("filler %1: %2").arg(filler).arg(p)));
            // The same document as QTextDocument::print() paginates it, without the moved breaks.
            const auto plain = ReportPrinter::textDocument(r);
            plain->documentLayout()->setPaintDevice(&printer);
            plain->setDocumentMargin(doc->documentMargin());
            plain->setPageSize(doc->pageSize());
            if (!problems(*plain).isEmpty())
                ++broken;
        }
        QVERIFY2(broken >= 3, qPrintable(QString::number(broken)));
    }

    void pdfPagesAndNumbers()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (pdftotext, pdfinfo) must be installed: tools/dev.sh installs them");
        QTemporaryDir dir;
        for (const int filler : {3, 11, 17}) {
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(filler));
            QVERIFY(ReportPrinter::writePdf(report(filler), pdf));
            const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
            QVERIFY(m.hasMatch());
            const int pages = m.captured(1).toInt();
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            ReportPrinter::setUpPrinter(printer);
            QCOMPARE(pages, ReportPrinter::layOut(*ReportPrinter::textDocument(report(filler)), printer));
            int signaturePage = 0;
            for (int page = 1; page <= pages; ++page) {
                const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                       QString::number(page), QStringLiteral("-layout"), pdf,
                                                                       QStringLiteral("-")});
                QStringList lines;
                for (const QString &line : text.split(QLatin1Char('\n')))
                    if (!line.trimmed().isEmpty())
                        lines << line.trimmed();
                QVERIFY(lines.size() >= 2);
                // The page number is the last line; above it no heading or caption.
                QCOMPARE(lines.last(), QString::number(page));
                const QString lastText = lines.at(lines.size() - 2);
                QVERIFY2(!QRegularExpression(QStringLiteral("^(\\d\\. Section heading|7\\. Activities held|Table caption \\d)$"))
                              .match(lastText)
                              .hasMatch(),
                         qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lastText)));
                const int signatureLines =
                    int(std::count_if(kSignature.cbegin(), kSignature.cend(), [&](const QString &s) { return text.contains(s); }));
                QVERIFY2(signatureLines == 0 || signatureLines == kSignature.size(),
                         qPrintable(QStringLiteral("page %1 has %2 signature lines").arg(page).arg(signatureLines)));
                if (signatureLines)
                    signaturePage = page;
            }
            QCOMPARE(signaturePage, pages);
        }
    }

    // Where a table goes on over the page, its last row on the first page ends where its text ends: the text
    // layout stretches that row down to the page bottom, and ReportPrinter leaves the stretch blank (it was an
    // empty, ruled box under the row). Checked on the PDF's pixels: no rule between the row and the page end.
    void aTableGoingOnOverThePageLeavesNoEmptyBox()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "poppler-utils must be installed");
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        ReportPrinter::setUpPrinter(printer);
        constexpr int kImageDpi = 50;
        const qreal toImage = qreal(kImageDpi) / printer.resolution();
        const QMarginsF margins = printer.pageLayout().margins(QPageLayout::Inch);
        int checked = 0;
        for (int filler = 0; filler < 24 && checked < 3; ++filler) {
            const auto doc = ReportPrinter::textDocument(report(filler));
            ReportPrinter::layOut(*doc, printer);
            const qreal pageHeight = doc->pageSize().height();
            const QAbstractTextDocumentLayout *layout = doc->documentLayout();
            // Each row whose next row starts on a later page: the page, and the band from the row's text to the
            // page's last line of body (in the page's device pixels), across the table.
            struct Band
            {
                int page;
                QRectF rect;
            };
            QList<Band> bands;
            for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
                auto *table = qobject_cast<QTextTable *>(it.currentFrame());
                if (!table)
                    continue;
                const QRectF frame = layout->frameBoundingRect(table);
                for (int r = 0; r + 1 < table->rows(); ++r) {
                    qreal bottom = 0;
                    for (int c = 0; c < table->columns(); ++c)
                        bottom = std::max(bottom, layout->blockBoundingRect(table->cellAt(r, c).lastCursorPosition().block()).bottom());
                    const qreal nextTop = layout->blockBoundingRect(table->cellAt(r + 1, 0).firstCursorPosition().block()).top();
                    const int page = int(bottom / pageHeight);
                    if (int(nextTop / pageHeight) == page)
                        continue;
                    // Past the cell's padding and the rule (4 px and 1 px at 96 dpi), generously; up to the body's end
                    // (the page number is under it).
                    const qreal below = bottom + 10 * printer.resolution() / 96.0;
                    const qreal bodyEnd = page * pageHeight + ReportPrinter::bodyRect(printer).bottom();
                    if (bodyEnd - below > 20 * printer.resolution() / 96.0)
                        bands.append({page, QRectF(frame.left(), below - page * pageHeight, frame.width(), bodyEnd - below)});
                }
            }
            if (bands.isEmpty())
                continue;
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(filler));
            QVERIFY(ReportPrinter::writePdf(report(filler), pdf));
            for (const Band &band : bands) {
                const QString prefix = dir.filePath(QStringLiteral("page-%1-%2").arg(filler).arg(band.page + 1));
                run(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"),
                                                 QString::number(kImageDpi), QStringLiteral("-singlefile"), QStringLiteral("-f"),
                                                 QString::number(band.page + 1), QStringLiteral("-l"),
                                                 QString::number(band.page + 1), pdf, prefix});
                const QImage image(prefix + QStringLiteral(".png"));
                QVERIFY(!image.isNull());
                const QRect r = QRectF(margins.left() * kImageDpi + band.rect.left() * toImage,
                                       margins.top() * kImageDpi + band.rect.top() * toImage, band.rect.width() * toImage,
                                       band.rect.height() * toImage)
                                    .toAlignedRect()
                                    .adjusted(-2, 0, 2, 0)
                                    .intersected(image.rect());
                int dark = 0;
                for (int y = r.top(); y <= r.bottom(); ++y)
                    for (int x = r.left(); x <= r.right(); ++x)
                        if (qGray(image.pixel(x, y)) < 160)
                            ++dark;
                QVERIFY2(dark == 0, qPrintable(QStringLiteral("filler %1, page %2: %3 dark pixels under the table's last row")
                                                   .arg(filler).arg(band.page + 1).arg(dark)));
                ++checked;
            }
        }
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked))); // the layouts must include tables going on
    }
};

QTEST_MAIN(TestReportPrinter)
#include "tst_reportprinter.moc"
