#pragma once
// One deputy's duty in a period: reception days attended, visits received, cases followed and how
// satisfied the citizens of those cases were.

#include <QString>
#include <optional>

namespace zt {

struct DeputyFigures
{
    QString deputyId;
    QString name;
    QString level;            // DeputyLevel code
    qint64 receptionDays = 0; // distinct days with a visit the deputy received
    qint64 visits = 0;        // visits received
    qint64 casesFollowed = 0; // cases registered in the period that the deputy follows
    qint64 rated = 0;
    qint64 satisfied = 0;     // satisfied or basically satisfied

    std::optional<double> satisfactionRate() const { return rated > 0 ? std::optional(double(satisfied) / rated) : std::nullopt; }
};

} // namespace zt
