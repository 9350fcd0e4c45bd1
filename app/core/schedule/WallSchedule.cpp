#include "schedule/WallSchedule.h"

#include "domain/DomainText.h"
#include "storage/DeputyRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QHash>

namespace zt {

WallSchedule WallSchedule::build(Store &store, const QList<ReceptionDay> &days, int year)
{
    WallSchedule w;
    w.year = year;
    const Station station = StationRepository(store).find(store.stationId()).value_or(Station{});
    w.stationName = station.name;
    w.address = station.address;
    w.contactPhone = station.contactPhone;
    QHash<QString, QList<ReceptionDay>> byDeputy;
    for (const ReceptionDay &day : days)
        for (const QString &id : day.session.deputyIds)
            byDeputy[id] << day;
    for (const Deputy &d : DeputyRepository(store).listForStation(store.stationId())) {
        if (!byDeputy.contains(d.id))
            continue;
        w.entries.append({d.id, d.name, d.level, d.occupation, d.photoSha256, byDeputy.value(d.id)});
    }
    return w;
}

QString WallSchedule::toHtml() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size:22pt\">%1</h1>")
                .arg(esc(tr("%1 deputies' reception schedule %2").arg(stationName).arg(year)));
    QStringList sub;
    if (!address.isEmpty())
        sub << tr("Address: %1").arg(address);
    if (!contactPhone.isEmpty())
        sub << tr("Phone: %1").arg(contactPhone);
    if (!sub.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:11pt\">%1</p>").arg(esc(sub.join(QStringLiteral("    "))));
    // Four deputies a row: photo above, then name, level and dates, like the boards stations hang.
    constexpr int perRow = 4;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#999\">");
    for (int i = 0; i < entries.size(); ++i) {
        if (i % perRow == 0)
            html += QStringLiteral("<tr>");
        const WallScheduleEntry &e = entries.at(i);
        QStringList dates;
        for (const ReceptionDay &day : e.days)
            dates << tr("%1/%2 %3").arg(day.session.date.month()).arg(day.session.date.day())
                         .arg(DomainText::halfDay(day.session.halfDay));
        html += QStringLiteral("<td width=\"25%\" valign=\"top\" align=\"center\">"
                               "<img src=\"%1\" width=\"90\" height=\"120\"/><br/>"
                               "<span style=\"font-size:14pt\"><b>%2</b></span><br/>"
                               "<span style=\"font-size:10pt\">%3</span><br/>"
                               "<span style=\"font-size:9pt\">%4</span></td>")
                    .arg(esc(photoUrl(e.deputyId)), esc(e.name),
                         esc(e.occupation.isEmpty() ? DomainText::deputyLevel(e.level)
                                                    : DomainText::deputyLevel(e.level) + QStringLiteral(" · ") + e.occupation),
                         esc(dates.join(QStringLiteral("  "))));
        if (i % perRow == perRow - 1 || i == entries.size() - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (entries.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(tr("No reception days with deputies in %1.").arg(year)));
    html += QStringLiteral("<p style=\"font-size:10pt\">%1</p>")
                .arg(esc(tr("A reception day on an official holiday is moved as the notice before it says. "
                            "Residents are welcome without an appointment.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace zt
