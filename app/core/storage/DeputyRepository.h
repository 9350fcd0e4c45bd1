#pragma once
// Reads and writes deputy rows (Deputy).

#include "domain/Deputy.h"
#include "storage/Repository.h"

namespace zt {

class DeputyRepository : public Repository<Deputy, DeputyRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("deputy"); }
    static QVariantMap toFields(const Deputy &row);
    static Deputy fromRecord(const QSqlRecord &record);

    QList<Deputy> listForStation(const QString &stationId) const;
};

} // namespace zt
