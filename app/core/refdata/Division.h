#pragma once
// One administrative division (province down to village/community) as the division table holds it.

#include <QString>

namespace zt {

struct Division
{
    // GB/T 2260 and statistics-bureau levels; the code's shape says which (see DivisionCatalog::levelOf).
    enum Level : int {
        Invalid = 0,
        Province = 1, // 330000
        City = 2,     // 330200
        County = 3,   // 330203: county, county-level city or district
        Township = 4, // 330203006: town, township or street (街道)
        Village = 5,  // 330203006002: village (村) or community (社区)
    };

    QString code;
    QString parentCode; // empty for a province
    int level = Invalid;
    QString name;

    friend bool operator==(const Division &, const Division &) = default;
};

} // namespace zt
