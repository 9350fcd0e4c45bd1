#include "schedule/IcsExporter.h"

#include "common/Clock.h"
#include "domain/DomainText.h"
#include "schedule/SessionHours.h"

namespace zt {

QString IcsExporter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray IcsExporter::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineLength = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The length of the UTF-8 sequence starting here, so a character is never split.
        const uchar c = uchar(utf8.at(i));
        const int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        if (lineLength + n > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += utf8.mid(i, n);
        lineLength += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

QByteArray IcsExporter::toIcs(const QList<ReceptionNotice> &notices, const QString &calendarName)
{
    const auto stamp = [](const QDate &date, const QTime &time) {
        return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
    };
    QByteArray out;
    const auto add = [&out](const QString &line) { out += foldLine(line); };
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Zhitongche//Reception schedule//ZH"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    add(QStringLiteral("METHOD:PUBLISH"));
    add(QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
    add(QStringLiteral("X-WR-TIMEZONE:Asia/Shanghai"));
    // China has had no daylight saving time since 1991: one standard period describes the zone.
    add(QStringLiteral("BEGIN:VTIMEZONE"));
    add(QStringLiteral("TZID:Asia/Shanghai"));
    add(QStringLiteral("BEGIN:STANDARD"));
    add(QStringLiteral("DTSTART:19700101T000000"));
    add(QStringLiteral("TZOFFSETFROM:+0800"));
    add(QStringLiteral("TZOFFSETTO:+0800"));
    add(QStringLiteral("TZNAME:CST"));
    add(QStringLiteral("END:STANDARD"));
    add(QStringLiteral("END:VTIMEZONE"));
    const QString now = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const ReceptionNotice &n : notices) {
        add(QStringLiteral("BEGIN:VEVENT"));
        add(QStringLiteral("UID:%1-%2-%3@zhitongche")
                .arg(n.date.toString(QStringLiteral("yyyyMMdd")), n.halfDay, n.ruleId));
        add(QStringLiteral("DTSTAMP:") + now);
        add(QStringLiteral("DTSTART;TZID=Asia/Shanghai:") + stamp(n.date, SessionHours::start(n.halfDay)));
        add(QStringLiteral("DTEND;TZID=Asia/Shanghai:") + stamp(n.date, SessionHours::end(n.halfDay)));
        add(QStringLiteral("SUMMARY:") + escapeText(n.topic.isEmpty() ? n.title : n.title + QStringLiteral(": ") + n.topic));
        add(QStringLiteral("LOCATION:") + escapeText(n.address.isEmpty() ? n.placeName : n.placeName + QLatin1Char(' ') + n.address));
        QStringList description;
        QStringList names;
        for (const NoticeDeputy &d : n.deputies)
            names << d.name + QLatin1Char(' ') + DomainText::deputyLevel(d.level);
        if (!names.isEmpty())
            description << tr("Deputies receiving: %1").arg(names.join(tr(", ")));
        if (n.movedFrom.isValid())
            description << tr("Moved from %1 because of %2.").arg(n.movedFrom.toString(Qt::ISODate), n.holidayName);
        if (!description.isEmpty())
            add(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        add(QStringLiteral("END:VEVENT"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace zt
