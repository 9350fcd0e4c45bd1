#include "workflow/CaseWorkflow.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "security/AccessPolicy.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace zt {

namespace {

using Move = CaseWorkflow::Move;

// The one table of legal moves, which both the checks below and the UI's buttons read. A status that is
// not listed (not accepted, transferred, merged, cancelled) is final: nothing more happens to the case.
// A closed case can still be escalated, because recurring problems are found among solved ones too.
const QHash<QString, QList<Move>> &movesByStatus()
{
    static const QHash<QString, QList<Move>> table = {
        {CaseStatus::Registered,
         {Move::Accept, Move::NotAccept, Move::Transfer, Move::Merge, Move::Escalate, Move::Cancel}},
        {CaseStatus::Accepted, {Move::Assign, Move::Transfer, Move::Merge, Move::Escalate, Move::Cancel}},
        {CaseStatus::Assigned,
         {Move::Reassign, Move::Remind, Move::Reply, Move::Transfer, Move::Merge, Move::Escalate, Move::Cancel}},
        {CaseStatus::Replied, {Move::FeedBack, Move::Escalate, Move::Cancel}},
        {CaseStatus::FedBack, {Move::Rate, Move::Close, Move::Escalate, Move::Cancel}},
        {CaseStatus::Closed, {Move::Escalate}},
    };
    return table;
}

Error refused(const QString &message)
{
    return Error{QStringLiteral("workflow.illegal_move"), message};
}

Error invalid(const char *code, const QString &message)
{
    return Error{QStringLiteral("workflow.") + QLatin1String(code), message};
}

bool notYetAssigned(const QString &status)
{
    return status == CaseStatus::Registered || status == CaseStatus::Accepted;
}

} // namespace

CaseWorkflow::CaseWorkflow(Store &store, WorkingDayCalendar calendar) : m_store(store), m_calendar(std::move(calendar))
{
}

QList<CaseWorkflow::Move> CaseWorkflow::allowedMoves(const QString &status)
{
    return movesByStatus().value(status);
}

QString CaseWorkflow::refusal(const QString &status, Move move)
{
    if (isAllowed(status, move))
        return {};

    // Asking for the state the case is already in deserves a plain answer, not "closed; cannot be closed".
    if (status == CaseStatus::Closed && move == Move::Close)
        return tr("This case is already closed.");
    if (status == CaseStatus::NotAccepted && move == Move::NotAccept)
        return tr("This case is already marked as not accepted.");
    if (status == CaseStatus::Transferred && move == Move::Transfer)
        return tr("This case has already been transferred to another platform.");
    if (status == CaseStatus::Merged && move == Move::Merge)
        return tr("This case has already been merged into another case.");
    if (status == CaseStatus::Cancelled && move == Move::Cancel)
        return tr("This case is already cancelled.");

    // A final (or closed) case: say what it is, then what that rules out.
    QString state;
    if (status == CaseStatus::Closed)
        state = tr("This case is closed");
    else if (status == CaseStatus::NotAccepted)
        state = tr("This case was not accepted");
    else if (status == CaseStatus::Transferred)
        state = tr("This case was transferred to another platform");
    else if (status == CaseStatus::Merged)
        state = tr("This case was merged into another case");
    else if (status == CaseStatus::Cancelled)
        state = tr("This case was cancelled");
    if (!state.isEmpty()) {
        QString ruledOut;
        switch (move) {
        case Move::Accept:
            ruledOut = tr("it cannot be accepted");
            break;
        case Move::NotAccept:
            ruledOut = tr("it cannot be marked as not accepted");
            break;
        case Move::Assign:
            ruledOut = tr("it cannot be assigned");
            break;
        case Move::Reassign:
            ruledOut = tr("it cannot be reassigned");
            break;
        case Move::Remind:
            ruledOut = tr("no reminder can be sent");
            break;
        case Move::Reply:
            ruledOut = tr("no reply can be recorded");
            break;
        case Move::FeedBack:
            ruledOut = tr("no feedback can be recorded");
            break;
        case Move::Rate:
            ruledOut = tr("it cannot be rated");
            break;
        case Move::Close:
            ruledOut = tr("it cannot be closed");
            break;
        case Move::Transfer:
            ruledOut = tr("it cannot be transferred");
            break;
        case Move::Merge:
            ruledOut = tr("it cannot be merged");
            break;
        case Move::Escalate:
            ruledOut = tr("it cannot be escalated");
            break;
        case Move::Cancel:
            ruledOut = tr("it cannot be cancelled");
            break;
        }
        return tr("%1; %2.", "a case's state; the move it rules out").arg(state, ruledOut);
    }

    // An open case: say what has to happen first.
    switch (move) {
    case Move::Accept:
    case Move::NotAccept:
        return tr("This case has already been accepted.");
    case Move::Assign:
        if (status == CaseStatus::Registered)
            return tr("A case must be accepted before it is assigned to a department.");
        return tr("This case has already been assigned to a department.");
    case Move::Reassign:
        if (notYetAssigned(status))
            return tr("This case has not been assigned yet; assign it to a department first.");
        return tr("The department has already replied; the case can no longer be reassigned.");
    case Move::Remind:
        if (notYetAssigned(status))
            return tr("Reminders go to the department handling the case; assign it first.");
        return tr("The department has already replied; there is nothing left to remind it of.");
    case Move::Reply:
        if (notYetAssigned(status))
            return tr("A case must be assigned to a department before a reply can be recorded.");
        return tr("The department has already replied to this case.");
    case Move::FeedBack:
        if (status == CaseStatus::FedBack)
            return tr("Feedback has already been given to the citizen.");
        return tr("Feedback to the citizen follows the department's reply; record the reply first.");
    case Move::Rate:
        return tr("The citizen can rate the case only after being given feedback.");
    case Move::Close:
        return tr("A case can be closed only after the citizen has been given feedback.");
    case Move::Transfer:
        return tr("The department has already replied; the case can no longer be transferred.");
    case Move::Merge:
        return tr("The department has already replied; the case can no longer be merged into another.");
    case Move::Escalate:
    case Move::Cancel:
        break;
    }
    return tr("This is not possible for a case in this state.");
}

QString CaseWorkflow::moveLabel(Move move)
{
    switch (move) {
    case Move::Accept:
        return tr("Accept");
    case Move::NotAccept:
        return tr("Do not accept");
    case Move::Assign:
        return tr("Assign to a department");
    case Move::Reassign:
        return tr("Reassign");
    case Move::Remind:
        return tr("Send a reminder");
    case Move::Reply:
        return tr("Record the reply");
    case Move::FeedBack:
        return tr("Record feedback");
    case Move::Rate:
        return tr("Rate satisfaction");
    case Move::Close:
        return tr("Close without a rating");
    case Move::Transfer:
        return tr("Transfer to a platform");
    case Move::Merge:
        return tr("Merge into another case");
    case Move::Escalate:
        return tr("Escalate to a suggestion");
    case Move::Cancel:
        return tr("Cancel the case");
    }
    return {};
}

Permission CaseWorkflow::permissionFor(Move move)
{
    switch (move) {
    // Ending a citizen's request without a result needs a second person's judgement.
    case Move::NotAccept:
    case Move::Close:
    case Move::Merge:
    case Move::Cancel:
        return Permission::ApproveCases;
    // Handing a case to a department commits another office's time.
    case Move::Assign:
    case Move::Reassign:
        return Permission::AssignCases;
    case Move::Accept:
    case Move::Remind:
    case Move::Reply:
    case Move::FeedBack:
    case Move::Rate:
    case Move::Transfer:
    case Move::Escalate:
        break;
    }
    return Permission::FollowCases;
}

Result<CaseWorkflow::Step> CaseWorkflow::begin(const QString &caseId, Move move, const QDateTime &occurredAt) const
{
    // First, so that a role without the right learns nothing about the case from the answer.
    if (Status s = AccessPolicy::requireCurrent(m_store, permissionFor(move)); !s)
        return s.error();
    const auto record = CaseRepository(m_store).find(caseId);
    if (!record || record->meta.deleted)
        return Error{QStringLiteral("case.not_found"), tr("This case could not be found; it may have been removed.")};
    if (const QString why = refusal(record->status, move); !why.isEmpty())
        return refused(why);

    Step step{*record, Clock::nowUtc(), {}};
    if (occurredAt.isValid()) {
        if (occurredAt > step.at)
            return invalid("future", tr("The date of this step cannot be in the future."));
        // The timeline is read in order; a step dated before the last one would rewrite history.
        // A new number (decision 25) or a report at another station (written at a move) is no step:
        // a step may be dated before the sync that brought it.
        QList<CaseEvent> events = CaseEventRepository(m_store).listForCase(caseId);
        events.removeIf([](const CaseEvent &e) { return !CaseEventKind::isStep(e.kind); });
        if (!events.isEmpty() && occurredAt < events.last().occurredAt)
            return invalid("before_previous", tr("This step cannot be dated before the case's previous step."));
        step.at = occurredAt.toUTC();
    }
    step.day = step.at.toLocalTime().date();
    return step;
}

CaseEvent CaseWorkflow::event(const Step &step, const QString &kind) const
{
    CaseEvent e;
    e.stationId = step.record.stationId;
    e.caseId = step.record.id;
    e.kind = kind;
    e.occurredAt = step.at;
    e.actorId = m_store.currentUserId();
    return e;
}

Status CaseWorkflow::finish(const Step &step, QList<CaseEvent> events) const
{
    std::optional<WriteTransaction> own;
    if (!m_tx)
        own.emplace(m_store);
    WriteTransaction &tx = m_tx ? *m_tx : *own;
    const CaseEventRepository eventRepo(m_store);
    for (CaseEvent &e : events) {
        if (Status s = eventRepo.append(tx, e); !s)
            return s;
    }
    if (Status s = CaseRepository(m_store).update(tx, step.record); !s)
        return s;
    return own ? own->commit() : Status();
}

Result<QDate> CaseWorkflow::deadlineFor(const CaseRecord &record, QDate from, QDate requested) const
{
    if (requested.isValid()) {
        if (requested < from)
            return invalid("deadline_early", tr("The deadline cannot be earlier than the day of assignment."));
        return requested;
    }
    return defaultDeadline(record.categoryId, from);
}

int CaseWorkflow::deadlineDaysFor(Store &store, const QString &categoryId)
{
    if (!categoryId.isEmpty()) {
        if (const auto category = CategoryRepository(store).find(categoryId);
            category && !category->meta.deleted && category->defaultDeadlineDays > 0)
            return category->defaultDeadlineDays;
    }
    return DefaultDeadlineDays;
}

Status CaseWorkflow::checkDepartment(const QString &departmentId) const
{
    if (departmentId.isEmpty())
        return invalid("no_department", tr("Please choose the department that will handle the case."));
    const auto department = DepartmentRepository(m_store).find(departmentId);
    if (!department || department->meta.deleted)
        return invalid("unknown_department", tr("The chosen department no longer exists."));
    return {};
}

Status CaseWorkflow::accept(const QString &caseId, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Accept, occurredAt);
    if (!step)
        return step.error();
    step->record.status = CaseStatus::Accepted;
    return finish(step.value(), {event(step.value(), CaseEventKind::Accepted)});
}

Status CaseWorkflow::notAccept(const QString &caseId, const QString &reason, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::NotAccept, occurredAt);
    if (!step)
        return step.error();
    if (reason.trimmed().isEmpty())
        return invalid("reason_required", tr("Please say why the case is not accepted."));
    CaseEvent e = event(step.value(), CaseEventKind::NotAccepted);
    e.note = reason.trimmed();
    step->record.status = CaseStatus::NotAccepted;
    return finish(step.value(), {e});
}

Status CaseWorkflow::assign(const QString &caseId, const QString &departmentId, QDate deadline,
                            const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Assign, occurredAt);
    if (!step)
        return step.error();
    if (Status s = checkDepartment(departmentId); !s)
        return s;
    const auto due = deadlineFor(step->record, step->day, deadline);
    if (!due)
        return due.error();
    CaseEvent e = event(step.value(), CaseEventKind::Assigned);
    e.departmentId = departmentId;
    e.deadline = due.value();
    step->record.status = CaseStatus::Assigned;
    step->record.departmentId = departmentId;
    step->record.deadline = due.value();
    step->record.assignedOn = step->day;
    return finish(step.value(), {e});
}

Status CaseWorkflow::reassign(const QString &caseId, const QString &departmentId, QDate deadline, const QString &note,
                              const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Reassign, occurredAt);
    if (!step)
        return step.error();
    if (Status s = checkDepartment(departmentId); !s)
        return s;
    if (departmentId == step->record.departmentId)
        return invalid("same_department", tr("The case is already with this department."));
    const auto due = deadlineFor(step->record, step->day, deadline);
    if (!due)
        return due.error();
    // The earlier department stays in the earlier event; this one names the new one only.
    CaseEvent e = event(step.value(), CaseEventKind::Reassigned);
    e.departmentId = departmentId;
    e.deadline = due.value();
    e.note = note.trimmed();
    step->record.departmentId = departmentId;
    step->record.deadline = due.value();
    step->record.assignedOn = step->day;
    return finish(step.value(), {e});
}

Status CaseWorkflow::remind(const QString &caseId, const QString &note, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Remind, occurredAt);
    if (!step)
        return step.error();
    CaseEvent e = event(step.value(), CaseEventKind::Reminded);
    e.departmentId = step->record.departmentId;
    e.deadline = step->record.deadline;
    e.note = note.trimmed();
    return finish(step.value(), {e});
}

Status CaseWorkflow::reply(const QString &caseId, const QString &text, QDate repliedOn, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Reply, occurredAt);
    if (!step)
        return step.error();
    if (text.trimmed().isEmpty())
        return invalid("no_reply_text", tr("Please enter the department's reply."));
    if (!repliedOn.isValid())
        repliedOn = step->day;
    if (repliedOn > step->day)
        return invalid("reply_date", tr("The reply date cannot be in the future."));
    if (step->record.assignedOn.isValid() && repliedOn < step->record.assignedOn)
        return invalid("reply_date", tr("The reply date cannot be earlier than the day the case was assigned."));
    CaseEvent e = event(step.value(), CaseEventKind::Replied);
    e.departmentId = step->record.departmentId;
    e.note = text.trimmed();
    step->record.status = CaseStatus::Replied;
    step->record.repliedOn = repliedOn;
    return finish(step.value(), {e});
}

Status CaseWorkflow::feedBack(const QString &caseId, const QString &how, const QString &deputyId,
                              const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::FeedBack, occurredAt);
    if (!step)
        return step.error();
    if (how.trimmed().isEmpty())
        return invalid("no_feedback_how", tr("Please say how the citizen was given feedback."));
    const QString deputy = deputyId.isEmpty() ? step->record.deputyId : deputyId;
    if (!deputy.isEmpty()) {
        const auto found = DeputyRepository(m_store).find(deputy);
        if (!found || found->meta.deleted)
            return invalid("unknown_deputy", tr("The chosen deputy no longer exists."));
    }
    CaseEvent e = event(step.value(), CaseEventKind::FedBack);
    e.deputyId = deputy;
    e.note = how.trimmed();
    step->record.status = CaseStatus::FedBack;
    return finish(step.value(), {e});
}

Status CaseWorkflow::rate(const QString &caseId, const QString &satisfaction, QDate reopenDeadline,
                          const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Rate, occurredAt);
    if (!step)
        return step.error();
    if (!Satisfaction::all().contains(satisfaction))
        return invalid("bad_satisfaction", tr("Please choose how satisfied the citizen is."));
    CaseEvent rated = event(step.value(), CaseEventKind::Rated);
    rated.satisfaction = satisfaction;
    // The case keeps its latest rating, also after reopening: the satisfaction rate counts it.
    step->record.satisfaction = satisfaction;
    if (satisfaction != Satisfaction::Unsatisfied) {
        step->record.status = CaseStatus::Closed;
        step->record.closedOn = step->day;
        return finish(step.value(), {rated, event(step.value(), CaseEventKind::Closed)});
    }
    const auto due = deadlineFor(step->record, step->day, reopenDeadline);
    if (!due)
        return due.error();
    CaseEvent reopened = event(step.value(), CaseEventKind::Reopened);
    reopened.departmentId = step->record.departmentId;
    reopened.deadline = due.value();
    // Back on the department's desk with a new clock; the rejected reply no longer counts as the
    // answer, so the on-time reply rate waits for the next one.
    step->record.status = CaseStatus::Assigned;
    step->record.deadline = due.value();
    step->record.assignedOn = step->day;
    step->record.repliedOn = QDate();
    return finish(step.value(), {rated, reopened});
}

Status CaseWorkflow::close(const QString &caseId, const QString &reason, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Close, occurredAt);
    if (!step)
        return step.error();
    if (reason.trimmed().isEmpty())
        return invalid("reason_required", tr("Please say why the case is closed without the citizen's rating."));
    CaseEvent e = event(step.value(), CaseEventKind::Closed);
    e.note = reason.trimmed();
    step->record.status = CaseStatus::Closed;
    step->record.closedOn = step->day;
    return finish(step.value(), {e});
}

Status CaseWorkflow::transfer(const QString &caseId, const QString &platform, const QString &externalRef,
                              const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Transfer, occurredAt);
    if (!step)
        return step.error();
    if (!Channel::hasExternalReference(platform))
        return invalid("bad_platform", tr("Please choose the platform the case is transferred to."));
    const QString ref = externalRef.trimmed();
    if (ref.isEmpty())
        return invalid("no_external_ref", tr("Please enter the platform's reference number."));
    CaseEvent e = event(step.value(), CaseEventKind::Transferred);
    e.note = platform + QLatin1Char(' ') + ref;
    step->record.status = CaseStatus::Transferred;
    // A case that came from a platform keeps that platform's number on the row; the new one is in the
    // event, so neither is lost.
    if (step->record.externalRef.isEmpty())
        step->record.externalRef = ref;
    return finish(step.value(), {e});
}

Status CaseWorkflow::mergeInto(const QString &caseId, const QString &targetCaseId, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Merge, occurredAt);
    if (!step)
        return step.error();
    if (targetCaseId == caseId)
        return invalid("merge_self", tr("A case cannot be merged into itself."));
    const auto target = CaseRepository(m_store).find(targetCaseId);
    if (!target || target->meta.deleted)
        return invalid("merge_missing", tr("The case to merge into could not be found."));
    if (target->stationId != step->record.stationId)
        return invalid("merge_other_station", tr("Cases can only be merged within one station."));
    if (target->status == CaseStatus::Merged)
        return invalid(
            "merge_target_merged",
            tr("Case %1 has itself been merged into another case; merge into that one instead.").arg(target->caseNo));
    if (target->status == CaseStatus::Cancelled)
        return invalid("merge_target_cancelled",
                       tr("Case %1 was cancelled; no case can be merged into it.").arg(target->caseNo));
    CaseEvent e = event(step.value(), CaseEventKind::Merged);
    e.note = target->caseNo;
    step->record.status = CaseStatus::Merged;
    return finish(step.value(), {e});
}

Status CaseWorkflow::escalate(const QString &caseId, const QString &note, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Escalate, occurredAt);
    if (!step)
        return step.error();
    CaseEvent e = event(step.value(), CaseEventKind::Escalated);
    e.note = note.trimmed();
    return finish(step.value(), {e});
}

Status CaseWorkflow::cancel(const QString &caseId, const QString &reason, const QDateTime &occurredAt)
{
    auto step = begin(caseId, Move::Cancel, occurredAt);
    if (!step)
        return step.error();
    if (reason.trimmed().isEmpty())
        return invalid("reason_required", tr("Please say why the case is cancelled."));
    CaseEvent e = event(step.value(), CaseEventKind::Cancelled);
    e.note = reason.trimmed();
    step->record.status = CaseStatus::Cancelled;
    return finish(step.value(), {e});
}

} // namespace zt
