#pragma once
// Saves a walk-in reception in one go: the visit with its visitors and receiving deputies, one
// registered case per new problem, a link for every problem that is an existing case, and the
// attachments' rows, all in one WriteTransaction, so a failure anywhere leaves nothing half-written.
// Checks everything first and names the field at fault, so the form can say it next to the field.

#include "common/Result.h"
#include "domain/Attachment.h"
#include "domain/CaseRecord.h"
#include "domain/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace zt {

class Store;

class VisitIntake
{
    Q_DECLARE_TR_FUNCTIONS(VisitIntake)
public:
    // Lengths a ledger line never needs more than; longer text is usually a paste gone wrong.
    static constexpr int MaxNameLength = 40;
    static constexpr int MaxProblemLength = 2000;
    static constexpr int MaxSummaryLength = 4000;
    static constexpr int MaxShortTextLength = 200;
    static constexpr int MaxReferenceLength = 64;
    static constexpr int MaxHeadcount = 999;
    static constexpr int TitleLength = 30;

    struct Problem
    {
        QString text;
        QString categoryId;
        QString communityCode; // empty: the first visitor's community
        QString location;
        QString linkedCaseId;  // set: the problem is this existing case; no new case is registered
    };
    struct Input
    {
        Visit visit;              // date, half-day, point, channel, reference, summary, visitors, deputies
        QList<Problem> problems;
        QList<Attachment> attachments; // from AttachmentStore::importFile; rows are written here
    };
    // A problem with the input, tied to the field it is about (field names below; index: the visitor
    // or problem row, -1 for the visit's own fields).
    struct Issue
    {
        QString field;
        int index = -1;
        Error error;
    };
    struct SavedCase
    {
        CaseRecord record;
        bool linked = false; // an existing case the visit was linked to
        QDate replyDue;      // when the citizen can expect an answer
    };
    struct Saved
    {
        QString visitId;
        QList<SavedCase> cases;
    };

    // Field names used in Issue::field.
    static inline const QString FieldDate = QStringLiteral("date");
    static inline const QString FieldHalfDay = QStringLiteral("halfDay");
    static inline const QString FieldChannel = QStringLiteral("channel");
    static inline const QString FieldReference = QStringLiteral("externalRef");
    static inline const QString FieldSummary = QStringLiteral("summary");
    static inline const QString FieldDeputies = QStringLiteral("deputies");
    static inline const QString FieldVisitorName = QStringLiteral("visitor.name");
    static inline const QString FieldVisitorPhone = QStringLiteral("visitor.phone");
    static inline const QString FieldVisitorCommunity = QStringLiteral("visitor.community");
    static inline const QString FieldVisitorHeadcount = QStringLiteral("visitor.headcount");
    static inline const QString FieldProblems = QStringLiteral("problems");
    static inline const QString FieldProblemText = QStringLiteral("problem.text");
    static inline const QString FieldProblemLocation = QStringLiteral("problem.location");
    static inline const QString FieldProblemCategory = QStringLiteral("problem.category");
    static inline const QString FieldProblemLink = QStringLiteral("problem.link");

    explicit VisitIntake(Store &store) : m_store(store) {}

    // Every issue, in form order; empty when the input can be saved.
    QList<Issue> check(const Input &input) const;
    // Checks, then writes everything in one transaction. On a failed check the error is the first issue's.
    Result<Saved> save(Input input) const;
    // A visit saved by mistake: marked cancelled with the reason (never deleted), together with the cases
    // it registered that nobody has handed to a department yet, and its links to existing cases. Cases
    // already assigned stay as they are (they are real work now). Returns the cancelled case numbers.
    Result<QStringList> cancelVisit(const QString &visitId, const QString &reason) const;
    // A saved visit's visitor corrected (a misheard name, a wrong digit): the visitor row, the visit's head
    // count and the name and phone on the cases the visit registered, in one transaction. The same checks
    // as for a new visit; issues name the visitor fields.
    Status correctVisitor(const QString &visitId, Visitor corrected) const;
    // The checks of one visitor, as check() runs them.
    QList<Issue> checkVisitor(const Visitor &visitor, int index) const;
    // The day a registered case's answer is due: the category's working days after registration.
    QDate replyDue(const CaseRecord &record) const;
    // A short title from the problem as the citizen said it: the first sentence, at most TitleLength.
    static QString titleFrom(const QString &text);
    // Text a form may keep: no control characters (line breaks and tabs only where multiLine).
    static bool hasControlCharacters(const QString &text, bool multiLine);

private:
    Store &m_store;
};

} // namespace zt
