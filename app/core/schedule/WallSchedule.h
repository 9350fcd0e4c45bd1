#pragma once
// The year's wall schedule (年度接待安排表) as a document model: every deputy on duty that year with
// photo, name, level and the dates they receive, the way it hangs on the station wall.

#include "schedule/ReceptionDay.h"

#include <QCoreApplication>
#include <QList>

namespace zt {

class Store;

struct WallScheduleEntry
{
    QString deputyId;
    QString name;
    QString level;       // DeputyLevel code
    QString occupation;
    QString photoSha256; // empty: the printout draws a placeholder
    QList<ReceptionDay> days;
};

class WallSchedule
{
    Q_DECLARE_TR_FUNCTIONS(WallSchedule)
public:
    static WallSchedule build(Store &store, const QList<ReceptionDay> &days, int year);

    int year = 0;
    QString stationName;
    QString address;
    QString contactPhone;
    QList<WallScheduleEntry> entries; // national first, township last, then by name (the roster order)

    // Landscape HTML; each photo is <img src="deputy-photo:ID">, which the printing side resolves to
    // the photo or a placeholder (core has no images).
    // scale enlarges type and photos for bigger paper (A3 is 1.41 times A4), so the board reads
    // from the same distance.
    QString toHtml(double scale = 1.0) const;
    static QString photoUrl(const QString &deputyId) { return QStringLiteral("deputy-photo:") + deputyId; }
};

} // namespace zt
