#pragma once
// Reads and writes visits together with their visitors and receiving deputies.

#include "domain/Visit.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace zt {

class VisitRepository : public Repository<Visit, VisitRepository>
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("visit"); }
    static QVariantMap toFields(const Visit &row);
    static Visit fromRecord(const QSqlRecord &record);

    // Inserts the visit, its visitors and its deputy links in the caller's transaction. The visitor
    // count is the sum of the visitors' headcounts.
    Status insertWithPeople(WriteTransaction &tx, Visit &visit) const;
    // Fills visitors and deputyIds of a visit read with find()/select().
    void loadPeople(Visit &visit) const;
    // A visit saved by mistake is cancelled with a reason, never deleted.
    Status cancel(WriteTransaction &tx, const QString &visitId, const QString &reason) const;
    QList<Visit> listOnDate(const QString &stationId, const QDate &date) const;
};

} // namespace zt
