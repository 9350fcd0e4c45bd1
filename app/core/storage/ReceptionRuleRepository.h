#pragma once
// Reads and writes the stored reception rules (StoredReceptionRule).

#include "domain/StoredReceptionRule.h"
#include "storage/Repository.h"

namespace zt {

class ReceptionRuleRepository : public Repository<StoredReceptionRule, ReceptionRuleRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("reception_rule"); }
    static QVariantMap toFields(const StoredReceptionRule &row);
    static StoredReceptionRule fromRecord(const QSqlRecord &record);

    // Not deleted, in the staff's order; inactive rules too (the editor shows them greyed).
    QList<StoredReceptionRule> listForStation(const QString &stationId) const;
};

} // namespace zt
