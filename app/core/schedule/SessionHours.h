#pragma once
// The clock times of a reception half-day, used by notices and calendar files. Stations open at these
// hours by default (8:30-11:30, 14:00-17:00, the office hours of a street office).

#include "domain/Codes.h"

#include <QTime>

namespace zt {

struct SessionHours
{
    static QTime start(const QString &halfDay)
    {
        return halfDay == HalfDay::Morning ? QTime(8, 30) : QTime(14, 0);
    }
    static QTime end(const QString &halfDay)
    {
        return halfDay == HalfDay::Morning ? QTime(11, 30) : QTime(17, 0);
    }
};

} // namespace zt
