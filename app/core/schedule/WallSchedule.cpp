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

QString WallSchedule::toHtml(double scale) const
{
    const auto pt = [scale](double size) { return QString::number(size * scale, 'f', 1); };
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size:%1pt\">%2</h1>")
                .arg(pt(22), esc(tr("%1 deputies' reception schedule %2").arg(stationName).arg(year)));
    QStringList sub;
    if (!address.isEmpty())
        sub << tr("Address: %1").arg(address);
    if (!contactPhone.isEmpty())
        sub << tr("Phone: %1").arg(contactPhone);
    if (!sub.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:%1pt\">%2</p>")
                    .arg(pt(11), esc(sub.join(QStringLiteral("    "))));
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
                               "<img src=\"%1\" width=\"%5\" height=\"%6\"/><br/>"
                               "<span style=\"font-size:%7pt\"><b>%2</b></span><br/>"
                               "<span style=\"font-size:%8pt\">%3</span><br/>"
                               "<span style=\"font-size:%9pt\">%4</span></td>")
                    .arg(esc(photoUrl(e.deputyId)), esc(e.name),
                         esc(e.occupation.isEmpty() ? DomainText::deputyLevel(e.level)
                                                    : DomainText::deputyLevel(e.level) + QStringLiteral(" · ") + e.occupation),
                         esc(dates.join(QStringLiteral("  "))), QString::number(qRound(90 * scale)),
                         QString::number(qRound(120 * scale)), pt(14), pt(10), pt(9));
        if (i % perRow == perRow - 1 || i == entries.size() - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (entries.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(tr("No reception days with deputies in %1.").arg(year)));
    html += QStringLiteral("<p style=\"font-size:%1pt\">%2</p>")
                .arg(pt(10), esc(tr("A reception day on an official holiday is moved as the notice before it says. "
                            "Residents are welcome without an appointment.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace zt
