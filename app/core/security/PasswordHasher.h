#pragma once
// Password hashing with argon2id (libsodium crypto_pwhash_str): memory-hard, salted, self-describing,
// so staff can sign in offline against a locally cached hash.

#include <QString>

namespace zt {

class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate };
    // Empty on failure (out of memory).
    static QString hash(const QString &password, Strength strength = Strength::Interactive);
    static bool verify(const QString &password, const QString &hash);
};

} // namespace zt
