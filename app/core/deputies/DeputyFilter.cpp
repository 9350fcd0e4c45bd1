#include "deputies/DeputyFilter.h"

#include "deputies/PinyinInitials.h"

namespace zt {

bool DeputyFilter::matches(const Deputy &d) const
{
    if (!level.isEmpty() && d.level != level)
        return false;
    if (place != AnyPlace && d.pointId != place)
        return false;
    if (!expertise.isEmpty() && !d.expertise.contains(expertise, Qt::CaseInsensitive))
        return false;
    if (servingOn.isValid() && !d.servesOn(servingOn))
        return false;
    const QString s = search.trimmed();
    if (s.isEmpty())
        return true;
    if (d.name.contains(s, Qt::CaseInsensitive) || d.occupation.contains(s, Qt::CaseInsensitive) ||
        d.constituency.contains(s, Qt::CaseInsensitive))
        return true;
    // "wjg" finds 王建国: initials typed from the start.
    return PinyinInitials::of(d.name).startsWith(s.toLower());
}

} // namespace zt
