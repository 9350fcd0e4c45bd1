#pragma once
// How urgent an open case is on the supervision board (督办): green, yellow or red by working days left
// before the department's reply deadline, always with a word, because colour is never the only signal.

#include "domain/CaseRecord.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QDate>

namespace zt {

class SupervisionColour
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionColour)
public:
    // None: not on the board's clock (closed or final, no deadline yet, or the department has replied).
    enum Level { None, OnTime, DueSoon, Overdue };

    // "Due soon" from this many working days left down to the deadline day itself (0 left).
    static constexpr int DueSoonDays = 3;

    // Working days from today to the deadline (today not counted, the deadline day counted): 0 on the
    // deadline day, negative once it has passed, and at least 1 behind as soon as the date is past,
    // even on a weekend right after it. 0 when there is no deadline to count to.
    static int workingDaysLeft(const CaseRecord &record, QDate today, const WorkingDayCalendar &calendar);
    static Level level(const CaseRecord &record, QDate today, const WorkingDayCalendar &calendar);

    // 按时 / 临期 / 逾期; empty for None.
    static QString label(Level level);
    // "3 working days left", "Due today", "2 working days overdue".
    static QString daysLeftText(int workingDaysLeft);
    // A fill colour as "#rrggbb" for views that paint (core has no QColor); empty for None.
    static QString colourName(Level level);
};

} // namespace zt
