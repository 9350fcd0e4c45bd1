#pragma once
// Citizens' phone numbers as staff type them: a mainland mobile (1[3-9] and nine digits) or a landline
// with or without its area code (0574-87654321, 87654321), optionally with an extension.

#include <QString>

namespace zt {

class PhoneNumber
{
public:
    // Spaces, dashes typed in odd places and full-width digits removed; the area code keeps one dash.
    static QString normalized(const QString &typed);
    static bool isMobile(const QString &normalized);
    static bool isLandline(const QString &normalized);
    static bool isValid(const QString &typed) { const QString n = normalized(typed); return isMobile(n) || isLandline(n); }
};

} // namespace zt
