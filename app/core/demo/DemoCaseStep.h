#pragma once
// One planned step of a demo case: a case event to write, at a local date and minute of the day.

#include <QDate>
#include <QString>

namespace zt {

struct DemoCaseStep
{
    QString kind;         // CaseEventKind code
    QDate date;           // local (Asia/Shanghai) date
    int minute = 0;       // minutes after local midnight
    QString departmentId; // assigned, reassigned
    QDate deadline;       // assigned, reassigned
    QString satisfaction; // rated
    QString note;
};

} // namespace zt
