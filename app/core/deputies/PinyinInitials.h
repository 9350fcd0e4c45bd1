#pragma once
// The pinyin initials of a Chinese name (王建国 -> wjg), so staff can find a deputy by typing "wjg"
// without switching input method. Uses the Chinese collation (ICU's pinyin order) against the first
// character of each initial, so no pinyin table has to ship with the program.

#include <QString>

namespace zt {

class PinyinInitials
{
public:
    // Lower-case initials; Latin letters and digits are kept as they are (lower-cased), other characters
    // dropped. A character the collation cannot place gives nothing.
    static QString of(const QString &text);
};

} // namespace zt
