#pragma once
// The fixed vocabularies of the domain, as the codes stored in the database. Labels for people are in
// DomainText, so storage never depends on the UI language.

#include <QString>
#include <QStringList>

namespace zt {

namespace DeputyLevel {
inline const QString National = QStringLiteral("national");
inline const QString Provincial = QStringLiteral("provincial");
inline const QString City = QStringLiteral("city");
inline const QString County = QStringLiteral("county");
inline const QString Township = QStringLiteral("township");
inline QStringList all() { return {National, Provincial, City, County, Township}; }
} // namespace DeputyLevel

namespace Channel {
inline const QString WalkIn = QStringLiteral("walk_in");
inline const QString Appointment = QStringLiteral("appointment");
inline const QString ThemedReception = QStringLiteral("themed_reception");
inline const QString FieldVisit = QStringLiteral("field_visit");
inline const QString Phone = QStringLiteral("phone");
inline const QString OnlineMessage = QStringLiteral("online_message");
inline const QString Hotline8890 = QStringLiteral("hotline_8890");
inline const QString Mediation = QStringLiteral("mediation");
inline const QString FourPlatforms = QStringLiteral("four_platforms");
inline const QString PetitionProxy = QStringLiteral("petition_proxy");
inline QStringList all()
{
    return {WalkIn, Appointment, ThemedReception, FieldVisit, Phone, OnlineMessage,
            Hotline8890, Mediation, FourPlatforms, PetitionProxy};
}
// The "station +" referral channels carry an external reference number.
inline bool hasExternalReference(const QString &c) { return c == Hotline8890 || c == Mediation || c == FourPlatforms || c == PetitionProxy; }
} // namespace Channel

namespace CaseStatus {
inline const QString Registered = QStringLiteral("registered");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString NotAccepted = QStringLiteral("not_accepted");
inline const QString Assigned = QStringLiteral("assigned");
inline const QString Replied = QStringLiteral("replied");
inline const QString FedBack = QStringLiteral("fed_back");
inline const QString Closed = QStringLiteral("closed");
inline const QString Transferred = QStringLiteral("transferred");
inline const QString Merged = QStringLiteral("merged");
inline const QString Cancelled = QStringLiteral("cancelled");
inline QStringList all()
{
    return {Registered, Accepted, NotAccepted, Assigned, Replied, FedBack, Closed, Transferred, Merged, Cancelled};
}
// Still on someone's desk: counted on the supervision board.
inline bool isOpen(const QString &s) { return s == Registered || s == Accepted || s == Assigned || s == Replied || s == FedBack; }
} // namespace CaseStatus

namespace CaseEventKind {
inline const QString Registered = QStringLiteral("registered");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString NotAccepted = QStringLiteral("not_accepted");
inline const QString Assigned = QStringLiteral("assigned");
inline const QString Reassigned = QStringLiteral("reassigned");
inline const QString Reminded = QStringLiteral("reminded");
inline const QString Replied = QStringLiteral("replied");
inline const QString FedBack = QStringLiteral("fed_back");
inline const QString Rated = QStringLiteral("rated");
inline const QString Reopened = QStringLiteral("reopened");
inline const QString Closed = QStringLiteral("closed");
inline const QString Transferred = QStringLiteral("transferred");
inline const QString Merged = QStringLiteral("merged");
inline const QString Escalated = QStringLiteral("escalated");
inline const QString Cancelled = QStringLiteral("cancelled");
// Not a step of the case's handling: the PC gave the case a new number because another PC had given
// out its number (server/README.md decision 25). The note holds "OLD → NEW" (renumberedNote), readable
// as it stands on a PC that does not know this kind yet.
inline const QString Renumbered = QStringLiteral("renumbered");
// Not a step of the case's handling either: written by the server when the district moved the case to
// another station and a reception visit of the old station had reported the same problem again. The
// link to that visit ended at the move (server/README.md decision 34 (5)); this tells the receiving
// station. The note holds "STATION · DATE" or "STATION · DATE · what the visitor added"
// (reportedElsewhereNote), readable as it stands on a PC that does not know this kind yet.
inline const QString ReportedElsewhere = QStringLiteral("reported_elsewhere");
inline QStringList all()
{
    return {Registered, Accepted, NotAccepted, Assigned, Reassigned, Reminded, Replied, FedBack,
            Rated, Reopened, Closed, Transferred, Merged, Escalated, Cancelled, Renumbered, ReportedElsewhere};
}
// Kinds that record something about the case, not a step of its handling: a step may be dated before them.
inline bool isStep(const QString &kind) { return kind != Renumbered && kind != ReportedElsewhere; }
inline const QString ReportedElsewhereSeparator = QStringLiteral(" \u00b7 ");
inline QString reportedElsewhereNote(const QString &station, const QString &date, const QString &added)
{
    QString note = station + ReportedElsewhereSeparator + date;
    if (!added.trimmed().isEmpty())
        note += ReportedElsewhereSeparator + added.trimmed();
    return note;
}
// The station, the date and what the visitor added (maybe empty) of a reported_elsewhere note; empty
// when the note is not of that form.
inline QStringList reportedElsewhereParts(const QString &note)
{
    const qsizetype first = note.indexOf(ReportedElsewhereSeparator);
    if (first <= 0)
        return {};
    const qsizetype dateFrom = first + ReportedElsewhereSeparator.size();
    const qsizetype second = note.indexOf(ReportedElsewhereSeparator, dateFrom);
    const QString date = second < 0 ? note.mid(dateFrom) : note.mid(dateFrom, second - dateFrom);
    if (date.isEmpty())
        return {};
    return {note.left(first), date, second < 0 ? QString() : note.mid(second + ReportedElsewhereSeparator.size())};
}
inline const QString RenumberedSeparator = QStringLiteral(" \u2192 ");
inline QString renumberedNote(const QString &oldNo, const QString &newNo) { return oldNo + RenumberedSeparator + newNo; }
// The old and the new number of a renumbered event's note; empty when the note is not of that form.
inline QStringList renumberedNumbers(const QString &note)
{
    const QStringList parts = note.split(RenumberedSeparator);
    return parts.size() == 2 && !parts.at(0).isEmpty() && !parts.at(1).isEmpty() ? parts : QStringList();
}
} // namespace CaseEventKind

namespace Satisfaction {
inline const QString None = QString();
inline const QString Satisfied = QStringLiteral("satisfied");
inline const QString BasicallySatisfied = QStringLiteral("basically_satisfied");
inline const QString Unsatisfied = QStringLiteral("unsatisfied");
inline QStringList all() { return {Satisfied, BasicallySatisfied, Unsatisfied}; }
} // namespace Satisfaction

namespace Priority {
inline const QString Low = QStringLiteral("low");
inline const QString Normal = QStringLiteral("normal");
inline const QString High = QStringLiteral("high");
inline const QString Urgent = QStringLiteral("urgent");
inline QStringList all() { return {Low, Normal, High, Urgent}; }
} // namespace Priority

namespace HalfDay {
inline const QString Morning = QStringLiteral("am");
inline const QString Afternoon = QStringLiteral("pm");
} // namespace HalfDay

namespace Role {
inline const QString StationStaff = QStringLiteral("station_staff");
inline const QString StationHead = QStringLiteral("station_head");
inline const QString DistrictOfficer = QStringLiteral("district_officer");
inline const QString Administrator = QStringLiteral("administrator");
inline QStringList all() { return {StationStaff, StationHead, DistrictOfficer, Administrator}; }
} // namespace Role

namespace AttachmentKind {
inline const QString Photo = QStringLiteral("photo");
inline const QString Scan = QStringLiteral("scan");
inline const QString Voice = QStringLiteral("voice");
inline const QString Video = QStringLiteral("video");
inline const QString File = QStringLiteral("file");
} // namespace AttachmentKind

} // namespace zt
