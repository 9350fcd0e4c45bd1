#pragma once
// The station's reception schedule (接待日程) as stored: the rules staff keep, the sessions they give
// on the official calendar, and attendance marked after each session. The month view, the wall
// schedule, the notices, the .ics export and the duty record all read it from here.

#include "common/Result.h"
#include "domain/Attendance.h"
#include "domain/StoredReceptionRule.h"
#include "schedule/ReceptionDay.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace zt {

class Store;

class ReceptionSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionSchedule)
public:
    // The calendar from the store (the official holidays and make-up days).
    explicit ReceptionSchedule(Store &store);
    ReceptionSchedule(Store &store, WorkingDayCalendar calendar);

    QList<StoredReceptionRule> rules() const;
    // Checks the rule text (error code schedule.bad_rule with the parser's message), stores its
    // canonical form, and assigns an id and the next place in the list to a new rule.
    Result<StoredReceptionRule> saveRule(StoredReceptionRule rule);
    Status removeRule(const QString &id);

    // The sessions of the active rules held in [from, to], as ScheduleGenerator gives them. A stored
    // rule that no longer parses (written by a newer version) is left out, not guessed at.
    QList<ReceptionDay> days(QDate from, QDate to) const;
    // The session held on that date and half-day, if any (the first one when rules clash).
    std::optional<ReceptionDay> dayAt(QDate date, const QString &halfDay) const;

    // Marks who came to a session, in one transaction; a deputy marked before gets the new status.
    // Only for a session that has begun: error schedule.future_attendance for a later date.
    Status markAttendance(QDate date, const QString &halfDay, const QString &ruleId,
                          const QHash<QString, QString> &statusByDeputy);
    // Deputy id -> AttendanceStatus of a session (the latest mark of each deputy).
    QHash<QString, QString> attendance(QDate date, const QString &halfDay) const;

    // The name a notice uses for a rule without a title.
    static QString kindTitle(const ReceptionRule &rule);

    const WorkingDayCalendar &calendar() const { return m_calendar; }

private:
    Store &m_store;
    WorkingDayCalendar m_calendar;
};

} // namespace zt
