#pragma once
// One step in a case's life, append-only: who did what, when.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QDateTime>

namespace zt {

struct CaseEvent
{
    QString id;
    QString stationId;
    QString caseId;
    QString kind;          // CaseEventKind code
    QDateTime occurredAt;  // UTC
    QString actorId;
    QString deputyId;
    QString departmentId;
    QDate deadline;
    QString satisfaction;
    QString note;
    QString supersedes;    // id of the event this one corrects
    SyncMeta meta;
};

} // namespace zt
