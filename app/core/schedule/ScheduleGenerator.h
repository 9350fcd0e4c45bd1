#pragma once
// Turns reception rules into the sessions of a date range, applying the holiday calendar and rotating
// deputies, so the month view, the wall schedule and the notices all show the same sessions.

#include "schedule/ReceptionRule.h"
#include "schedule/ScheduledSession.h"
#include "workflow/WorkingDayCalendar.h"

#include <QList>
#include <utility>

namespace zt {

class ScheduleGenerator
{
public:
    explicit ScheduleGenerator(WorkingDayCalendar calendar) : m_calendar(std::move(calendar)) {}

    // The sessions held in [from, to] (by the date they are held on), sorted by date, morning first, then
    // rule index. A rule's turns are counted from its validFrom (from a month before the range start if it has none),
    // so a month asked alone gets the same deputies as in the whole year. A session the policy skips, or one moved onto
    // a day the same rule already holds, uses no turn: nobody loses their turn to a holiday.
    QList<ScheduledSession> generate(const QList<ReceptionRule> &rules, QDate from, QDate to) const;

private:
    QList<ScheduledSession> sessionsOf(const ReceptionRule &rule, int ruleIndex, QDate from, QDate to) const;

    WorkingDayCalendar m_calendar;
};

} // namespace zt
