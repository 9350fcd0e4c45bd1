#pragma once
// One reception session (接待场次) that the schedule rules produce: a date, a half-day and the deputies on duty.

#include <QDate>
#include <QStringList>

namespace zt {

struct ScheduledSession
{
    QDate date;      // when it is held, after the holiday policy
    QString halfDay; // HalfDay code
    int ruleIndex = -1;
    int turn = 0; // the rule's rotation turn (for leader rotation: the month counted from the rule's start)
    QStringList deputyIds;
    QDate movedFrom;       // the rule's own date when the holiday policy moved the session, else invalid
    QString holidayName;   // the holiday on the rule's own date (Chinese, as in the calendar), moved or kept
    bool clashing = false; // another rule's session has the same date and half-day

    friend bool operator==(const ScheduledSession &, const ScheduledSession &) = default;
};

} // namespace zt
