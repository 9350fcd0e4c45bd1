#include "workflow/SupervisionColour.h"

#include "domain/Codes.h"

namespace zt {

int SupervisionColour::workingDaysLeft(const CaseRecord &record, QDate today, const WorkingDayCalendar &calendar)
{
    if (!record.deadline.isValid() || !today.isValid())
        return 0;
    const int left = calendar.workingDaysBetween(today, record.deadline);
    // Past the date is overdue whatever the calendar says: a Saturday after a Friday deadline has no
    // working day in between, yet the department is late.
    if (today > record.deadline)
        return qMin(left, -1);
    return left;
}

SupervisionColour::Level SupervisionColour::level(const CaseRecord &record, QDate today,
                                                  const WorkingDayCalendar &calendar)
{
    // The deadline is the department's reply deadline: the clock runs while the case waits for it.
    if (record.status != CaseStatus::Assigned || !record.deadline.isValid() || !today.isValid())
        return None;
    const int left = workingDaysLeft(record, today, calendar);
    if (left < 0)
        return Overdue;
    if (left <= DueSoonDays)
        return DueSoon;
    return OnTime;
}

QString SupervisionColour::label(Level level)
{
    switch (level) {
    case OnTime:
        return tr("On time");
    case DueSoon:
        return tr("Due soon");
    case Overdue:
        return tr("Overdue");
    case None:
        break;
    }
    return {};
}

QString SupervisionColour::daysLeftText(int workingDaysLeft)
{
    if (workingDaysLeft == 0)
        return tr("Due today");
    if (workingDaysLeft > 0)
        return tr("%n working day(s) left", nullptr, workingDaysLeft);
    return tr("%n working day(s) overdue", nullptr, -workingDaysLeft);
}

QString SupervisionColour::colourName(Level level)
{
    // Light fills that keep dark text readable.
    switch (level) {
    case OnTime:
        return QStringLiteral("#c8e6c9");
    case DueSoon:
        return QStringLiteral("#fff59d");
    case Overdue:
        return QStringLiteral("#ffcdd2");
    case None:
        break;
    }
    return {};
}

} // namespace zt
