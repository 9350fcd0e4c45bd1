#include "ReceiptPrinter.h"

#include "QrCode.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>

namespace zt {

namespace {

constexpr int QrPixels = 110; // in document pixels (1/96 inch): about 29 mm on paper

} // namespace

void ReceiptPrinter::fillDocument(QTextDocument &doc) const
{
    // Laid out in screen pixels; paint() scales to the device, so the preview, the printer and the PDF
    // all get the same lines.
    doc.setDocumentMargin(0);
    doc.addResource(QTextDocument::ImageResource, QUrl(QrUrl), QrCode::image(m_receipt.qrText(), 8));
    doc.setHtml(m_receipt.toHtml(QrUrl, QrPixels));
}

void ReceiptPrinter::paint(QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                     QPageLayout::Millimeter));
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    // QTextDocument lays out at the screen's logical resolution when it has no paint device of its own.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double sourceDpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const double scale = device.logicalDpiX() / sourceDpi;
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    // Device coordinates start at the printable area's corner.
    const QSizeF half(page.width() / scale, (page.height() / 2.0) / scale - 20);

    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), font.family()});
    doc.setDefaultFont(font);
    doc.setPageSize(half);
    doc.setTextWidth(half.width());
    fillDocument(doc);

    painter.save();
    painter.scale(scale, scale);
    doc.drawContents(&painter, QRectF(QPointF(0, 0), half));
    painter.restore();

    // The cut line across the middle of the page.
    QPen pen(Qt::gray, 0, Qt::DashLine);
    painter.setPen(pen);
    const double y = page.height() / 2.0;
    painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    QFont small = font;
    small.setPointSizeF(7.5);
    painter.setFont(small);
    painter.drawText(QRectF(0, y + 2 * scale, page.width(), 14 * scale), Qt::AlignRight | Qt::AlignTop,
                     tr("Cut along this line"));
}

bool ReceiptPrinter::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("Reception receipt"));
    writer.setCreator(QStringLiteral("Zhitongche"));
    paint(writer);
    return true;
}

void ReceiptPrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("receiptPreviewDialog"));
    dialog.setWindowTitle(tr("Receipt: print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *p) { paint(*p); });
    dialog.exec();
}

} // namespace zt
