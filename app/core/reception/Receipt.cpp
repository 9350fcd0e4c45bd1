#include "reception/Receipt.h"

#include "domain/DomainText.h"

#include <QLocale>

namespace zt {

QString Receipt::dateText(const QDate &date)
{
    // QLocale's long Chinese form adds the weekday (星期四), which breaks badly in a narrow column.
    if (QLocale().language() == QLocale::Chinese)
        return date.toString(QStringLiteral("yyyy年M月d日"));
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Receipt::qrText() const
{
    QStringList numbers;
    for (const Item &i : items)
        numbers << i.caseNo;
    return numbers.join(QLatin1Char('\n'));
}

QString Receipt::toPlainText() const
{
    QStringList lines;
    lines << stationName << tr("Reception receipt");
    lines << tr("Date: %1 %2").arg(dateText(visitDate), DomainText::halfDay(halfDay));
    if (!pointName.isEmpty())
        lines << tr("Received at: %1").arg(pointName);
    lines << tr("Receiving deputies: %1").arg(deputyNames.isEmpty() ? tr("station staff") : deputyNames.join(QStringLiteral("、")));
    lines << tr("Visitor: %1, phone %2").arg(visitorName, maskedPhone.isEmpty() ? tr("none given") : maskedPhone);
    for (const Item &i : items) {
        lines << tr("Case %1: %2").arg(i.caseNo, i.title);
        lines << (i.linked ? tr("  Added to a case already being handled; answer due by %1").arg(dateText(i.replyDue))
                           : tr("  Answer due by %1").arg(dateText(i.replyDue)));
    }
    if (!stationPhone.isEmpty())
        lines << tr("Questions: call the station on %1 and give the case number.").arg(stationPhone);
    return lines.join(QLatin1Char('\n'));
}

QString Receipt::toHtml(const QString &qrImageUrl, int qrSize) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    // Numbers people read out on the phone or copy from the PDF: in a Latin font. Noto CJK's digits next
    // to a hyphen come out as alternate glyphs that a PDF cannot map back to text (copying them, or
    // searching for a case number, then finds nothing).
    const auto number = [&esc](const QString &s) {
        return QStringLiteral("<span style=\"font-family:'DejaVu Sans','Noto Sans Mono'\">%1</span>").arg(esc(s));
    };
    QString rows;
    for (const Item &i : items) {
        rows += QStringLiteral("<tr><td style=\"font-weight:bold; white-space:nowrap\">%1</td><td>%2%3</td><td style=\"white-space:nowrap\">%4</td></tr>")
                    .arg(number(i.caseNo), esc(i.title),
                         i.linked ? QStringLiteral("<br/><span style=\"font-size:8pt\">%1</span>")
                                        .arg(esc(tr("added to a case already being handled")))
                                  : QString(),
                         esc(dateText(i.replyDue)));
    }
    const QString qr = qrImageUrl.isEmpty()
                           ? QString()
                           : QStringLiteral("<td width=\"%2\" valign=\"top\" align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%2\"/>"
                                            "<br/><span style=\"font-size:7pt\">%3</span></td>")
                                 .arg(esc(qrImageUrl))
                                 .arg(qrSize)
                                 .arg(esc(tr("Scan for the case number")));
    const QString place = pointName.isEmpty() ? esc(stationName) : esc(stationName) + QStringLiteral(" · ") + esc(pointName);
    QString html;
    html += QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>").arg(esc(stationName));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; font-weight:bold\">%1</p>").arg(esc(tr("Reception receipt")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td valign=\"top\">");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto line = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    line(tr("Date"), esc(dateText(visitDate) + QLatin1Char(' ') + DomainText::halfDay(halfDay)));
    line(tr("Received at"), place);
    line(tr("Receiving deputies"), esc(deputyNames.isEmpty() ? tr("station staff") : deputyNames.join(QStringLiteral("、"))));
    line(tr("Visitor"), esc(people > 1 ? tr("%1 and others (%2 people)").arg(visitorName).arg(people) : visitorName));
    line(tr("Phone"), maskedPhone.isEmpty() ? esc(tr("none given")) : number(maskedPhone));
    html += QStringLiteral("</table></td>%1</tr></table>").arg(qr);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(esc(tr("Case number")), esc(tr("Problem")), esc(tr("Answer due by")));
    html += rows;
    html += QStringLiteral("</table>");
    QString footer = esc(tr("Your problems have been registered. The station will tell you the answer by the date above."));
    if (!stationPhone.isEmpty()) {
        // Split around the number so that it can carry its own font.
        const QStringList parts = tr("Questions: call the station on %1 and give the case number.").split(QStringLiteral("%1"));
        footer += QLatin1Char(' ') + esc(parts.value(0)) + number(stationPhone) + esc(parts.value(1));
    }
    html += QStringLiteral("<p style=\"font-size:9pt\">%1</p>").arg(footer);
    if (!stationAddress.isEmpty())
        html += QStringLiteral("<p style=\"font-size:9pt\">%1</p>").arg(esc(tr("Address: %1").arg(stationAddress)));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace zt
