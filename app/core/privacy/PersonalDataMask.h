#pragma once
// Masks citizens' personal data for lists, printouts and exports (个人信息保护法): 138****5678.

#include <QString>

namespace zt {

class PersonalDataMask
{
public:
    static QString phone(const QString &phone);
    static QString idNumber(const QString &id);
    // 张*明 / 李* : the surname and, for three or more characters, the last one.
    static QString name(const QString &name);
};

} // namespace zt
