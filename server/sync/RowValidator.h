#pragma once
// Checks rows against the client schema before the server accepts them: the client migrations are
// applied to a private in-memory SQLite database at start-up, and a candidate row is test-inserted
// there (then rolled back). A row the clients could not store is refused instead of wedging every
// client's pull with a page it cannot apply.

#include "common/Result.h"
#include "storage/SyncedTables.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <memory>
#include <unordered_map>

namespace zt::server {

class RowValidator
{
public:
    RowValidator();
    ~RowValidator();
    Status init();

    bool hasTable(const QString &table) const { return m_tables.contains(table); }
    bool hasColumn(const QString &table, const QString &column) const { return m_tables.hasColumn(table, column); }
    // row: every column of the merged row, with id and the metadata columns.
    Status check(const QString &table, const QJsonObject &row);

private:
    QString m_connectionName;
    SyncedTables m_tables;
    QHash<QString, QHash<QString, QString>> m_types; // table -> column -> declared type
    // Prepared once: test inserts run in a transaction that is always rolled back.
    std::unique_ptr<QSqlQuery> m_begin;
    std::unique_ptr<QSqlQuery> m_rollback;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_inserts;
};

} // namespace zt::server
