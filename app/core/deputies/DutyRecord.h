#pragma once
// A deputy's duty record (履职记录) over a period, filled from station work rather than typed:
// reception sessions attended, visits received, cases followed and how they ended.

#include <QDate>
#include <QList>
#include <QString>

namespace zt {

struct DutyRecord
{
    QString deputyId;
    QDate from; // invalid: since the beginning
    QDate to;   // invalid: up to now
    // Reception sessions (date + half-day) whose latest mark says the deputy came, or came as a substitute.
    int receptionsAttended = 0;
    // Sessions whose latest mark says the deputy did not come.
    int receptionsMissed = 0;
    // Active (not cancelled) visits the deputy received, and the people at them (a group counts everyone).
    int visitsReceived = 0;
    int peopleReceived = 0;
    // Cases registered in the period that the deputy follows (cancelled and merged ones left out), of
    // them closed (办结), rated by the citizen, and rated satisfied or basically satisfied.
    int casesFollowed = 0;
    int casesClosed = 0;
    int casesRated = 0;
    int casesSatisfied = 0;
    // The sessions attended, newest first, for the list on the deputy's page.
    QList<QDate> attendedDays;

    friend bool operator==(const DutyRecord &, const DutyRecord &) = default;
};

} // namespace zt
