#include "schedule/ScheduleGenerator.h"

#include <QSet>
#include <algorithm>

namespace zt {

namespace {

// The longest official holiday is nine days; a month either side catches every session the holiday
// policy moves into or out of the range.
constexpr int MoveSlackDays = 31;

int halfDayOrder(const QString &halfDay)
{
    return halfDay == HalfDay::Morning ? 0 : 1;
}

} // namespace

QList<ScheduledSession> ScheduleGenerator::sessionsOf(const ReceptionRule &rule, int ruleIndex, QDate from,
                                                      QDate to) const
{
    QList<ScheduledSession> out;
    // Turns are counted from the rule's start, so walk from there even when the range starts later.
    const QDate anchor = rule.validFrom.isValid() ? rule.validFrom : from.addDays(-MoveSlackDays);
    const QDate walkFrom = std::min(anchor, from.addDays(-MoveSlackDays));
    QSet<QDate> held;
    int turn = 0;
    for (const QDate &nominal : rule.nominalDates(walkFrom, to.addDays(MoveSlackDays))) {
        ScheduledSession session;
        session.date = nominal;
        session.halfDay = rule.halfDay;
        session.ruleIndex = ruleIndex;
        // A plain weekend is not a holiday: a rule set on a Saturday stays there.
        if (!m_calendar.isWorkingDay(nominal) && !m_calendar.holidayName(nominal).isEmpty()) {
            session.holidayName = m_calendar.holidayName(nominal);
            switch (rule.holidayPolicy) {
            case ReceptionRule::MoveToNext:
                session.date = m_calendar.nextWorkingDay(nominal);
                break;
            case ReceptionRule::MoveToPrevious:
                session.date = m_calendar.addWorkingDays(nominal, -1);
                break;
            case ReceptionRule::Skip:
                continue;
            case ReceptionRule::Keep:
                break;
            }
            if (session.date != nominal)
                session.movedFrom = nominal;
        }
        // Two Mondays inside one long holiday both move to the day after it: the station opens once.
        if (held.contains(session.date))
            continue;
        held.insert(session.date);

        if (rule.kind == ReceptionRule::LeaderRotation) {
            // One leader (or group) for the whole month, by the month the session belongs to.
            session.turn = (nominal.year() - anchor.year()) * 12 + nominal.month() - anchor.month();
        } else if (rule.kind != ReceptionRule::Once) {
            session.turn = turn++;
        }
        session.deputyIds = rule.deputiesForTurn(session.turn);
        if (from <= session.date && session.date <= to)
            out << session;
    }
    return out;
}

QList<ScheduledSession> ScheduleGenerator::generate(const QList<ReceptionRule> &rules, QDate from, QDate to) const
{
    QList<ScheduledSession> sessions;
    if (!from.isValid() || !to.isValid() || from > to)
        return sessions;
    for (int i = 0; i < rules.size(); ++i)
        sessions << sessionsOf(rules.at(i), i, from, to);
    std::sort(sessions.begin(), sessions.end(), [](const ScheduledSession &a, const ScheduledSession &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.halfDay != b.halfDay)
            return halfDayOrder(a.halfDay) < halfDayOrder(b.halfDay);
        return a.ruleIndex < b.ruleIndex;
    });
    // Sorted, so sessions of one date and half-day are neighbours; a rule never holds two of them.
    for (qsizetype i = 1; i < sessions.size(); ++i) {
        ScheduledSession &prev = sessions[i - 1];
        ScheduledSession &cur = sessions[i];
        if (prev.date == cur.date && prev.halfDay == cur.halfDay)
            prev.clashing = cur.clashing = true;
    }
    return sessions;
}

} // namespace zt
