#pragma once
// Reads and writes the station's activities (station_activity) with their deputies
// (station_activity_deputy), each save in one WriteTransaction.

#include "common/Result.h"
#include "domain/Activity.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace zt {

class ActivityRepository : public Repository<Activity, ActivityRepository>
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("station_activity"); }
    static QVariantMap toFields(const Activity &row);
    static Activity fromRecord(const QSqlRecord &record);

    // Checks the activity (a date, a known kind, a title, no negative count), then writes the row and
    // brings its deputy rows in line with deputyIds. Assigns the id of a new activity.
    Status saveActivity(Activity &activity) const;
    // Tombstones the activity and its deputy rows.
    Status removeActivity(const QString &id) const;
    // The activities held in [from, to], by date then title, with their deputies' ids and names.
    QList<Activity> listBetween(const QString &stationId, QDate from, QDate to) const;
    // One activity with its deputies.
    std::optional<Activity> findWithDeputies(const QString &id) const;
};

} // namespace zt
