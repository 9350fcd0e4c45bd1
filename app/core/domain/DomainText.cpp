#include "domain/DomainText.h"

#include "domain/Codes.h"

#include <QHash>

namespace zt {

QString DomainText::deputyLevel(const QString &code)
{
    if (code == DeputyLevel::National)
        return tr("National deputy");
    if (code == DeputyLevel::Provincial)
        return tr("Provincial deputy");
    if (code == DeputyLevel::City)
        return tr("City deputy");
    if (code == DeputyLevel::County)
        return tr("County (district) deputy");
    if (code == DeputyLevel::Township)
        return tr("Township deputy");
    return code;
}

QString DomainText::channel(const QString &code)
{
    if (code == Channel::WalkIn)
        return tr("Walk-in reception");
    if (code == Channel::Appointment)
        return tr("Appointment");
    if (code == Channel::ThemedReception)
        return tr("Themed reception");
    if (code == Channel::FieldVisit)
        return tr("Deputy field visit");
    if (code == Channel::Phone)
        return tr("Phone");
    if (code == Channel::OnlineMessage)
        return tr("Online message");
    if (code == Channel::Hotline8890)
        return tr("8890 hotline");
    if (code == Channel::Mediation)
        return tr("Mediation");
    if (code == Channel::FourPlatforms)
        return tr("Four platforms");
    if (code == Channel::PetitionProxy)
        return tr("Petition proxy");
    return code;
}

QString DomainText::caseStatus(const QString &code)
{
    if (code == CaseStatus::Registered)
        return tr("Registered");
    if (code == CaseStatus::Accepted)
        return tr("Accepted");
    if (code == CaseStatus::NotAccepted)
        return tr("Not accepted");
    if (code == CaseStatus::Assigned)
        return tr("Assigned");
    if (code == CaseStatus::Replied)
        return tr("Replied");
    if (code == CaseStatus::FedBack)
        return tr("Fed back");
    if (code == CaseStatus::Closed)
        return tr("Closed");
    if (code == CaseStatus::Transferred)
        return tr("Transferred");
    if (code == CaseStatus::Merged)
        return tr("Merged");
    if (code == CaseStatus::Cancelled)
        return tr("Cancelled");
    return code;
}

QString DomainText::caseEventKind(const QString &code)
{
    if (code == CaseEventKind::Registered)
        return tr("Registered", "case event");
    if (code == CaseEventKind::Accepted)
        return tr("Accepted", "case event");
    if (code == CaseEventKind::NotAccepted)
        return tr("Not accepted", "case event");
    if (code == CaseEventKind::Assigned)
        return tr("Assigned to a department", "case event");
    if (code == CaseEventKind::Reassigned)
        return tr("Reassigned", "case event");
    if (code == CaseEventKind::Reminded)
        return tr("Reminder", "case event");
    if (code == CaseEventKind::Replied)
        return tr("Reply", "case event");
    if (code == CaseEventKind::FedBack)
        return tr("Feedback", "case event");
    if (code == CaseEventKind::Rated)
        return tr("Satisfaction rated", "case event");
    if (code == CaseEventKind::Reopened)
        return tr("Reopened", "case event");
    if (code == CaseEventKind::Closed)
        return tr("Closed", "case event");
    if (code == CaseEventKind::Transferred)
        return tr("Transferred", "case event");
    if (code == CaseEventKind::Merged)
        return tr("Merged", "case event");
    if (code == CaseEventKind::Escalated)
        return tr("Escalated to a suggestion", "case event");
    if (code == CaseEventKind::Cancelled)
        return tr("Cancelled", "case event");
    if (code == CaseEventKind::Renumbered)
        return tr("Case number changed", "case event");
    return code;
}

QString DomainText::satisfaction(const QString &code)
{
    if (code == Satisfaction::Satisfied)
        return tr("Satisfied");
    if (code == Satisfaction::BasicallySatisfied)
        return tr("Basically satisfied");
    if (code == Satisfaction::Unsatisfied)
        return tr("Not satisfied");
    return QString();
}

QString DomainText::priority(const QString &code)
{
    if (code == Priority::Low)
        return tr("Low");
    if (code == Priority::Normal)
        return tr("Normal");
    if (code == Priority::High)
        return tr("High");
    if (code == Priority::Urgent)
        return tr("Urgent");
    return code;
}

QString DomainText::halfDay(const QString &code)
{
    if (code == HalfDay::Morning)
        return tr("Morning");
    if (code == HalfDay::Afternoon)
        return tr("Afternoon");
    return code;
}

QString DomainText::role(const QString &code)
{
    if (code == Role::StationStaff)
        return tr("Station staff");
    if (code == Role::StationHead)
        return tr("Station head");
    if (code == Role::DistrictOfficer)
        return tr("District officer");
    if (code == Role::Administrator)
        return tr("Administrator");
    return code;
}

QString DomainText::gender(const QString &code)
{
    if (code == QLatin1String("male"))
        return tr("Male");
    if (code == QLatin1String("female"))
        return tr("Female");
    return QString();
}

QString DomainText::recordKind(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("station"), QT_TRANSLATE_NOOP("DomainText", "Station")},
        {QStringLiteral("point"), QT_TRANSLATE_NOOP("DomainText", "Liaison point")},
        {QStringLiteral("deputy"), QT_TRANSLATE_NOOP("DomainText", "Deputy")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("DomainText", "Department")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("DomainText", "Category")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("DomainText", "Visit")},
        {QStringLiteral("visit_deputy"), QT_TRANSLATE_NOOP("DomainText", "Receiving deputy")},
        {QStringLiteral("visitor"), QT_TRANSLATE_NOOP("DomainText", "Visitor")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("DomainText", "Case")},
        {QStringLiteral("case_event"), QT_TRANSLATE_NOOP("DomainText", "Case event")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("DomainText", "Attachment")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("DomainText", "Staff user")},
        {QStringLiteral("reception_rule"), QT_TRANSLATE_NOOP("DomainText", "Reception schedule")},
        {QStringLiteral("reception_attendance"), QT_TRANSLATE_NOOP("DomainText", "Reception day attendance")},
        {QStringLiteral("visit_case"), QT_TRANSLATE_NOOP("DomainText", "Visit and case link")},
        {QStringLiteral("notable_case"), QT_TRANSLATE_NOOP("DomainText", "Notable case")},
        {QStringLiteral("station_activity"), QT_TRANSLATE_NOOP("DomainText", "Station activity")},
        {QStringLiteral("station_activity_deputy"), QT_TRANSLATE_NOOP("DomainText", "Deputy at an activity")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table : tr(*it);
}

} // namespace zt
