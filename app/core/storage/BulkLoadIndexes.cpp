#include "storage/BulkLoadIndexes.h"

#include "storage/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

struct Dropped
{
    QString name;
    QString type;
    QString table;
    QString sql;
};

bool recordTableExists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bulk_load_dropped'")) && q.next();
}

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Rolled back unless committed.
class ImmediateTransaction
{
public:
    explicit ImmediateTransaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~ImmediateTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

Error dropFailed(const QString &detail)
{
    return Error{QStringLiteral("store.bulk_load_failed"),
                 BulkLoadIndexes::tr("Preparing the store for the first sync failed: %1").arg(detail)};
}

Error restoreFailed(const QString &detail)
{
    return Error{QStringLiteral("store.indexes_not_restored"),
                 BulkLoadIndexes::tr("The store's indexes could not be rebuilt after the first sync: %1. They are rebuilt "
                                     "the next time the store is opened.")
                     .arg(detail)};
}

} // namespace

Result<int> BulkLoadIndexes::dropForEmptyTables(const QSqlDatabase &db, const QStringList &tables)
{
    if (!recordTableExists(db))
        return 0;
    ImmediateTransaction tx(db);
    if (!tx.isOpen())
        return dropFailed(tx.error());
    QList<Dropped> drops;
    for (const QString &table : tables) {
        QSqlQuery probe(db);
        // Table names come from the store's own list of synced tables.
        if (!probe.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table))))
            continue; // not in this schema
        if (probe.next())
            continue; // holds rows already: inserting through its indexes is the cheaper way
        probe.finish();
        // Non-unique indexes with SQL (automatic indexes of constraints have none) and every trigger.
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT m.type, m.name, m.sql FROM sqlite_master m WHERE m.tbl_name = ? AND m.sql IS NOT NULL AND "
            "(m.type = 'trigger' OR (m.type = 'index' AND NOT EXISTS "
            "(SELECT 1 FROM pragma_index_list(m.tbl_name) il WHERE il.name = m.name AND il.\"unique\" = 1))) "
            "AND m.name NOT IN (SELECT name FROM bulk_load_dropped) ORDER BY m.type, m.name"));
        q.addBindValue(table);
        if (!q.exec())
            return dropFailed(q.lastError().text());
        while (q.next())
            drops.append(Dropped{q.value(1).toString(), q.value(0).toString(), table, q.value(2).toString()});
    }
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO bulk_load_dropped (name, type, tbl, sql) VALUES (?, ?, ?, ?)"));
    for (const Dropped &d : std::as_const(drops)) {
        record.addBindValue(d.name);
        record.addBindValue(d.type);
        record.addBindValue(d.table);
        record.addBindValue(d.sql);
        if (!record.exec())
            return dropFailed(record.lastError().text());
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP %1 %2").arg(d.type == QLatin1String("index") ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"),
                                                         quoted(d.name))))
            return dropFailed(drop.lastError().text());
    }
    if (drops.isEmpty())
        return 0;
    if (!tx.commit())
        return dropFailed(tx.error());
    return int(drops.size());
}

Status BulkLoadIndexes::restore(const QSqlDatabase &db, Objects which)
{
    if (!recordTableExists(db))
        return {};
    {
        QSqlQuery any(db);
        if (!any.exec(which == Objects::All ? QStringLiteral("SELECT 1 FROM bulk_load_dropped LIMIT 1")
                                            : QStringLiteral("SELECT 1 FROM bulk_load_dropped WHERE type = 'trigger' LIMIT 1")))
            return restoreFailed(any.lastError().text());
        if (!any.next())
            return {};
    }
    ImmediateTransaction tx(db);
    if (!tx.isOpen())
        return restoreFailed(tx.error());
    QList<Dropped> dropped;
    {
        QSqlQuery q(db);
        // Indexes first: a trigger's body may rely on an index for its speed, never for its creation.
        if (!q.exec(which == Objects::All
                        ? QStringLiteral("SELECT name, type, tbl, sql FROM bulk_load_dropped ORDER BY type, name")
                        : QStringLiteral("SELECT name, type, tbl, sql FROM bulk_load_dropped WHERE type = 'trigger' ORDER BY name")))
            return restoreFailed(q.lastError().text());
        while (q.next())
            dropped.append(Dropped{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    for (const Dropped &d : std::as_const(dropped)) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
        exists.addBindValue(d.name);
        if (!exists.exec())
            return restoreFailed(exists.lastError().text());
        if (exists.next())
            continue; // made again meanwhile (a migration's newer definition): that one stands
        exists.finish();
        if (const QString e = SqliteHandle::execScript(db, d.sql); !e.isEmpty())
            return restoreFailed(QStringLiteral("%1 %2: %3").arg(d.type, d.name, e));
    }
    QSqlQuery clear(db);
    if (!clear.exec(which == Objects::All ? QStringLiteral("DELETE FROM bulk_load_dropped")
                                          : QStringLiteral("DELETE FROM bulk_load_dropped WHERE type = 'trigger'")))
        return restoreFailed(clear.lastError().text());
    if (!tx.commit())
        return restoreFailed(tx.error());
    return {};
}

BulkLoadIndexes::Durability BulkLoadIndexes::relaxDurability(const QSqlDatabase &db)
{
    Durability before;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
        before.synchronous = q.value(0).toInt();
    if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next())
        before.autoCheckpoint = q.value(0).toInt();
    q.finish();
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    return before;
}

void BulkLoadIndexes::restoreDurability(const QSqlDatabase &db, const Durability &settings)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(settings.synchronous));
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(settings.autoCheckpoint));
}

bool BulkLoadIndexes::skipCheckConstraints(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool wereOn = !(q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next() && q.value(0).toInt() != 0);
    q.finish();
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    return wereOn;
}

void BulkLoadIndexes::restoreCheckConstraints(const QSqlDatabase &db, bool wereOn)
{
    QSqlQuery q(db);
    q.exec(wereOn ? QStringLiteral("PRAGMA ignore_check_constraints = OFF") : QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

QStringList BulkLoadIndexes::pending(const QSqlDatabase &db)
{
    QStringList names;
    if (!recordTableExists(db))
        return names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM bulk_load_dropped ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

} // namespace zt
