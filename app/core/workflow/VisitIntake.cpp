#include "workflow/VisitIntake.h"

#include "security/AccessPolicy.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "domain/PhoneNumber.h"
#include "refdata/DivisionCatalog.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"
#include "storage/VisitorRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkingDayCalendar.h"

namespace zt {

namespace {

VisitIntake::Issue issue(const QString &field, int index, const char *code, const QString &message)
{
    return {field, index, Error{QStringLiteral("intake.") + QLatin1String(code), message}};
}

} // namespace

bool VisitIntake::hasControlCharacters(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')))
            continue;
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

QString VisitIntake::titleFrom(const QString &text)
{
    QString t = text.simplified();
    static const QString stops = QStringLiteral("。！？；!?;");
    for (int i = 0; i < t.size(); ++i) {
        if (stops.contains(t.at(i)) && i > 0) {
            t = t.left(i);
            break;
        }
    }
    if (t.size() > TitleLength)
        t = t.left(TitleLength - 1) + QChar(0x2026);
    return t;
}

QList<VisitIntake::Issue> VisitIntake::check(const Input &input) const
{
    QList<Issue> out;
    const Visit &v = input.visit;
    if (!v.date.isValid())
        out << issue(FieldDate, -1, "no_date", tr("Please enter the date of the visit."));
    else if (v.date > Clock::today())
        out << issue(FieldDate, -1, "future_date", tr("The date of the visit cannot be in the future."));
    if (v.halfDay != HalfDay::Morning && v.halfDay != HalfDay::Afternoon)
        out << issue(FieldHalfDay, -1, "half_day", tr("Please choose morning or afternoon."));
    if (!Channel::all().contains(v.channel))
        out << issue(FieldChannel, -1, "channel", tr("Please choose how the visitor came to the station."));
    const QString ref = v.externalRef.trimmed();
    if (Channel::hasExternalReference(v.channel) && ref.isEmpty())
        out << issue(FieldReference, -1, "no_reference",
                     tr("Please enter the reference number the referring platform gave this matter."));
    else if (ref.size() > MaxReferenceLength || hasControlCharacters(ref, false))
        out << issue(FieldReference, -1, "reference",
                     tr("The reference number is too long or contains characters that cannot be stored."));

    const DeputyRepository deputies(m_store);
    for (const QString &id : v.deputyIds) {
        if (const auto d = deputies.find(id); !d || d->meta.deleted) {
            out << issue(FieldDeputies, -1, "unknown_deputy", tr("One of the chosen deputies no longer exists."));
            break;
        }
    }

    if (v.visitors.isEmpty())
        out << issue(FieldVisitorName, 0, "no_visitor", tr("Please enter the visitor's name."));
    for (int i = 0; i < v.visitors.size(); ++i)
        out << checkVisitor(v.visitors.at(i), i);

    if (v.summary.size() > MaxSummaryLength || hasControlCharacters(v.summary, true))
        out << issue(FieldSummary, -1, "summary",
                     tr("The notes are longer than %1 characters or contain characters that cannot be stored.")
                         .arg(MaxSummaryLength));

    if (input.problems.isEmpty())
        out << issue(FieldProblems, -1, "no_problem", tr("Please describe at least one problem the visitor raised."));
    const CaseRepository cases(m_store);
    const CategoryRepository categories(m_store);
    const DivisionCatalog divisions(m_store.db());
    for (int i = 0; i < input.problems.size(); ++i) {
        const Problem &p = input.problems.at(i);
        const QString text = p.text.trimmed();
        if (text.isEmpty())
            out << issue(FieldProblemText, i, "no_problem_text", tr("Please describe the problem in the visitor's words."));
        else if (text.size() > MaxProblemLength)
            out << issue(FieldProblemText, i, "problem_too_long",
                         tr("The problem is described in %1 characters; at most %2 fit. Put the rest in an attachment.")
                             .arg(text.size())
                             .arg(MaxProblemLength));
        else if (hasControlCharacters(text, true))
            out << issue(FieldProblemText, i, "problem_control",
                         tr("The text contains invisible control characters (often from a paste). Please retype it."));
        if (p.location.size() > MaxShortTextLength || hasControlCharacters(p.location, false))
            out << issue(FieldProblemLocation, i, "location",
                         tr("The place is longer than %1 characters or contains characters that cannot be stored.")
                             .arg(MaxShortTextLength));
        if (!p.categoryId.isEmpty()) {
            if (const auto c = categories.find(p.categoryId); !c || c->meta.deleted)
                out << issue(FieldProblemCategory, i, "category", tr("The chosen category no longer exists."));
        }
        if (!p.communityCode.isEmpty() && !divisions.find(p.communityCode))
            out << issue(FieldProblemLocation, i, "problem_community", tr("Please choose the village or community from the list."));
        if (!p.linkedCaseId.isEmpty()) {
            if (const auto c = cases.find(p.linkedCaseId); !c || c->meta.deleted)
                out << issue(FieldProblemLink, i, "unknown_case", tr("The case this problem was linked to no longer exists."));
        }
    }
    return out;
}

QList<VisitIntake::Issue> VisitIntake::checkVisitor(const Visitor &p, int i) const
{
    QList<Issue> out;
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        out << issue(FieldVisitorName, i, "no_name", tr("Please enter the visitor's name (a surname is enough)."));
    else if (name.size() > MaxNameLength || hasControlCharacters(name, false))
        out << issue(FieldVisitorName, i, "name",
                     tr("The name is longer than %1 characters or contains characters that cannot be stored.")
                         .arg(MaxNameLength));
    if (!p.phone.trimmed().isEmpty() && !PhoneNumber::isValid(p.phone))
        out << issue(FieldVisitorPhone, i, "phone",
                     tr("This is not a phone number: enter a mobile number (11 digits, starting with 1) or a "
                        "landline such as 0574-87654321."));
    if (!p.communityCode.isEmpty() && !DivisionCatalog(m_store.db()).find(p.communityCode))
        out << issue(FieldVisitorCommunity, i, "community", tr("Please choose the village or community from the list."));
    if (p.headcount < 1 || p.headcount > MaxHeadcount)
        out << issue(FieldVisitorHeadcount, i, "headcount",
                     tr("The number of people must be between 1 and %1.").arg(MaxHeadcount));
    return out;
}

Status VisitIntake::correctVisitor(const QString &visitId, Visitor corrected) const
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s.error();
    corrected.name = corrected.name.trimmed();
    corrected.phone = corrected.phone.trimmed().isEmpty() ? QString() : PhoneNumber::normalized(corrected.phone);
    if (const QList<Issue> issues = checkVisitor(corrected, 0); !issues.isEmpty())
        return issues.first().error;
    const VisitRepository visits(m_store);
    auto visit = visits.find(visitId);
    if (!visit || visit->meta.deleted)
        return Error{QStringLiteral("visit.not_found"), tr("The visit no longer exists.")};
    if (visit->status == QLatin1String("cancelled"))
        return Error{QStringLiteral("visit.cancelled"), tr("A cancelled visit cannot be changed.")};
    visits.loadPeople(*visit);
    if (visit->visitors.isEmpty())
        return Error{QStringLiteral("visit.no_visitor"), tr("The visit has no visitor to correct.")};

    Visitor row = visit->visitors.first();
    row.name = corrected.name;
    row.phone = corrected.phone;
    row.communityCode = corrected.communityCode;
    row.headcount = corrected.headcount;
    int people = 0;
    for (int i = 0; i < visit->visitors.size(); ++i)
        people += i == 0 ? row.headcount : qMax(1, visit->visitors.at(i).headcount);

    WriteTransaction tx(m_store);
    if (Status s = VisitorRepository(m_store).update(tx, row); !s)
        return s;
    if (Status s = tx.update(QStringLiteral("visit"), visitId, {{QStringLiteral("visitor_count"), people}}); !s)
        return s;
    for (const CaseRecord &c : CaseRepository(m_store).listForVisit(visitId)) {
        Status s = tx.update(QStringLiteral("cases"), c.id,
                             {{QStringLiteral("citizen_name"), row.name}, {QStringLiteral("citizen_phone"), row.phone}});
        if (!s)
            return s;
    }
    return tx.commit();
}

QDate VisitIntake::replyDue(const CaseRecord &record) const
{
    if (record.deadline.isValid())
        return record.deadline;
    return CaseWorkflow(m_store, WorkingDayCalendar::fromStore(m_store.db()))
        .defaultDeadline(record.categoryId, record.registeredOn);
}

Result<VisitIntake::Saved> VisitIntake::save(Input input) const
{
    // Checked here, not only by hiding the form: a role without it gets a plain refusal.
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s.error();
    // Normalise before checking, so "138 0000 1234" is both accepted and stored as 13800001234.
    Visit &visit = input.visit;
    for (Visitor &p : visit.visitors) {
        p.name = p.name.trimmed();
        p.phone = p.phone.trimmed().isEmpty() ? QString() : PhoneNumber::normalized(p.phone);
    }
    visit.externalRef = Channel::hasExternalReference(visit.channel) ? visit.externalRef.trimmed() : QString();
    visit.summary = visit.summary.trimmed();
    if (const QList<Issue> issues = check(input); !issues.isEmpty())
        return issues.first().error;

    if (visit.stationId.isEmpty())
        visit.stationId = m_store.stationId();
    const auto station = StationRepository(m_store).find(visit.stationId);
    if (!station)
        return Error{QStringLiteral("intake.no_station"), tr("This PC is not set up for a station.")};
    visit.status = QStringLiteral("active");
    if (visit.summary.isEmpty()) {
        QStringList titles;
        for (const Problem &p : std::as_const(input.problems))
            titles << titleFrom(p.text);
        visit.summary = titles.join(QStringLiteral("；"));
    }
    const Visitor first = visit.visitors.value(0);

    Saved saved;
    WriteTransaction tx(m_store);
    if (Status s = VisitRepository(m_store).insertWithPeople(tx, visit); !s)
        return s.error();
    saved.visitId = visit.id;
    const CaseRepository cases(m_store);
    for (const Problem &p : std::as_const(input.problems)) {
        SavedCase out;
        if (!p.linkedCaseId.isEmpty()) {
            Status s = tx.insert(QStringLiteral("visit_case"), Uuid7::generate(),
                                 {{QStringLiteral("station_id"), visit.stationId},
                                  {QStringLiteral("visit_id"), visit.id},
                                  {QStringLiteral("case_id"), p.linkedCaseId},
                                  {QStringLiteral("note"), p.text.trimmed()}});
            if (!s)
                return s.error();
            out.record = *cases.find(p.linkedCaseId);
            out.linked = true;
        } else {
            CaseRecord c;
            c.stationId = visit.stationId;
            c.pointId = visit.pointId;
            c.title = titleFrom(p.text);
            c.description = p.text.trimmed();
            c.categoryId = p.categoryId;
            c.communityCode = p.communityCode.isEmpty() ? first.communityCode : p.communityCode;
            c.location = p.location.trimmed();
            c.channel = visit.channel;
            c.externalRef = visit.externalRef;
            c.visitId = visit.id;
            c.citizenName = first.name;
            c.citizenPhone = first.phone;
            c.deputyId = visit.deputyIds.value(0);
            c.registeredOn = visit.date;
            if (Status s = CaseRegistration::registerCase(tx, station->code, c); !s)
                return s.error();
            out.record = c;
        }
        saved.cases << out;
    }
    const AttachmentRepository attachments(m_store);
    for (Attachment &a : input.attachments) {
        a.id.clear();
        a.stationId = visit.stationId;
        a.ownerTable = QStringLiteral("visit");
        a.ownerId = visit.id;
        if (!a.createdAt.isValid())
            a.createdAt = Clock::nowUtc();
        if (Status s = attachments.insert(tx, a); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    for (SavedCase &c : saved.cases)
        c.replyDue = replyDue(c.record);
    return saved;
}

Result<QStringList> VisitIntake::cancelVisit(const QString &visitId, const QString &reason) const
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error{QStringLiteral("visit.no_reason"), tr("Please give a reason for cancelling the visit.")};
    if (why.size() > MaxShortTextLength || hasControlCharacters(why, false))
        return Error{QStringLiteral("visit.reason"), tr("The reason is longer than %1 characters or contains characters "
                                                        "that cannot be stored.").arg(MaxShortTextLength)};
    const VisitRepository visits(m_store);
    const auto visit = visits.find(visitId);
    if (!visit || visit->meta.deleted)
        return Error{QStringLiteral("visit.not_found"), tr("The visit no longer exists.")};
    if (visit->status == QLatin1String("cancelled"))
        return Error{QStringLiteral("visit.already_cancelled"), tr("This visit is already cancelled.")};

    QStringList cancelled;
    WriteTransaction tx(m_store);
    if (Status s = visits.cancel(tx, visitId, why); !s)
        return s.error();
    const CaseRepository cases(m_store);
    const CaseEventRepository events(m_store);
    for (CaseRecord c : cases.listForVisit(visitId)) {
        if (c.status != CaseStatus::Registered && c.status != CaseStatus::Accepted)
            continue;
        c.status = CaseStatus::Cancelled;
        if (Status s = cases.update(tx, c); !s)
            return s.error();
        CaseEvent e;
        e.stationId = c.stationId;
        e.caseId = c.id;
        e.kind = CaseEventKind::Cancelled;
        e.note = tr("Visit cancelled: %1").arg(why);
        if (Status s = events.append(tx, e); !s)
            return s.error();
        cancelled << c.caseNo;
    }
    for (const QString &linkId : ReceptionLookup(m_store).linkIds(visitId))
        if (Status s = tx.markDeleted(QStringLiteral("visit_case"), linkId); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return cancelled;
}

} // namespace zt
