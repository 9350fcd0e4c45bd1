#include "supervision/SupervisionListDocument.h"

#include "domain/Codes.h"
#include "workflow/SupervisionColour.h"

#include <QMap>

namespace zt {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString SupervisionListDocument::html(const Header &header, const QList<SupervisionItem> &items,
                                      const WorkingDayCalendar &calendar)
{
    // Group by department in board order (most urgent department first), so each department's part can
    // be cut off and handed over.
    QStringList order;
    QMap<QString, QList<SupervisionItem>> byDepartment;
    for (const SupervisionItem &item : items) {
        const QString name = item.departmentName.isEmpty() ? tr("No department") : item.departmentName;
        if (!byDepartment.contains(name))
            order << name;
        byDepartment[name].append(item);
    }

    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                          "body{font-size:10pt;} h1{text-align:center;font-size:18pt;font-weight:bold;} "
                          "h2{font-size:13pt;margin-top:14px;} p.meta{text-align:center;} "
                          "table{border-collapse:collapse;} th,td{border:1px solid #000;padding:3px;} "
                          "th{background:#eee;}"
                          "</style></head><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Supervision list")));
    QString meta = esc(header.stationName);
    if (!header.departmentName.isEmpty())
        meta += QStringLiteral(" · ") + esc(header.departmentName);
    meta += QStringLiteral(" · ") + esc(tr("Printed on %1").arg(header.printedOn.toString(Qt::ISODate)));
    out += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta);

    if (items.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No open case is waiting for a department's reply.")));

    for (const QString &department : std::as_const(order)) {
        const QList<SupervisionItem> &list = byDepartment[department];
        if (header.departmentName.isEmpty())
            out += QStringLiteral("<h2>%1 (%2)</h2>")
                       .arg(esc(department), esc(tr("%n case(s)", nullptr, int(list.size()))));
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>");
        const QStringList heads{tr("No."),      tr("Case number"), tr("Title"),    tr("Assigned"),
                                tr("Deadline"), tr("Urgency"),     tr("Time left"), tr("Reminders")};
        // Column shares of the page width; the title gets the most.
        const int widths[] = {4, 21, 29, 11, 11, 8, 10, 6};
        for (int i = 0; i < heads.size(); ++i)
            out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths[i]).arg(esc(heads.at(i)));
        out += QStringLiteral("</tr>");
        int n = 0;
        for (const SupervisionItem &item : list) {
            CaseRecord record;
            record.status = CaseStatus::Assigned;
            record.deadline = item.deadline;
            const auto level = SupervisionColour::level(record, header.printedOn, calendar);
            const int left = SupervisionColour::workingDaysLeft(record, header.printedOn, calendar);
            out += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td>"
                                  "<td>%4</td><td>%5</td><td><b>%6</b></td>"
                                  "<td>%7</td><td align=\"right\">%8</td></tr>")
                       .arg(++n)
                       .arg(esc(item.caseNo), esc(item.title), item.assignedOn.toString(Qt::ISODate),
                            item.deadline.toString(Qt::ISODate), esc(SupervisionColour::label(level)),
                            esc(SupervisionColour::daysLeftText(left)), QString::number(item.reminders));
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<p style=\"margin-top:28px\">%1 ____________ &nbsp;&nbsp; %2 ____________</p>")
               .arg(esc(tr("Received by (department):")), esc(tr("Date:")));
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace zt
