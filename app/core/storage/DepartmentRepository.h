#pragma once
// Reads and writes department rows (Department).

#include "domain/Department.h"
#include "storage/Repository.h"

namespace zt {

class DepartmentRepository : public Repository<Department, DepartmentRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("department"); }
    static QVariantMap toFields(const Department &row);
    static Department fromRecord(const QSqlRecord &record);

    QList<Department> listForStation(const QString &stationId) const;
};

} // namespace zt
