#pragma once
// One day that breaks the Monday-to-Friday rule: an official holiday, or a make-up working day (调休).

#include <QDate>
#include <QString>

namespace zt {

struct CalendarDay
{
    enum Kind { Holiday, Workday };

    QDate day;
    Kind kind = Holiday;
    QString name;   // the holiday's Chinese name, e.g. 春节 (for a make-up day: the holiday it makes up for)
    QString nameEn; // its English name, e.g. Spring Festival

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

} // namespace zt
