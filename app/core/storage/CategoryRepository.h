#pragma once
// Reads and writes category rows (Category).

#include "domain/Category.h"
#include "storage/Repository.h"

namespace zt {

class CategoryRepository : public Repository<Category, CategoryRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("category"); }
    static QVariantMap toFields(const Category &row);
    static Category fromRecord(const QSqlRecord &record);

    QList<Category> listForStation(const QString &stationId) const;
};

} // namespace zt
