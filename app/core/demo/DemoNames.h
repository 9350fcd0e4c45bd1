#pragma once
// Plausible people for the demo: Chinese names common around Ningbo, and phone numbers of the usual
// shapes. Fixed lists, so the same draws give the same people.

#include <QRandomGenerator>
#include <QString>

namespace zt {

class DemoNames
{
public:
    // "male" or "female", as the deputy and visitor rows store it.
    static QString gender(QRandomGenerator &rng);
    // Surname and given name, e.g. 俞建国, 陈海燕.
    static QString personName(QRandomGenerator &rng, const QString &gender);
    // An 11-digit mobile number starting 13x, e.g. 13857412093.
    static QString mobile(QRandomGenerator &rng);
    // A Ningbo landline, e.g. 0574-87341206.
    static QString landline(QRandomGenerator &rng);
};

} // namespace zt
