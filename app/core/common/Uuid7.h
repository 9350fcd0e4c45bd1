#pragma once
// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Made on the client, so rows can be
// created offline; time-ordered, so B-tree inserts stay local.

#include <QString>

namespace zt {

class Uuid7
{
public:
    static QString generate();
    static QString generate(qint64 unixMsecs);
    static bool isValid(const QString &text);
};

} // namespace zt
