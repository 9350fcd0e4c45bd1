#pragma once
// The local audit trail: append-only and hash-chained, so a removed or altered entry is detected.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zt {

class Store;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime occurredAt;
    QString userId;
    QString action;
    QString table;
    QString rowId;
    QString detail;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Store &store) : m_store(store) {}

    Status append(const QString &action, const QString &table = {}, const QString &rowId = {},
                  const QString &detail = {});
    QList<AuditEntry> recent(int limit) const;
    // Walks the chain; returns the seq of the first broken entry, or 0 when the chain is whole.
    qint64 firstBrokenEntry() const;

    static QString chainHash(const QString &prevHash, const AuditEntry &entry);

private:
    Store &m_store;
};

} // namespace zt
