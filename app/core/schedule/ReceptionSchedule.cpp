#include "schedule/ReceptionSchedule.h"

#include "common/Clock.h"
#include "schedule/ReceptionRuleParser.h"
#include "schedule/ScheduleGenerator.h"
#include "storage/AttendanceRepository.h"
#include "storage/ReceptionRuleRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace zt {

ReceptionSchedule::ReceptionSchedule(Store &store) : ReceptionSchedule(store, WorkingDayCalendar::fromStore(store.db()))
{
}

ReceptionSchedule::ReceptionSchedule(Store &store, WorkingDayCalendar calendar)
    : m_store(store), m_calendar(std::move(calendar))
{
}

QList<StoredReceptionRule> ReceptionSchedule::rules() const
{
    return ReceptionRuleRepository(m_store).listForStation(m_store.stationId());
}

Result<StoredReceptionRule> ReceptionSchedule::saveRule(StoredReceptionRule rule)
{
    const auto parsed = ReceptionRuleParser::parse(rule.ruleText);
    if (!parsed)
        return Error{QStringLiteral("schedule.bad_rule"), parsed.error().message};
    rule.ruleText = ReceptionRuleParser::toText(parsed.value());
    rule.title = rule.title.trimmed();
    if (rule.stationId.isEmpty())
        rule.stationId = m_store.stationId();
    ReceptionRuleRepository repo(m_store);
    if (rule.id.isEmpty()) {
        int last = -1;
        for (const StoredReceptionRule &r : rules())
            last = std::max(last, r.sortOrder);
        rule.sortOrder = last + 1;
    }
    WriteTransaction tx(m_store);
    if (Status s = repo.save(tx, rule); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rule;
}

Status ReceptionSchedule::removeRule(const QString &id)
{
    WriteTransaction tx(m_store);
    if (Status s = tx.markDeleted(ReceptionRuleRepository::table(), id); !s)
        return s;
    return tx.commit();
}

QList<ReceptionDay> ReceptionSchedule::days(QDate from, QDate to) const
{
    QList<StoredReceptionRule> stored;
    QList<ReceptionRule> parsed;
    for (const StoredReceptionRule &r : rules()) {
        if (!r.active)
            continue;
        const auto rule = ReceptionRuleParser::parse(r.ruleText);
        if (!rule)
            continue;
        stored << r;
        parsed << rule.value();
    }
    QList<ReceptionDay> out;
    for (const ScheduledSession &s : ScheduleGenerator(m_calendar).generate(parsed, from, to)) {
        const StoredReceptionRule &r = stored.at(s.ruleIndex);
        const ReceptionRule &rule = parsed.at(s.ruleIndex);
        ReceptionDay day;
        day.session = s;
        day.ruleId = r.id;
        day.title = r.title.isEmpty() ? kindTitle(rule) : r.title;
        day.topic = rule.topic;
        day.pointId = r.pointId;
        day.kind = rule.kind;
        out << day;
    }
    return out;
}

std::optional<ReceptionDay> ReceptionSchedule::dayAt(QDate date, const QString &halfDay) const
{
    for (const ReceptionDay &day : days(date, date))
        if (day.session.halfDay == halfDay)
            return day;
    return std::nullopt;
}

Status ReceptionSchedule::markAttendance(QDate date, const QString &halfDay, const QString &ruleId,
                                         const QHash<QString, QString> &statusByDeputy)
{
    if (!date.isValid() || date > Clock::today())
        return Error{QStringLiteral("schedule.future_attendance"),
                     tr("Attendance can be marked on the day of the reception or later, not before.")};
    AttendanceRepository repo(m_store);
    QHash<QString, Attendance> existing;
    for (const Attendance &a : repo.listForSession(m_store.stationId(), date, halfDay))
        existing.insert(a.deputyId, a); // later rows win
    WriteTransaction tx(m_store);
    for (auto it = statusByDeputy.constBegin(); it != statusByDeputy.constEnd(); ++it) {
        Attendance row = existing.value(it.key());
        if (row.id.isEmpty()) {
            row.stationId = m_store.stationId();
            row.sessionDate = date;
            row.halfDay = halfDay;
            row.deputyId = it.key();
            row.ruleId = ruleId;
        }
        row.status = it.value();
        if (Status s = repo.save(tx, row); !s)
            return s;
    }
    return tx.commit();
}

QHash<QString, QString> ReceptionSchedule::attendance(QDate date, const QString &halfDay) const
{
    QHash<QString, QString> out;
    for (const Attendance &a : AttendanceRepository(m_store).listForSession(m_store.stationId(), date, halfDay))
        out.insert(a.deputyId, a.status);
    return out;
}

QString ReceptionSchedule::kindTitle(const ReceptionRule &rule)
{
    switch (rule.kind) {
    case ReceptionRule::Monthly:
    case ReceptionRule::Weekly:
        return tr("Deputies' reception day");
    case ReceptionRule::Once:
        return rule.topic.isEmpty() ? tr("Reception by appointment") : tr("Themed reception");
    case ReceptionRule::LeaderRotation:
        return tr("Leaders' reception day");
    }
    return {};
}

} // namespace zt
