#pragma once
// One row of a breakdown (per category, community, point, station, department or status): the cases
// registered in the period that fall in the group, and how they went.

#include <QString>
#include <optional>

namespace zt {

struct GroupFigures
{
    QString key;   // the group's id or code as stored (empty: none recorded)
    QString label; // its name for people
    qint64 raised = 0;
    qint64 solved = 0;    // closed by the cut-off
    qint64 rated = 0;
    qint64 satisfied = 0; // satisfied or basically satisfied
    qint64 visits = 0;    // per point/station only
    qint64 visitors = 0;  // per point/station only

    std::optional<double> completionRate() const { return raised > 0 ? std::optional(double(solved) / raised) : std::nullopt; }
    std::optional<double> satisfactionRate() const { return rated > 0 ? std::optional(double(satisfied) / rated) : std::nullopt; }
};

} // namespace zt
