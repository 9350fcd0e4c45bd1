#pragma once
// The read-only questions ztctl asks a store (row counts, SQLite's own checks, outbox consistency),
// kept in one class so the commands hold no SQL. Table names in SQL text come only from fixed lists.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace zt {

class StoreInspector
{
    Q_DECLARE_TR_FUNCTIONS(StoreInspector)
public:
    explicit StoreInspector(const QSqlDatabase &db) : m_db(db) {}

    // The synced domain tables, then the local ones worth counting; only those the store has.
    QStringList countedTables() const;
    // -1 if the table cannot be read.
    qint64 rowCount(const QString &table) const;
    qint64 deletedCount(const QString &table) const;
    qint64 pendingOutboxCount() const;

    // Each returns an empty list when all is well, else problems in plain words.
    QStringList integrityProblems() const;
    QStringList foreignKeyProblems() const;
    QStringList outboxProblems() const;

private:
    bool hasTable(const QString &table) const;
    bool hasColumn(const QString &table, const QString &column) const;

    QSqlDatabase m_db;
};

} // namespace zt
