#pragma once
// One month of the monthly trend: visits and cases of the month, completion as of the month's end
// (or today), so each point equals that month's own figures.

#include <QDate>
#include <optional>

namespace zt {

struct TrendPoint
{
    QDate month; // first day of the month
    qint64 visits = 0;
    qint64 visitors = 0;
    qint64 raised = 0;
    qint64 solved = 0;

    std::optional<double> completionRate() const { return raised > 0 ? std::optional(double(solved) / raised) : std::nullopt; }
};

} // namespace zt
