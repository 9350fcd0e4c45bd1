#pragma once
// The local audit trail: append-only and hash-chained, so a removed or altered entry is detected.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

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

// What the audit viewer asks for; empty fields do not filter.
struct AuditFilter
{
    QString userId;
    QString action;
    QDate from; // first day, local time, inclusive
    QDate to;   // last day, local time, inclusive
    int limit = 1000;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Store &store) : m_store(store) {}

    Status append(const QString &action, const QString &table = {}, const QString &rowId = {},
                  const QString &detail = {});
    QList<AuditEntry> recent(int limit) const;
    // Newest first.
    QList<AuditEntry> search(const AuditFilter &filter) const;
    // Every action the log holds, sorted, and every user it names.
    QStringList actions() const;
    QStringList userIds() const;
    // For each row id, when the action last happened to it (e.g. each account's last sign-in).
    QHash<QString, QDateTime> latestPerRow(const QString &action) const;
    // Walks the chain; returns the seq of the first broken entry, or 0 when the chain is whole.
    qint64 firstBrokenEntry() const;
    // The chain cannot show that its newest entries were cut off; SQLite's own counter of the highest
    // seq ever written (AUTOINCREMENT) can. Returns the first missing seq, or 0 when none is missing.
    qint64 firstRemovedNewestEntry() const;

    static QString chainHash(const QString &prevHash, const AuditEntry &entry);

private:
    Store &m_store;
};

} // namespace zt
