#pragma once
// Whose figures: one liaison point, one station, or every station of a district (district users).

#include <QString>

namespace zt {

struct StatsScope
{
    enum class Kind { Point, Station, District };

    Kind kind = Kind::Station;
    QString id; // the point's or station's id, or the district's 6-digit division code

    static StatsScope point(const QString &pointId) { return {Kind::Point, pointId}; }
    static StatsScope station(const QString &stationId) { return {Kind::Station, stationId}; }
    static StatsScope district(const QString &divisionCode) { return {Kind::District, divisionCode.left(6)}; }

    friend bool operator==(const StatsScope &, const StatsScope &) = default;
};

} // namespace zt
