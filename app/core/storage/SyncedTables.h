#pragma once
// Which tables sync, and their columns as the store has them. The write path checks every table and
// column name against this list, so names put into SQL text never come from outside.

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace zt {

class SyncedTables
{
public:
    static const QStringList &names();
    // The metadata columns every synced table has; the write path sets them itself.
    static const QStringList &metadataColumns();

    void load(const QSqlDatabase &db);
    bool contains(const QString &table) const { return m_columns.contains(table); }
    bool hasColumn(const QString &table, const QString &column) const;
    QStringList columns(const QString &table) const;

private:
    QHash<QString, QStringList> m_columns;
};

} // namespace zt
