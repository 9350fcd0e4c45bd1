#include "privacy/PersonalDataMask.h"

namespace zt {

QString PersonalDataMask::phone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.size() >= 11)
        return p.left(3) + QStringLiteral("****") + p.right(4);
    if (p.size() >= 7)
        return p.left(2) + QString(p.size() - 4, QLatin1Char('*')) + p.right(2);
    return QString(p.size(), QLatin1Char('*'));
}

QString PersonalDataMask::idNumber(const QString &id)
{
    const QString p = id.trimmed();
    if (p.size() >= 15)
        return p.left(6) + QString(p.size() - 10, QLatin1Char('*')) + p.right(4);
    return QString(p.size(), QLatin1Char('*'));
}

QString PersonalDataMask::name(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() <= 1)
        return n;
    if (n.size() == 2)
        return n.left(1) + QLatin1Char('*');
    return n.left(1) + QString(n.size() - 2, QLatin1Char('*')) + n.right(1);
}

} // namespace zt
