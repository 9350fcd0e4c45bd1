#include "demo/DemoCaseLife.h"

#include "demo/DemoCaseTemplates.h"
#include "demo/DemoRandom.h"
#include "domain/Codes.h"

namespace zt {

namespace {

constexpr int dayStart = 8 * 60 + 30;
constexpr int dayEnd = 17 * 60 + 30;

// Notes are what staff type into the case history: data in the users' language.
QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

DemoCaseLife::DemoCaseLife(const WorkingDayCalendar &calendar, QRandomGenerator &rng, Detail detail)
    : m_calendar(calendar), m_rng(rng), m_detail(detail)
{
}

void DemoCaseLife::later(Cursor &at, int workingDays)
{
    if (workingDays <= 0) {
        const int minute = at.minute + DemoRandom::between(m_rng, 5, 60);
        if (minute <= dayEnd && m_calendar.isWorkingDay(at.date)) {
            at.minute = minute;
            return;
        }
        workingDays = 1;
    }
    at.date = m_calendar.addWorkingDays(at.date, workingDays);
    at.minute = DemoRandom::between(m_rng, dayStart, 17 * 60);
}

void DemoCaseLife::atDay(Cursor &at, QDate day)
{
    at.date = day;
    at.minute = DemoRandom::between(m_rng, dayStart, 17 * 60);
}

bool DemoCaseLife::push(QList<DemoCaseStep> &steps, const Cursor &at, DemoCaseStep step, QDate cutoff)
{
    step.date = at.date;
    step.minute = at.minute;
    // A step never comes before the one it follows, whatever the draws, so the order of the steps is
    // the order of their times.
    if (!steps.isEmpty()) {
        const DemoCaseStep &last = steps.constLast();
        if (step.date < last.date || (step.date == last.date && step.minute <= last.minute)) {
            step.date = last.date;
            step.minute = last.minute + 1;
        }
    }
    if (step.date > cutoff)
        return false;
    steps << step;
    return true;
}

QString DemoCaseLife::otherHandler(const QStringList &handlers, const QString &current)
{
    if (handlers.size() < 2)
        return handlers.value(0);
    QString other = current;
    while (other == current)
        other = DemoRandom::pick(m_rng, handlers);
    return other;
}

QList<DemoCaseStep> DemoCaseLife::planSimple(const Start &start, QDate cutoff)
{
    QList<DemoCaseStep> steps;
    Cursor at{start.date, start.minute};
    push(steps, at, {CaseEventKind::Registered, {}, 0, {}, {}, {}, {}}, cutoff);
    if (m_cancelled.draw(m_rng)) {
        later(at, DemoRandom::between(m_rng, 0, 1));
        push(steps, at, {CaseEventKind::Cancelled, {}, 0, {}, {}, {}, utf8("重复登记，予以撤销")}, cutoff);
        return steps;
    }
    if (m_notAccepted.draw(m_rng)) {
        later(at, DemoRandom::between(m_rng, 0, 1));
        push(steps, at, {CaseEventKind::NotAccepted, {}, 0, {}, {}, {}, utf8("不属于受理范围，已告知来访人")}, cutoff);
        return steps;
    }
    later(at, start.onTheSpot ? 0 : 1);
    const QDate deadline = m_calendar.addWorkingDays(at.date, start.deadlineDays);
    const QString handler = start.handlers.value(0);
    if (!push(steps, at, {CaseEventKind::Assigned, {}, 0, handler, deadline, {}, {}}, cutoff))
        return steps;
    // Bulk stores keep the reply on the case row only (replied_on, enough for reply times and the
    // on-time rate): a million cases write a million events fewer.
    atDay(at, m_calendar.addWorkingDays(at.date, DemoRandom::between(m_rng, 1, start.deadlineDays)));
    if (at.date > cutoff)
        return steps;
    DemoCaseStep replied{CaseEventKind::Replied, {}, 0, {}, {}, {}, {}};
    replied.date = at.date;
    replied.minute = at.minute;
    steps << replied;
    later(at, DemoRandom::between(m_rng, 1, 2));
    const QString rating = m_unsatisfied.draw(m_rng)        ? Satisfaction::Unsatisfied
                           : DemoRandom::chance(m_rng, 0.8) ? Satisfaction::Satisfied
                                                            : Satisfaction::BasicallySatisfied;
    if (!push(steps, at, {CaseEventKind::Rated, {}, 0, {}, {}, rating, {}}, cutoff))
        return steps;
    later(at, 0);
    push(steps, at, {CaseEventKind::Closed, {}, 0, {}, {}, {}, {}}, cutoff);
    return steps;
}

QList<DemoCaseStep> DemoCaseLife::plan(const Start &start, QDate cutoff)
{
    if (m_detail == Detail::Simple)
        return planSimple(start, cutoff);
    QList<DemoCaseStep> steps = planFull(start, cutoff);
    if (!start.holdAfter.isEmpty()) {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).kind == start.holdAfter) {
                steps.resize(i + 1);
                break;
            }
        }
    }
    return steps;
}

QList<DemoCaseStep> DemoCaseLife::planFull(const Start &start, QDate cutoff)
{
    QList<DemoCaseStep> steps;
    Cursor at{start.date, start.minute};
    auto step = [](const QString &kind, const QString &note = {}) {
        DemoCaseStep s;
        s.kind = kind;
        s.note = note;
        return s;
    };
    push(steps, at, step(CaseEventKind::Registered), cutoff);

    if (m_cancelled.draw(m_rng)) {
        later(at, DemoRandom::between(m_rng, 0, 1));
        const QString why = DemoRandom::chance(m_rng, 0.5) ? utf8("重复登记，予以撤销") : utf8("来访人撤回诉求");
        push(steps, at, step(CaseEventKind::Cancelled, why), cutoff);
        return steps;
    }

    later(at, start.onTheSpot ? 0 : DemoRandom::between(m_rng, 0, 1));
    if (m_notAccepted.draw(m_rng)) {
        static const QStringList reasons = {utf8("已进入诉讼程序，不属于受理范围，已告知来访人依法维权"),
                                            utf8("属于民事合同纠纷，已引导来访人通过仲裁途径解决"),
                                            utf8("诉求已有生效处理意见，不予重复受理")};
        push(steps, at, step(CaseEventKind::NotAccepted, DemoRandom::pick(m_rng, reasons)), cutoff);
        return steps;
    }
    if (!push(steps, at, step(CaseEventKind::Accepted), cutoff))
        return steps;
    if (m_merged.draw(m_rng)) {
        // The generator names the case it was merged into.
        later(at, DemoRandom::between(m_rng, 0, 2));
        push(steps, at, step(CaseEventKind::Merged), cutoff);
        return steps;
    }
    if (m_transferred.draw(m_rng)) {
        // The generator adds the platform and its reference number.
        later(at, DemoRandom::between(m_rng, 0, 2));
        push(steps, at, step(CaseEventKind::Transferred), cutoff);
        return steps;
    }

    QString handler =
        DemoRandom::chance(m_rng, 0.65) ? start.handlers.value(0) : DemoRandom::pick(m_rng, start.handlers);
    for (int round = 1; round <= 2; ++round) {
        later(at, DemoRandom::between(m_rng, 0, 1));
        QDate assignedOn = at.date;
        QDate deadline = m_calendar.addWorkingDays(assignedOn, start.deadlineDays);
        DemoCaseStep assigned = step(CaseEventKind::Assigned);
        assigned.departmentId = handler;
        assigned.deadline = deadline;
        if (!push(steps, at, assigned, cutoff))
            return steps;
        if (round == 1 && start.handlers.size() > 1 && m_reassigned.draw(m_rng)) {
            // Sent to the wrong desk first: the clock starts again at the right one.
            later(at, DemoRandom::between(m_rng, 1, 3));
            handler = otherHandler(start.handlers, handler);
            assignedOn = at.date;
            deadline = m_calendar.addWorkingDays(assignedOn, start.deadlineDays);
            DemoCaseStep reassigned = step(CaseEventKind::Reassigned, utf8("承办单位职责不符，改派"));
            reassigned.departmentId = handler;
            reassigned.deadline = deadline;
            if (!push(steps, at, reassigned, cutoff))
                return steps;
        }

        const int days = start.deadlineDays;
        int replyAfter = 0;
        if ((round == 1 && start.slow) || m_late.draw(m_rng)) {
            replyAfter = days + DemoRandom::between(m_rng, 2, 12);
            if (round == 1 && start.overdueAtCutoff)
                replyAfter = qMax(replyAfter,
                                  m_calendar.workingDaysBetween(assignedOn, cutoff) + DemoRandom::between(m_rng, 1, 5));
        } else {
            const double r = m_rng.generateDouble();
            replyAfter = r < 0.5    ? DemoRandom::between(m_rng, 1, 3)
                         : r < 0.88 ? DemoRandom::between(m_rng, 4, 8)
                                    : DemoRandom::between(m_rng, 9, qMax(9, days - 1));
        }
        if (replyAfter >= days - 2 && days > 4) {
            atDay(at, m_calendar.addWorkingDays(assignedOn, days - 3));
            if (!push(steps, at, step(CaseEventKind::Reminded, utf8("临近办理期限，已提醒承办单位")), cutoff))
                return steps;
        }
        if (replyAfter > days) {
            atDay(at, m_calendar.addWorkingDays(deadline, 1));
            if (!push(steps, at, step(CaseEventKind::Reminded, utf8("已超过办理期限，电话督办")), cutoff))
                return steps;
            if (replyAfter > days + 4 && DemoRandom::chance(m_rng, 0.5)) {
                atDay(at, m_calendar.addWorkingDays(deadline, 3));
                if (!push(steps, at, step(CaseEventKind::Escalated, utf8("逾期未办结，提请区人大代表工委督办")),
                          cutoff))
                    return steps;
            }
        }
        atDay(at, m_calendar.addWorkingDays(assignedOn, replyAfter));
        if (!push(steps, at, step(CaseEventKind::Replied, DemoCaseTemplates::reply(m_rng)), cutoff))
            return steps;
        later(at, DemoRandom::between(m_rng, 0, 1));
        if (!push(steps, at, step(CaseEventKind::FedBack, utf8("代表电话反馈办理结果")), cutoff))
            return steps;

        if (round == 1 && m_unrated.draw(m_rng)) {
            later(at, DemoRandom::between(m_rng, 1, 3));
            push(steps, at, step(CaseEventKind::Closed, utf8("多次联系来访人未果，按程序办结")), cutoff);
            return steps;
        }
        later(at, DemoRandom::chance(m_rng, 0.7) ? 0 : DemoRandom::between(m_rng, 1, 3));
        DemoCaseStep rated = step(CaseEventKind::Rated);
        const bool reopen = round == 1 && m_reopened.draw(m_rng);
        const bool unsatisfied = reopen || (round == 1 ? m_unsatisfied.draw(m_rng) : DemoRandom::chance(m_rng, 0.15));
        rated.satisfaction = unsatisfied                      ? Satisfaction::Unsatisfied
                             : DemoRandom::chance(m_rng, 0.8) ? Satisfaction::Satisfied
                                                              : Satisfaction::BasicallySatisfied;
        if (!push(steps, at, rated, cutoff))
            return steps;
        if (reopen) {
            later(at, DemoRandom::between(m_rng, 0, 1));
            if (!push(steps, at, step(CaseEventKind::Reopened, utf8("来访人对办理结果不满意，重新交办")), cutoff))
                return steps;
            if (DemoRandom::chance(m_rng, 0.5))
                handler = otherHandler(start.handlers, handler);
            continue;
        }
        later(at, DemoRandom::chance(m_rng, 0.6) ? 0 : 1);
        push(steps, at,
             step(CaseEventKind::Closed, unsatisfied ? utf8("经代表解释说明，来访人仍不满意，按程序办结") : QString()),
             cutoff);
        return steps;
    }
    return steps;
}

} // namespace zt
