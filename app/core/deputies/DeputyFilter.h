#pragma once
// The filters of the deputies list: level, place (the station or one point), expertise tag, serving
// on a day, and a search text that matches the name, its pinyin initials, occupation or constituency.

#include "domain/Deputy.h"

namespace zt {

struct DeputyFilter
{
    static inline const QString AnyPlace = QStringLiteral("*");
    QString level;              // DeputyLevel code; empty: any
    QString place = AnyPlace;   // point id; empty: the station itself; AnyPlace: anywhere
    QString expertise;          // one tag; empty: any
    QDate servingOn;            // invalid: any (else only deputies whose term covers the day)
    QString search;

    bool matches(const Deputy &deputy) const;
};

} // namespace zt
