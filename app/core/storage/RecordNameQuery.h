#pragma once
// What a person knows a synced record by, for the sync page's conflict list: a case's number and title,
// a department's or a deputy's name, a visit's date. A conflict names a row and a column by id; the
// list shows "Department: 住建局 / 城管局" instead of two row ids.

#include <QString>
#include <optional>

namespace zt {

class Store;

class RecordNameQuery
{
public:
    explicit RecordNameQuery(Store &store) : m_store(store) {}

    // The record's name; empty when its table has none that is not a citizen's personal data (a
    // visitor's name is not shown here), or when this PC does not have the row.
    QString recordName(const QString &table, const QString &rowId) const;
    // For a column that refers to another record (department_id, category_id, case_id, ...): that
    // record's name, or the end of its id when this PC does not have it. nullopt for any other column.
    std::optional<QString> referenceName(const QString &column, const QString &id) const;

private:
    Store &m_store;
};

} // namespace zt
