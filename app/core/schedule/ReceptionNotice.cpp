#include "schedule/ReceptionNotice.h"

#include "common/Clock.h"
#include "domain/DomainText.h"
#include "schedule/SessionHours.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QLocale>

namespace zt {

ReceptionNotice ReceptionNotice::build(Store &store, const ReceptionDay &day)
{
    ReceptionNotice n;
    n.ruleId = day.ruleId;
    n.title = day.title;
    n.topic = day.topic;
    n.date = day.session.date;
    n.halfDay = day.session.halfDay;
    n.movedFrom = day.session.movedFrom;
    n.holidayName = day.session.holidayName;
    const Station station = StationRepository(store).find(store.stationId()).value_or(Station{});
    n.stationName = station.name;
    n.placeName = station.name;
    n.address = station.address;
    n.contactPerson = station.contactPerson;
    n.contactPhone = station.contactPhone;
    if (!day.pointId.isEmpty()) {
        if (const auto point = PointRepository(store).find(day.pointId)) {
            n.placeName = point->name;
            n.address = point->address;
            if (!point->contactPhone.isEmpty()) {
                n.contactPerson = point->contactPerson;
                n.contactPhone = point->contactPhone;
            }
        }
    }
    const DeputyRepository deputies(store);
    for (const QString &id : day.session.deputyIds) {
        if (const auto d = deputies.find(id))
            n.deputies.append({d->name, d->level, d->occupation, d->expertise});
    }
    return n;
}

QString ReceptionNotice::whenText() const
{
    const QLocale locale;
    const QString times = QStringLiteral("%1—%2").arg(SessionHours::start(halfDay).toString(QStringLiteral("HH:mm")),
                                                       SessionHours::end(halfDay).toString(QStringLiteral("HH:mm")));
    // The Chinese long format already names the weekday (2026年10月22日星期四); others may not.
    QString day = locale.toString(date, QLocale::LongFormat);
    if (!day.contains(locale.dayName(date.dayOfWeek())))
        day = tr("%1 (%2)").arg(day, locale.dayName(date.dayOfWeek()));
    return tr("%1 %2 %3").arg(day, DomainText::halfDay(halfDay), times);
}

QString ReceptionNotice::weChatText() const
{
    QStringList lines;
    lines << tr("[%1] %2").arg(stationName, title);
    if (!topic.isEmpty())
        lines << tr("Topic: %1").arg(topic);
    lines << tr("Time: %1").arg(whenText());
    if (movedFrom.isValid())
        lines << tr("(Moved from %1 because of %2.)").arg(QLocale().toString(movedFrom, QLocale::ShortFormat), holidayName);
    lines << tr("Place: %1").arg(address.isEmpty() ? placeName : placeName + QLatin1Char(' ') + address);
    if (!deputies.isEmpty()) {
        lines << tr("Deputies receiving:");
        for (const NoticeDeputy &d : deputies) {
            QString line = QStringLiteral("· ") + d.name + QLatin1Char(' ') + DomainText::deputyLevel(d.level);
            if (!d.occupation.isEmpty())
                line += tr(", %1").arg(d.occupation);
            lines << line;
        }
    }
    lines << tr("Residents are welcome to come and raise their problems and suggestions in person.");
    if (!contactPhone.isEmpty())
        lines << tr("Contact: %1 %2").arg(contactPerson, contactPhone).simplified();
    return lines.join(QLatin1Char('\n'));
}

QString ReceptionNotice::toHtml() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-size:14pt\">");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size:26pt\">%1</h1>").arg(esc(title));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:16pt\">%1</p>").arg(esc(stationName));
    if (!topic.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt\"><b>%1</b></p>")
                    .arg(esc(tr("Topic: %1").arg(topic)));
    html += QStringLiteral("<table cellpadding=\"8\" style=\"font-size:15pt\" width=\"100%\">");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    QString when = esc(whenText());
    if (movedFrom.isValid())
        when += QStringLiteral("<br/><small>%1</small>")
                    .arg(esc(tr("(Moved from %1 because of %2.)")
                                 .arg(QLocale().toString(movedFrom, QLocale::ShortFormat), holidayName)));
    row(tr("Time"), when);
    row(tr("Place"), esc(address.isEmpty() ? placeName : placeName + QLatin1Char(' ') + address));
    QStringList names;
    for (const NoticeDeputy &d : deputies) {
        QString entry = QStringLiteral("<b>%1</b> %2").arg(esc(d.name), esc(DomainText::deputyLevel(d.level)));
        if (!d.occupation.isEmpty())
            entry += QStringLiteral("（%1）").arg(esc(d.occupation));
        names << entry;
    }
    row(tr("Deputies"), names.isEmpty() ? esc(tr("to be announced")) : names.join(QStringLiteral("<br/>")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"font-size:15pt\">%1</p>")
                .arg(esc(tr("Residents are welcome to come and raise their problems and suggestions in person. "
                            "The deputies listen, the station follows every problem up and tells you the result.")));
    if (!contactPhone.isEmpty())
        html += QStringLiteral("<p style=\"font-size:15pt\">%1</p>")
                    .arg(esc(tr("Contact: %1 %2").arg(contactPerson, contactPhone).simplified()));
    html += QStringLiteral("<p align=\"right\" style=\"font-size:15pt\"><br/>%1<br/>%2</p>")
                .arg(esc(stationName), esc(QLocale().toString(Clock::today(), QLocale::LongFormat)));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace zt
