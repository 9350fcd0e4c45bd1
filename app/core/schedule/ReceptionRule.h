#pragma once
// One rule of the reception schedule (接待日程): when a station receives and which deputies are on duty,
// so the year's sessions are generated rather than typed by hand.

#include "domain/Codes.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace zt {

struct ReceptionRule
{
    enum Kind {
        Monthly,        // chosen weeks of each month, e.g. district deputies on the 2nd and 4th Thursday
        Weekly,         // every week on one weekday
        Once,           // one date: a themed reception (with a topic) or an appointment (预约)
        LeaderRotation, // leaders' reception days (领导接待日): chosen weeks, the pool rotates by month
    };
    enum HolidayPolicy { MoveToNext, MoveToPrevious, Skip, Keep };

    // "Week N" is the N-th occurrence of the weekday in the month, not the N-th calendar row: the article's
    // "2nd and 4th week" means the 2nd and 4th Thursday. A month without a 5th occurrence has no session
    // for week 5.
    static constexpr int LastWeek = -1;

    Kind kind = Monthly;
    QString halfDay = HalfDay::Afternoon; // HalfDay code
    QList<int> weeks;           // 1..5 or LastWeek, ascending with LastWeek at the end; Monthly, LeaderRotation
    int weekday = Qt::Thursday; // 1 = Monday .. 7 = Sunday; all kinds but Once
    // The nominal dates the rule covers (a session moved past validUntil by the holiday policy still
    // counts). Once: both are the date. The rotation is counted from validFrom.
    QDate validFrom;
    QDate validUntil;          // invalid: open-ended
    QStringList deputyIds;     // the pool, in rotation order
    int perSession = 0;        // deputies per session; 0: the whole pool every time
    QString topic;             // themed receptions (主题接待)
    QStringList expertiseTags; // to suggest deputies for the topic
    HolidayPolicy holidayPolicy = MoveToNext;

    friend bool operator==(const ReceptionRule &, const ReceptionRule &) = default;

    int sessionSize() const;
    // The deputies of the given turn of the rotation: turn k has pool members k*n .. k*n+n-1 (n =
    // sessionSize()), wrapping round the pool, so pairs walk through the pool in order.
    QStringList deputiesForTurn(int turn) const;
    // The dates the pattern gives in [from, to] within the validity, ascending, before any holiday policy.
    QList<QDate> nominalDates(QDate from, QDate to) const;

    // The week-th weekday of the month (week 1..5 or LastWeek); invalid when the month has no such day.
    static QDate weekdayOfMonth(int year, int month, int week, int weekday);
};

} // namespace zt
