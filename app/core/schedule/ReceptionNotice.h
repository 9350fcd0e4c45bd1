#pragma once
// The notice of one reception day (接待公告) as a document model: what the bulletin-board printout and
// the WeChat text both say, built once so paper and phone never disagree.

#include "schedule/ReceptionDay.h"

#include <QCoreApplication>
#include <QList>

namespace zt {

class Store;

struct NoticeDeputy
{
    QString name;
    QString level;      // DeputyLevel code
    QString occupation;
    QStringList expertise;
};

class ReceptionNotice
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionNotice)
public:
    // Reads the station, the point and the deputies of the day from the store.
    static ReceptionNotice build(Store &store, const ReceptionDay &day);

    QString ruleId;
    QString title;        // e.g. 区人大代表接待日
    QString topic;        // themed receptions
    QString stationName;
    QString placeName;    // the point, or the station
    QString address;
    QString contactPerson;
    QString contactPhone;
    QDate date;
    QString halfDay;
    QDate movedFrom;      // when the holiday policy moved it
    QString holidayName;
    QList<NoticeDeputy> deputies;

    // "2026年1月8日（星期四）下午 14:00—17:00" in Chinese, the matching English form otherwise.
    QString whenText() const;
    // Plain text for WeChat groups: short lines, no markup, ends with the contact.
    QString weChatText() const;
    // The printable notice (A4 portrait), HTML for QTextDocument.
    QString toHtml() const;
};

} // namespace zt
