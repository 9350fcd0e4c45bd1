#pragma once
// The closed loop of a case as a state machine: each move checks the case's status against one table,
// then appends its event(s) and updates the case row in a single WriteTransaction, or writes nothing.

#include "common/Result.h"
#include "domain/CaseEvent.h"
#include "domain/CaseRecord.h"
#include "security/Permission.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace zt {

class Store;
class WriteTransaction;

class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    enum class Move {
        Accept,
        NotAccept,
        Assign,
        Reassign,
        Remind,
        Reply,
        FeedBack,
        Rate,
        Close,
        Transfer,
        Merge,
        Escalate,
        Cancel
    };

    // The deadline when the category sets none (and for cases without a category).
    static constexpr int DefaultDeadlineDays = 15;

    CaseWorkflow(Store &store, WorkingDayCalendar calendar);

    // The working days a department gets for a case of this category: the category's own number, or
    // DefaultDeadlineDays when it sets none (or is gone). The one rule the form, the receipt and the
    // assignment all use.
    static int deadlineDaysFor(Store &store, const QString &categoryId);
    // The deadline an assignment on day `from` gets when the assigner does not change it.
    QDate defaultDeadline(const QString &categoryId, QDate from) const
    {
        return m_calendar.addWorkingDays(from, deadlineDaysFor(m_store, categoryId));
    }

    // Moves write into the caller's open transaction instead of one of their own (and do not commit it):
    // an import writes a ledger row's whole history or nothing. nullptr: each move commits by itself.
    void useTransaction(WriteTransaction *tx) { m_tx = tx; }

    // What the UI may offer for a case in this status (CaseStatus code); empty for final statuses.
    static QList<Move> allowedMoves(const QString &status);
    static bool isAllowed(const QString &status, Move move) { return allowedMoves(status).contains(move); }
    // Why the move is not possible in this status, in the user's words; empty when it is allowed.
    static QString refusal(const QString &status, Move move);
    // What the signed-in user's role must hold for the move (checked before anything is read or written).
    static Permission permissionFor(Move move);
    // A button or menu label for the move.
    static QString moveLabel(Move move);

    // Every move takes the moment it happened as its last argument: invalid means now. Dates the move
    // derives (assigned_on, closed_on, the start of a deadline) are that moment's local date, so an
    // import can replay a ledger with its historical dates. A moment may not be earlier than the
    // case's latest event nor in the future.

    Status accept(const QString &caseId, const QDateTime &occurredAt = {});
    Status notAccept(const QString &caseId, const QString &reason, const QDateTime &occurredAt = {});
    // deadline invalid: the category's default number of working days after the day of assignment.
    Status assign(const QString &caseId, const QString &departmentId, QDate deadline = {},
                  const QDateTime &occurredAt = {});
    // The clock starts again at the new department: deadline invalid means the default counted from today.
    Status reassign(const QString &caseId, const QString &departmentId, QDate deadline = {}, const QString &note = {},
                    const QDateTime &occurredAt = {});
    // 督办/催办: any number of times while the department has the case; the status does not change.
    Status remind(const QString &caseId, const QString &note = {}, const QDateTime &occurredAt = {});
    // repliedOn invalid: the day of occurredAt. It may be earlier (a letter recorded late), not later.
    Status reply(const QString &caseId, const QString &text, QDate repliedOn = {}, const QDateTime &occurredAt = {});
    // how: phone call, visit, ...; deputyId empty: the deputy following the case.
    Status feedBack(const QString &caseId, const QString &how, const QString &deputyId = {},
                    const QDateTime &occurredAt = {});
    // Satisfied or basically satisfied closes the case; unsatisfied reopens it at the same department
    // with a new deadline (reopenDeadline, or the default counted from today).
    Status rate(const QString &caseId, const QString &satisfaction, QDate reopenDeadline = {},
                const QDateTime &occurredAt = {});
    // Closing without a rating (the citizen cannot be reached or will not rate): only after feedback,
    // and only with a reason. The normal path is rate(), which closes by itself.
    Status close(const QString &caseId, const QString &reason, const QDateTime &occurredAt = {});
    // platform: a Channel code with an external reference (8890, four platforms, mediation, petition
    // proxy). The event note is "<platform code> <reference>".
    Status transfer(const QString &caseId, const QString &platform, const QString &externalRef,
                    const QDateTime &occurredAt = {});
    // The event note holds the target's case number.
    Status mergeInto(const QString &caseId, const QString &targetCaseId, const QDateTime &occurredAt = {});
    // A flag on the timeline (carried into a deputy's suggestion); the status does not change.
    Status escalate(const QString &caseId, const QString &note = {}, const QDateTime &occurredAt = {});
    Status cancel(const QString &caseId, const QString &reason, const QDateTime &occurredAt = {});

private:
    struct Step
    {
        CaseRecord record;
        QDateTime at;
        QDate day;
    };

    // Loads the case and refuses the move before anything is written.
    Result<Step> begin(const QString &caseId, Move move, const QDateTime &occurredAt) const;
    // Appends the events and updates the case row in one transaction.
    Status finish(const Step &step, QList<CaseEvent> events) const;
    CaseEvent event(const Step &step, const QString &kind) const;
    Result<QDate> deadlineFor(const CaseRecord &record, QDate from, QDate requested) const;
    Status checkDepartment(const QString &departmentId) const;

    Store &m_store;
    WorkingDayCalendar m_calendar;
    WriteTransaction *m_tx = nullptr;
};

} // namespace zt
