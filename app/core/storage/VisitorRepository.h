#pragma once
// Reads and writes visitor rows (Visitor).

#include "domain/Visitor.h"
#include "storage/Repository.h"

namespace zt {

class VisitorRepository : public Repository<Visitor, VisitorRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("visitor"); }
    static QVariantMap toFields(const Visitor &row);
    static Visitor fromRecord(const QSqlRecord &record);

    QList<Visitor> listForVisit(const QString &visitId) const;
};

} // namespace zt
