#pragma once
// Shared reads and writes of one synced table. A concrete repository (CRTP) names its table and maps
// its value type to columns; all writes go through WriteTransaction.

#include "common/Uuid7.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <optional>

namespace zt {

template <typename T, typename Derived>
class Repository
{
public:
    explicit Repository(Store &store) : m_store(store) {}

    std::optional<T> find(const QString &id) const
    {
        const QList<T> rows = select(QStringLiteral("WHERE id = ?"), {id});
        if (rows.isEmpty())
            return std::nullopt;
        return rows.first();
    }

    // clause: WHERE/ORDER BY/LIMIT text written in code, with ? for every value.
    QList<T> select(const QString &clause, const QVariantList &binds = {}) const
    {
        QList<T> out;
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 %2").arg(Derived::table(), clause));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return out;
        while (q.next())
            out.append(Derived::fromRecord(q.record()));
        return out;
    }

    // Assigns a new UUIDv7 when the row has none, and this device's station when it has none.
    Status insert(WriteTransaction &tx, T &row) const
    {
        if (row.id.isEmpty())
            row.id = Uuid7::generate();
        QVariantMap fields = Derived::toFields(row);
        if (fields.value(QStringLiteral("station_id")).toString().isEmpty())
            fields.insert(QStringLiteral("station_id"), m_store.stationId());
        return tx.insert(Derived::table(), row.id, fields);
    }

    Status update(WriteTransaction &tx, const T &row) const
    {
        QVariantMap fields = Derived::toFields(row);
        fields.remove(QStringLiteral("station_id")); // moving a row between stations is not an edit
        return tx.update(Derived::table(), row.id, fields);
    }

    Status save(WriteTransaction &tx, T &row) const
    {
        if (!row.id.isEmpty() && find(row.id))
            return update(tx, row);
        return insert(tx, row);
    }

protected:
    Store &m_store;
};

} // namespace zt
