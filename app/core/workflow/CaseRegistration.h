#pragma once
// Registers a new case: draws its number, stores it as "registered" and writes the first event, all in
// the caller's transaction (so a visit and the cases it raised save together).

#include "common/Result.h"
#include "domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zt {

class WriteTransaction;

class CaseRegistration
{
    Q_DECLARE_TR_FUNCTIONS(CaseRegistration)
public:
    // registeredAt: when the first event happened; invalid means now (an import passes the ledger's date).
    static Status registerCase(WriteTransaction &tx, const QString &stationCode, CaseRecord &record,
                               const QDateTime &registeredAt = {});
};

} // namespace zt
