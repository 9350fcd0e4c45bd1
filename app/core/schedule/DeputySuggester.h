#pragma once
// Proposes deputies for a themed reception by expertise (e.g. education and psychology before school
// enrolment), so staff pick from a short list instead of the whole roster.

#include "schedule/DeputySuggestion.h"

#include <QDate>
#include <QList>

namespace zt {

class DeputySuggester
{
public:
    // The deputies serving on that day who have at least one of the tags, by the number of tags matched,
    // then level (national first, township last), then name in pinyin order. Tags match whole, ignoring
    // case and surrounding spaces. With no tags, every deputy serving that day, by level and name.
    static QList<DeputySuggestion> suggest(const QList<Deputy> &deputies, const QStringList &tags, QDate day);
};

} // namespace zt
