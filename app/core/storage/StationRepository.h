#pragma once
// Reads and writes station rows (Station).

#include "domain/Station.h"
#include "storage/Repository.h"

namespace zt {

class StationRepository : public Repository<Station, StationRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("station"); }
    static QVariantMap toFields(const Station &row);
    static Station fromRecord(const QSqlRecord &record);

    std::optional<Station> findByCode(const QString &code) const;
    QList<Station> all() const;
};

} // namespace zt
