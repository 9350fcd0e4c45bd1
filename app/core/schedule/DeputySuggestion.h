#pragma once
// A deputy proposed for a reception topic, with the expertise tags that made the match.

#include "domain/Deputy.h"

namespace zt {

struct DeputySuggestion
{
    Deputy deputy;
    QStringList matchedTags; // in the order the topic asked for them
};

} // namespace zt
