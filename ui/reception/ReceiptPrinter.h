#pragma once
// Prints a receipt on the top half of an A4 page with a cut line below it, for the printer, the
// print preview and a PDF: one drawing routine, so the preview is what comes out of the printer.

#include "reception/Receipt.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;
class QWidget;

namespace zt {

class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)
public:
    explicit ReceiptPrinter(Receipt receipt) : m_receipt(std::move(receipt)) {}

    // The document as it is laid out on paper (the QR code registered as an image resource).
    void fillDocument(QTextDocument &doc) const;
    // Sets A4 portrait and draws the receipt on the top half of the first page.
    void paint(QPagedPaintDevice &device) const;
    bool writePdf(const QString &path) const;
    // QPrintPreviewDialog over the parent; returns when the dialog closes.
    void preview(QWidget *parent) const;

    static inline const QString QrUrl = QStringLiteral("receipt://qr.png");

private:
    Receipt m_receipt;
};

} // namespace zt
