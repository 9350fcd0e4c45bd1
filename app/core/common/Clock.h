#pragma once
// The one place core asks for "now", so tests can pin time (a test seam, as KeePassXC does).

#include <QDate>
#include <QDateTime>

namespace zt {

class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    static qint64 currentMSecsSinceEpoch();

    // Tests only: freeze time at the given instant; an invalid QDateTime unfreezes it.
    static void setFixedNow(const QDateTime &nowUtc);
};

} // namespace zt
