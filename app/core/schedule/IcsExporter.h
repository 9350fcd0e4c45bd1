#pragma once
// The reception schedule as an iCalendar file (RFC 5545) that phone and desktop calendars import:
// one event per session, in China Standard Time, with the deputies on duty in the description.

#include "schedule/ReceptionNotice.h"

#include <QByteArray>
#include <QCoreApplication>

namespace zt {

class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)
public:
    // UTF-8 with CRLF line ends and lines folded at 75 octets. UIDs come from the rule id, date and
    // half-day, so a calendar that imports the file again updates its events instead of doubling them.
    static QByteArray toIcs(const QList<ReceptionNotice> &notices, const QString &calendarName);

    // Text escaped for an iCalendar property value (backslash, semicolon, comma, newline).
    static QString escapeText(const QString &text);
    // One content line folded into 75-octet pieces (never inside a UTF-8 sequence), CRLF-terminated.
    static QByteArray foldLine(const QString &line);
};

} // namespace zt
