#include "storage/HeldRowRepository.h"

#include "common/Clock.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

HeldRow fromQuery(const QSqlQuery &q)
{
    HeldRow h;
    h.row.table = q.value(0).toString();
    h.row.seq = q.value(2).toLongLong();
    h.row.op = q.value(3).toString();
    h.row.row = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    h.refColumn = q.value(5).toString();
    h.refTable = q.value(6).toString();
    h.refId = q.value(7).toString();
    h.heldAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return h;
}

const QString kColumns = QStringLiteral("tbl, row_id, seq, op, row_json, ref_column, ref_table, ref_id, held_at");

struct ForeignKey
{
    QString column;
    QString parent;
    QString parentColumn;
};

} // namespace

QList<HeldRow> HeldRowRepository::all() const
{
    QList<HeldRow> rows;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM sync_held_row ORDER BY seq").arg(kColumns));
    while (q.next())
        rows << fromQuery(q);
    return rows;
}

qint64 HeldRowRepository::count() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM sync_held_row"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<HeldRow> HeldRowRepository::ready(const sync::PullPage &page) const
{
    QList<HeldRow> held = all();
    if (held.isEmpty())
        return held;
    QSet<QString> arriving;
    for (const sync::PulledRow &r : page.rows)
        arriving.insert(r.table + QLatin1Char('/') + r.row.value(QStringLiteral("id")).toString());
    QList<HeldRow> ready;
    for (const HeldRow &h : std::as_const(held)) {
        // A newer version of the held row itself, or the row it names, in this page: worth a try.
        bool worth = arriving.contains(h.key()) || arriving.contains(h.refTable + QLatin1Char('/') + h.refId);
        if (!worth) {
            // ref_table comes from the store's own schema (PRAGMA foreign_key_list), never from the server.
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(h.refTable));
            q.addBindValue(h.refId);
            worth = q.exec() && q.next();
        }
        if (worth)
            ready << h;
    }
    return ready;
}

Result<QList<HeldRow>> HeldRowRepository::violations(const QHash<QString, QStringList> &written) const
{
    QList<HeldRow> found;
    QSet<QString> seen;
    for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
        const QString &table = it.key();
        QList<ForeignKey> keys;
        {
            QSqlQuery fk(m_db);
            // Table names come from SyncedTables (the store's fixed list), never from the server's JSON.
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
                return Error{QStringLiteral("sync.apply_failed"), fk.lastError().text()};
            while (fk.next()) {
                const QString to = fk.value(4).toString();
                keys.append({fk.value(3).toString(), fk.value(2).toString(), to.isEmpty() ? QStringLiteral("id") : to});
            }
        }
        if (keys.isEmpty())
            continue;
        QStringList ids = it.value();
        ids.removeDuplicates();
        constexpr qsizetype kChunk = 400;
        for (qsizetype from = 0; from < ids.size(); from += kChunk) {
            const QStringList chunk = ids.mid(from, kChunk);
            const QString in = QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','));
            for (const ForeignKey &k : std::as_const(keys)) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("SELECT c.id, c.%1 FROM %2 c WHERE c.id IN (%3) AND c.%1 IS NOT NULL "
                                         "AND NOT EXISTS (SELECT 1 FROM %4 p WHERE p.%5 = c.%1)")
                              .arg(k.column, table, in, k.parent, k.parentColumn));
                for (const QString &id : chunk)
                    q.addBindValue(id);
                if (!q.exec())
                    return Error{QStringLiteral("sync.apply_failed"), q.lastError().text()};
                while (q.next()) {
                    const QString id = q.value(0).toString();
                    if (seen.contains(table + QLatin1Char('/') + id))
                        continue;
                    seen.insert(table + QLatin1Char('/') + id);
                    HeldRow h;
                    h.row.table = table;
                    h.row.row.insert(QStringLiteral("id"), id); // the caller fills in the pulled row
                    h.refColumn = k.column;
                    h.refTable = k.parent;
                    h.refId = q.value(1).toString();
                    found << h;
                }
            }
        }
    }
    return found;
}

Status HeldRowRepository::update(const QStringList &storedKeys, const QList<HeldRow> &held)
{
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM sync_held_row WHERE tbl = ? AND row_id = ?"));
    for (const QString &key : storedKeys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        del.bindValue(0, key.left(slash));
        del.bindValue(1, key.mid(slash + 1));
        if (!del.exec())
            return Error{QStringLiteral("sync.apply_failed"), del.lastError().text()};
    }
    QSqlQuery put(m_db);
    put.prepare(QStringLiteral("INSERT INTO sync_held_row (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(tbl, row_id) DO UPDATE SET seq = excluded.seq, op = excluded.op, "
                               "row_json = excluded.row_json, ref_column = excluded.ref_column, "
                               "ref_table = excluded.ref_table, ref_id = excluded.ref_id WHERE excluded.seq >= seq")
                    .arg(kColumns));
    for (const HeldRow &h : held) {
        put.bindValue(0, h.row.table);
        put.bindValue(1, h.row.row.value(QStringLiteral("id")).toString());
        put.bindValue(2, h.row.seq);
        put.bindValue(3, h.row.op);
        put.bindValue(4, QString::fromUtf8(QJsonDocument(h.row.row).toJson(QJsonDocument::Compact)));
        put.bindValue(5, h.refColumn);
        put.bindValue(6, h.refTable);
        put.bindValue(7, h.refId);
        put.bindValue(8, (h.heldAt.isValid() ? h.heldAt : Clock::nowUtc()).toString(Qt::ISODateWithMs));
        if (!put.exec())
            return Error{QStringLiteral("sync.apply_failed"), put.lastError().text()};
    }
    return {};
}

} // namespace zt
