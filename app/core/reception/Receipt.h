#pragma once
// The receipt (回执) a visitor takes home: which case numbers their problems got, who received them,
// when an answer is due and whom to call. Plain data that renders to text and HTML; the widgets add
// the QR code image and print it on half an A4 page.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace zt {

struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    struct Item
    {
        QString caseNo;
        QString title;
        QDate replyDue;
        bool linked = false; // an existing case the visit was added to
    };

    QString stationName;
    QString pointName;    // empty: received at the station itself
    QString stationPhone;
    QString stationAddress;
    QDate visitDate;
    QString halfDay;      // HalfDay code
    QStringList deputyNames;
    QString visitorName;
    QString maskedPhone;  // PersonalDataMask::phone
    int people = 1;
    QList<Item> items;

    // Dates as a receipt writes them: 2026年11月19日 in Chinese, 19 November 2026 in English.
    static QString dateText(const QDate &date);
    // What the QR code holds: the case numbers, one a line.
    QString qrText() const;
    QString toPlainText() const;
    // qrImageUrl: the resource name under which the renderer registers the QR image; qrSize in the
    // document's pixels (empty url: no QR code).
    QString toHtml(const QString &qrImageUrl, int qrSize) const;
};

} // namespace zt
