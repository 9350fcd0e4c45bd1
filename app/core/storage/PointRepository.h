#pragma once
// Reads and writes point rows (Point).

#include "domain/Point.h"
#include "storage/Repository.h"

namespace zt {

class PointRepository : public Repository<Point, PointRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("point"); }
    static QVariantMap toFields(const Point &row);
    static Point fromRecord(const QSqlRecord &record);

    QList<Point> listForStation(const QString &stationId) const;
};

} // namespace zt
