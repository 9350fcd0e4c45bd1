#pragma once
// Reads and writes case_event rows (CaseEvent).

#include "domain/CaseEvent.h"
#include "storage/Repository.h"

namespace zt {

class CaseEventRepository : public Repository<CaseEvent, CaseEventRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("case_event"); }
    static QVariantMap toFields(const CaseEvent &row);
    static CaseEvent fromRecord(const QSqlRecord &record);

    // Events are append-only; a correction is a new event with supersedes set.
    Status append(WriteTransaction &tx, CaseEvent &event) const;
    QList<CaseEvent> listForCase(const QString &caseId) const;
};

} // namespace zt
