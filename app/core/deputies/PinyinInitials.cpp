#include "deputies/PinyinInitials.h"

#include <QCollator>
#include <QLocale>

namespace zt {

QString PinyinInitials::of(const QString &text)
{
    // The first character (in pinyin order) of each initial: a well-known list that works with ICU's
    // "zh" collation. No pinyin syllable starts with i, u or v.
    static const QString boundaries = QStringLiteral("阿八嚓哒妸发旮哈讥咔垃痳拏噢妑七呥扨它穵夕丫帀");
    static const QString letters = QStringLiteral("abcdefghjklmnopqrstwxyz");
    thread_local QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    QString out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (c.isLetterOrNumber() && u < 0x80) {
            out += c.toLower();
            continue;
        }
        if (u < 0x4e00 || u > 0x9fff)
            continue;
        int found = -1;
        for (int i = int(boundaries.size()) - 1; i >= 0; --i) {
            if (collator.compare(QString(c), QString(boundaries.at(i))) >= 0) {
                found = i;
                break;
            }
        }
        if (found >= 0)
            out += letters.at(found);
    }
    return out;
}

} // namespace zt
