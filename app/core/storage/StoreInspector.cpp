#include "storage/StoreInspector.h"

#include "storage/SyncedTables.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

const QString kOutbox = QStringLiteral("sync_outbox");

// Local tables that say something about a store's state; reference data shows whether it loaded.
const QStringList &localTables()
{
    static const QStringList list{QStringLiteral("audit_log"), QStringLiteral("division"),
                                  QStringLiteral("calendar_day")};
    return list;
}

} // namespace

bool StoreInspector::hasTable(const QString &table) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

bool StoreInspector::hasColumn(const QString &table, const QString &column) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    return q.exec() && q.next();
}

QStringList StoreInspector::countedTables() const
{
    QStringList tables;
    for (const QString &table : SyncedTables::names() + localTables())
        if (hasTable(table))
            tables << table;
    return tables;
}

qint64 StoreInspector::rowCount(const QString &table) const
{
    const bool known = SyncedTables::names().contains(table) || localTables().contains(table) || table == kOutbox;
    if (!known || !hasTable(table))
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 StoreInspector::deletedCount(const QString &table) const
{
    if (!SyncedTables::names().contains(table) || !hasColumn(table, QStringLiteral("deleted")))
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted <> 0").arg(table)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 StoreInspector::pendingOutboxCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList StoreInspector::integrityProblems() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {tr("SQLite cannot read the file: %1").arg(q.lastError().databaseText())};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    // SQLite's own words for the first problem; the rest only as a number, they tend to come in hundreds.
    if (problems.size() == 1)
        return {tr("SQLite found damage: %1").arg(problems.first())};
    return {tr("SQLite found %n problems; the first: %1", nullptr, int(problems.size())).arg(problems.first())};
}

QStringList StoreInspector::foreignKeyProblems() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {tr("The references between records cannot be checked: %1").arg(q.lastError().databaseText())};
    int count = 0;
    QString first;
    while (q.next()) {
        if (count++ == 0)
            first = tr("a record in %1 (row %2) points to a missing record in %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    if (count == 0)
        return {};
    return {tr("%n record(s) point to records that do not exist; the first: %1", nullptr, count).arg(first)};
}

QStringList StoreInspector::outboxProblems() const
{
    QStringList problems;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    // The server applies a device's changes in device_seq order and waits for a missing number, so a
    // hole among the changes still to send stops this PC's sync for good.
    if (!q.exec(QStringLiteral("SELECT min(device_seq) FROM sync_outbox WHERE state = 'pending'")) || !q.next())
        return {tr("The changes waiting to be sent cannot be read: %1").arg(q.lastError().databaseText())};
    if (!q.value(0).isNull()) {
        const qint64 from = q.value(0).toLongLong();
        q.finish();
        QSqlQuery range(m_db);
        range.prepare(QStringLiteral("SELECT count(*), max(device_seq) FROM sync_outbox WHERE device_seq >= ?"));
        range.addBindValue(from);
        if (range.exec() && range.next()) {
            const qint64 count = range.value(0).toLongLong();
            const qint64 to = range.value(1).toLongLong();
            if (count != to - from + 1)
                problems << tr("%1 of the numbered changes from %2 to %3 are missing, so the server would wait "
                               "for them forever")
                                .arg(to - from + 1 - count)
                                .arg(from)
                                .arg(to);
        }
    }
    q.finish();

    // The next number must lie beyond every recorded one, or a new change would reuse a number.
    if (q.exec(QStringLiteral("SELECT (SELECT next_device_seq FROM device WHERE singleton = 1), "
                              "(SELECT max(device_seq) FROM sync_outbox)")) &&
        q.next() && !q.value(0).isNull() && !q.value(1).isNull() && q.value(0).toLongLong() <= q.value(1).toLongLong())
        problems << tr("the next change would get number %1, which is already taken (the last is %2)")
                        .arg(q.value(0).toLongLong())
                        .arg(q.value(1).toLongLong());
    q.finish();

    // Every change must describe a row that exists (deleted rows stay as tombstones).
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT DISTINCT tbl FROM sync_outbox ORDER BY tbl")))
        while (q.next())
            tables << q.value(0).toString();
    q.finish();
    for (const QString &table : std::as_const(tables)) {
        if (!SyncedTables::names().contains(table) || !hasTable(table)) {
            problems << tr("changes refer to a table '%1' that this store does not sync").arg(table);
            continue;
        }
        QSqlQuery missing(m_db);
        // table is one of SyncedTables::names(), checked above.
        missing.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox o WHERE o.tbl = ? AND NOT EXISTS "
                                       "(SELECT 1 FROM %1 t WHERE t.id = o.row_id)")
                            .arg(table));
        missing.addBindValue(table);
        if (missing.exec() && missing.next() && missing.value(0).toLongLong() > 0)
            problems << tr("%n change(s) describe records of %1 that are not in the store", nullptr,
                           int(missing.value(0).toLongLong()))
                            .arg(table);
    }
    return problems;
}

} // namespace zt
