#pragma once
// One open case on the supervision board (督办): the department has it and a reply deadline runs.

#include <QDate>
#include <QString>

namespace zt {

struct SupervisionItem
{
    QString caseId;
    QString caseNo;
    QString title;
    QString departmentId;
    QString departmentName;
    QString deputyName;
    QDate assignedOn;
    QDate deadline;
    int reminders = 0;     // 催办 events so far
    QDate lastReminded;    // invalid: never reminded
};

// Which part of the board to show; empty ids mean every department / deputy.
struct SupervisionFilter
{
    QString departmentId;
    QString deputyId;
};

// How many cases of the board are in each state; the board's headline.
struct SupervisionCounts
{
    qint64 overdue = 0;
    qint64 dueSoon = 0;
    qint64 onTime = 0;
    qint64 total() const { return overdue + dueSoon + onTime; }
};

} // namespace zt
