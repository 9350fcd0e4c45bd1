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
    if (code == CaseEventKind::ReportedElsewhere)
        return tr("Also reported at another station", "case event");
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

QString DomainText::fieldLabel(const QString &table, const QString &column)
{
    // Where a column means something else in one table, that table's entry wins over the general one.
    static const QHash<QString, const char *> byTable{
        {QStringLiteral("cases.title"), QT_TRANSLATE_NOOP("DomainText", "Title")},
        {QStringLiteral("cases.channel"), QT_TRANSLATE_NOOP("DomainText", "Channel")},
        {QStringLiteral("cases.deputy_id"), QT_TRANSLATE_NOOP("DomainText", "Deputy")},
        {QStringLiteral("case_event.kind"), QT_TRANSLATE_NOOP("DomainText", "Step")},
        {QStringLiteral("case_event.satisfaction"), QT_TRANSLATE_NOOP("DomainText", "Satisfaction")},
        {QStringLiteral("department.kind"), QT_TRANSLATE_NOOP("DomainText", "Kind of department")},
        {QStringLiteral("department.name"), QT_TRANSLATE_NOOP("DomainText", "Department name")},
        {QStringLiteral("category.name"), QT_TRANSLATE_NOOP("DomainText", "Category name")},
        {QStringLiteral("deputy.name"), QT_TRANSLATE_NOOP("DomainText", "Deputy's name")},
        {QStringLiteral("visitor.name"), QT_TRANSLATE_NOOP("DomainText", "Visitor's name")},
        {QStringLiteral("point.name"), QT_TRANSLATE_NOOP("DomainText", "Liaison point name")},
        {QStringLiteral("station.name"), QT_TRANSLATE_NOOP("DomainText", "Station name")},
        {QStringLiteral("reception_rule.title"), QT_TRANSLATE_NOOP("DomainText", "Schedule name")},
        {QStringLiteral("station_activity.title"), QT_TRANSLATE_NOOP("DomainText", "Activity")},
        {QStringLiteral("station_activity.kind"), QT_TRANSLATE_NOOP("DomainText", "Kind of activity")},
        {QStringLiteral("attachment.kind"), QT_TRANSLATE_NOOP("DomainText", "Kind of attachment")},
    };
    static const QHash<QString, const char *> general{
        {QStringLiteral("station_id"), QT_TRANSLATE_NOOP("DomainText", "Station")},
        {QStringLiteral("point_id"), QT_TRANSLATE_NOOP("DomainText", "Liaison point")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("DomainText", "Deleted")},
        {QStringLiteral("case_no"), QT_TRANSLATE_NOOP("DomainText", "Case number")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("DomainText", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("DomainText", "Description")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("DomainText", "Category")},
        {QStringLiteral("community_code"), QT_TRANSLATE_NOOP("DomainText", "Village (community)")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("DomainText", "Location")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("DomainText", "Channel")},
        {QStringLiteral("external_ref"), QT_TRANSLATE_NOOP("DomainText", "Reference number elsewhere")},
        {QStringLiteral("visit_id"), QT_TRANSLATE_NOOP("DomainText", "Visit")},
        {QStringLiteral("case_id"), QT_TRANSLATE_NOOP("DomainText", "Case")},
        {QStringLiteral("citizen_name"), QT_TRANSLATE_NOOP("DomainText", "Citizen's name")},
        {QStringLiteral("citizen_phone"), QT_TRANSLATE_NOOP("DomainText", "Citizen's phone")},
        {QStringLiteral("deputy_id"), QT_TRANSLATE_NOOP("DomainText", "Deputy")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("DomainText", "Status")},
        {QStringLiteral("department_id"), QT_TRANSLATE_NOOP("DomainText", "Department")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("DomainText", "Deadline")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("DomainText", "Priority")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("DomainText", "Satisfaction")},
        {QStringLiteral("registered_on"), QT_TRANSLATE_NOOP("DomainText", "Registered on")},
        {QStringLiteral("assigned_on"), QT_TRANSLATE_NOOP("DomainText", "Assigned on")},
        {QStringLiteral("replied_on"), QT_TRANSLATE_NOOP("DomainText", "Replied on")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("DomainText", "Closed on")},
        {QStringLiteral("occurred_at"), QT_TRANSLATE_NOOP("DomainText", "When")},
        {QStringLiteral("actor_id"), QT_TRANSLATE_NOOP("DomainText", "Staff user")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("DomainText", "Note")},
        {QStringLiteral("supersedes"), QT_TRANSLATE_NOOP("DomainText", "Corrects the step")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("DomainText", "Name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("DomainText", "Kind")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("DomainText", "Contact person")},
        {QStringLiteral("contact_person"), QT_TRANSLATE_NOOP("DomainText", "Contact person")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("DomainText", "Phone")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("DomainText", "Contact phone")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("DomainText", "Code")},
        {QStringLiteral("default_deadline_days"), QT_TRANSLATE_NOOP("DomainText", "Default time limit (working days)")},
        {QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("DomainText", "Order in lists")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("DomainText", "Gender")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("DomainText", "Level")},
        {QStringLiteral("constituency"), QT_TRANSLATE_NOOP("DomainText", "Constituency")},
        {QStringLiteral("occupation"), QT_TRANSLATE_NOOP("DomainText", "Occupation")},
        {QStringLiteral("expertise"), QT_TRANSLATE_NOOP("DomainText", "Expertise")},
        {QStringLiteral("photo_sha256"), QT_TRANSLATE_NOOP("DomainText", "Photo")},
        {QStringLiteral("term_start"), QT_TRANSLATE_NOOP("DomainText", "Term begins")},
        {QStringLiteral("term_end"), QT_TRANSLATE_NOOP("DomainText", "Term ends")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("DomainText", "In use")},
        {QStringLiteral("visit_date"), QT_TRANSLATE_NOOP("DomainText", "Date")},
        {QStringLiteral("held_on"), QT_TRANSLATE_NOOP("DomainText", "Date")},
        {QStringLiteral("half_day"), QT_TRANSLATE_NOOP("DomainText", "Morning or afternoon")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("DomainText", "Summary")},
        {QStringLiteral("visitor_count"), QT_TRANSLATE_NOOP("DomainText", "Visitors")},
        {QStringLiteral("headcount"), QT_TRANSLATE_NOOP("DomainText", "Number of people")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("DomainText", "ID card number")},
        {QStringLiteral("cancel_reason"), QT_TRANSLATE_NOOP("DomainText", "Reason for cancelling")},
        {QStringLiteral("division_code"), QT_TRANSLATE_NOOP("DomainText", "Administrative division")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("DomainText", "Address")},
        {QStringLiteral("opening_hours"), QT_TRANSLATE_NOOP("DomainText", "Opening hours")},
        {QStringLiteral("rule_text"), QT_TRANSLATE_NOOP("DomainText", "Schedule rule")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("DomainText", "Place")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("DomainText", "Participants")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("DomainText", "File name")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("DomainText", "Period")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("DomainText", "Name")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("DomainText", "User name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("DomainText", "Role")},
    };
    if (const auto it = byTable.constFind(table + QLatin1Char('.') + column); it != byTable.constEnd())
        return tr(*it);
    const auto it = general.constFind(column);
    return it == general.constEnd() ? column : tr(*it);
}

QString DomainText::fieldValue(const QString &table, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return value;
    // A code no label knows (a newer PC's) is shown as it is rather than as nothing.
    const auto orValue = [&value](const QString &words) { return words.isEmpty() ? value : words; };
    if (column == QLatin1String("status") && table == QLatin1String("cases"))
        return orValue(caseStatus(value));
    if (column == QLatin1String("priority"))
        return orValue(priority(value));
    if (column == QLatin1String("satisfaction"))
        return orValue(satisfaction(value));
    if (column == QLatin1String("channel"))
        return orValue(channel(value));
    if (column == QLatin1String("kind") && table == QLatin1String("case_event"))
        return orValue(caseEventKind(value));
    if (column == QLatin1String("level") && table == QLatin1String("deputy"))
        return orValue(deputyLevel(value));
    if (column == QLatin1String("half_day"))
        return orValue(halfDay(value));
    if (column == QLatin1String("role"))
        return orValue(role(value));
    if (column == QLatin1String("gender"))
        return orValue(gender(value));
    if (column == QLatin1String("active") || column == QLatin1String("deleted") || column == QLatin1String("must_change_password"))
        return value == QLatin1String("0") ? tr("No") : value == QLatin1String("1") ? tr("Yes") : value;
    return value;
}

} // namespace zt
