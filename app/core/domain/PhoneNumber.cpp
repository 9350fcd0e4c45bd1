#include "domain/PhoneNumber.h"

#include <QRegularExpression>

namespace zt {

QString PhoneNumber::normalized(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        // Full-width digits arrive from a Chinese input method left in full-width mode.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            digits += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.isDigit() || c == QLatin1Char('-'))
            digits += c;
        else if (c == QChar(0xFF0D) || c == QChar(0x2014) || c == QChar(0x2013))
            digits += QLatin1Char('-');
        else if (!c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QChar(0xFF08) && c != QChar(0xFF09))
            digits += c; // anything else stays, so the check below rejects it
    }
    if (digits.startsWith(QLatin1Char('1')) && !digits.contains(QLatin1Char('-')))
        return digits;
    // A landline keeps one dash between area code and number, however it was typed.
    static const QRegularExpression landline(QStringLiteral("^(0\\d{2,3})-?(\\d{7,8})(?:-(\\d{1,6}))?$"));
    const QString compact = digits;
    if (const auto m = landline.match(compact); m.hasMatch())
        return m.captured(1) + QLatin1Char('-') + m.captured(2) + (m.captured(3).isEmpty() ? QString() : QLatin1Char('-') + m.captured(3));
    return digits;
}

bool PhoneNumber::isMobile(const QString &normalized)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    return re.match(normalized).hasMatch();
}

bool PhoneNumber::isLandline(const QString &normalized)
{
    // With the area code (0 and 2-3 digits), or the local 7-8 digits alone (the station's own city).
    static const QRegularExpression re(QStringLiteral("^(?:0\\d{2,3}-)?[2-9]\\d{6,7}(?:-\\d{1,6})?$"));
    return re.match(normalized).hasMatch();
}

} // namespace zt
