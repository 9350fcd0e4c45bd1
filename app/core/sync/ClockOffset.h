#pragma once
// How far this PC's clock is from the server's, and what to tell the user about it: one place for the
// window (status bar, sync page) and `ztctl sync`. The protocol asks the client to warn past 5 minutes:
// a PC whose date is wrong stamps every record made on it with that date, and the server refuses stamps
// more than a day ahead.

#include <QCoreApplication>
#include <QString>

namespace zt {

class ClockOffset
{
    Q_DECLARE_TR_FUNCTIONS(zt::ClockOffset)
public:
    enum class Length { Brief, Full }; // a few words for the status bar; a sentence elsewhere

    // offsetSeconds: the server's clock minus this PC's.
    static bool isOff(qint64 offsetSeconds);
    // Empty when the clock is not off; otherwise how far, which way, and what to do.
    static QString warning(qint64 offsetSeconds, Length length);
};

} // namespace zt
