#pragma once
// Checks rows against the client schema before the server accepts them: the client migrations are
// applied to a private in-memory SQLite database at start-up, and a candidate row is test-inserted
// there and deleted again (a batch's checks share one transaction, rolled back at its end). A row
// the clients could not store is refused instead of wedging every client's pull with a page it
// cannot apply.

#include "common/Result.h"
#include "storage/SyncedTables.h"
#include "sync/ScannedFields.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace zt::server {

class RowValidator
{
public:
    RowValidator();
    ~RowValidator();
    RowValidator(const RowValidator &) = delete;
    RowValidator &operator=(const RowValidator &) = delete;
    Status init();
    // A table's CREATE TABLE text with every unnamed CHECK (column IN (three or more literals))
    // written as a chain of = comparisons named by its old text (same verdicts, same messages).
    static QString withoutInLists(const QString &tableSql);

    bool hasTable(const QString &table) const { return m_tables.contains(table); }
    // A hash lookup (SyncedTables::hasColumn walks the table's column list: ~30 string compares per pushed field).
    bool hasColumn(const QString &table, const QString &column) const
    {
        const auto it = m_tableInfo.constFind(table);
        return it != m_tableInfo.constEnd() && it->columns.contains(column);
    }
    // Whether a push may name the column (UTF-8): a column of the table other than id and the
    // metadata columns (sv, hlc, deleted, updated_by).
    bool isWritableColumn(const QString &table, QByteArrayView column) const
    {
        const auto it = m_tableInfo.constFind(table);
        return it != m_tableInfo.constEnd() && it->writable.contains(QByteArray::fromRawData(column.data(), column.size()));
    }
    // row: the merged row's columns (keys that are no column of the table are ignored), besides
    // its id and, when given, its deleted flag.
    Status check(const QString &table, const QString &rowId, const QJsonObject &row, std::optional<int> deleted = {});
    // The same test insert for a new row given as an insert's scanned fields (decision 36), with
    // the row's hlc and updated_by (null when userId is empty): the values are bound from their
    // UTF-8 as they are. Every field must be a writable column (isWritableColumn).
    Status checkInsert(const QString &table, const QString &rowId, const sync::ScannedFields &fields, const QString &hlc,
                       const QString &userId);
    // Ends the test transaction the checks of a batch share (the first check opens it).
    void endBatch();

private:
    enum class Type { Integer, Text, Other };
    struct Table
    {
        QHash<QString, int> columns; // name -> index into names/types
        QStringList names;
        QList<Type> types;
        QHash<QByteArray, int> writable; // UTF-8 names a push may write (isWritableColumn) -> index
        // Prepared test inserts by the set of columns they name (the indexes as bytes).
        QHash<QByteArray, sqlite3_stmt *> inserts;
    };
    Status rewriteInListChecks(QSqlDatabase &d);
    sqlite3_stmt *insertFor(const QString &table, Table &t, const QByteArray &columnSet);
    // Runs a bound test insert in the batch's test transaction and takes the row out again.
    Status run(const QString &table, sqlite3_stmt *insert);

    QString m_connectionName;
    SyncedTables m_tables;
    QHash<QString, Table> m_tableInfo;
    // Straight on the sqlite3 handle: Qt's driver would bind every text as UTF-16 for SQLite to
    // convert back, and wrap each value in a QVariant (most of a check's cost before).
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
    QHash<QString, sqlite3_stmt *> m_clears; // DELETE FROM table, by table
};

} // namespace zt::server
