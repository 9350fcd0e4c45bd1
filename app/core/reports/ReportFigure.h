#pragma once
// One headline figure of a report as printed: its name, this period's value, and the values of the
// periods it is compared with (text, formatted once so paper, screen and CSV agree).

#include <QString>

namespace zt {

struct ReportFigure
{
    QString key;      // stable: "visitors", "completion_rate", ...
    QString name;     // translated
    QString value;
    QString previous; // the previous month (quarter, year)
    QString lastYear; // the same period a year earlier
};

} // namespace zt
