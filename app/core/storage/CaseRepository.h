#pragma once
// Reads and writes cases rows (CaseRecord).

#include "domain/CaseRecord.h"
#include "storage/Repository.h"

namespace zt {

class CaseRepository : public Repository<CaseRecord, CaseRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("cases"); }
    static QVariantMap toFields(const CaseRecord &row);
    static CaseRecord fromRecord(const QSqlRecord &record);

    std::optional<CaseRecord> findByNumber(const QString &caseNo) const;
    QList<CaseRecord> listForVisit(const QString &visitId) const;
};

} // namespace zt
