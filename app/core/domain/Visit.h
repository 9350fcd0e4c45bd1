#pragma once
// A reception record (接待记录): who came, when, where, to which deputies, and what was said.

#include "domain/SyncMeta.h"
#include "domain/Visitor.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace zt {

struct Visit
{
    QString id;
    QString stationId;
    QString pointId;       // empty: at the station itself
    QDate date;
    QString halfDay = QStringLiteral("pm");
    QString channel = QStringLiteral("walk_in");
    QString externalRef;
    QString summary;
    int visitorCount = 1;  // people received, the sum of the visitors' headcounts
    QString status = QStringLiteral("active");
    QString cancelReason;
    SyncMeta meta;

    // Stored in their own tables (visitor, visit_deputy), saved with the visit.
    QList<Visitor> visitors;
    QStringList deputyIds;
};

} // namespace zt
