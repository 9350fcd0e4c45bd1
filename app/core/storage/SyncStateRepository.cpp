#include "storage/SyncStateRepository.h"

#include "common/Clock.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant sqlValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    default:
        return QVariant(QMetaType(QMetaType::QString)); // NULL
    }
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Columns a pulled row must never rewrite on an existing row of an append-only table (its trigger
// refuses even an unchanged value).
bool isFixedColumn(const QString &table, const QString &column)
{
    static const QSet<QString> fixed{QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("occurred_at"),
                                     QStringLiteral("note")};
    return table == QLatin1String("case_event") && fixed.contains(column);
}

} // namespace

QList<sync::Mutation> SyncStateRepository::pending(int limit) const
{
    QList<sync::Mutation> list;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT device_seq, mutation_id, tx_id, tbl, row_id, op, fields, base_sv, base_fields, hlc, "
                             "user_id, schema_v FROM sync_outbox WHERE state IN ('pending', 'sent') "
                             "ORDER BY device_seq LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        sync::Mutation m;
        m.deviceSeq = q.value(0).toLongLong();
        m.mutationId = q.value(1).toString();
        m.txId = q.value(2).toString();
        m.table = q.value(3).toString();
        m.rowId = q.value(4).toString();
        m.op = q.value(5).toString();
        m.fields = parseObject(q.value(6).toString());
        m.baseSv = q.value(7).toLongLong();
        m.baseFields = parseObject(q.value(8).toString());
        m.hlc = q.value(9).toString();
        m.userId = q.value(10).toString();
        m.schemaV = q.value(11).toInt();
        list.append(m);
    }
    return list;
}

int SyncStateRepository::pendingCount() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state IN ('pending', 'sent')"));
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 SyncStateRepository::firstUnsentSeq() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT MIN(device_seq) FROM sync_outbox WHERE state IN ('pending', 'sent')"));
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT next_device_seq FROM device WHERE singleton = 1"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

Status SyncStateRepository::storeResults(const QList<sync::MutationResult> &results)
{
    QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("sync.store_busy"), tr("The store is busy: %1").arg(q.lastError().text())};
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE sync_outbox SET state = ?, last_error = ?, attempts = attempts + 1 "
                                "WHERE device_seq = ? AND mutation_id = ?"));
    QSqlQuery conflict(db);
    conflict.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_conflict (id, tbl, row_id, field, base_value, server_value, "
                                    "local_value, kind, created_at) SELECT ?, tbl, row_id, ?, ?, ?, ?, ?, ? "
                                    "FROM sync_outbox WHERE device_seq = ?"));
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    for (const sync::MutationResult &r : results) {
        const bool rejected = r.status == QLatin1String("rejected");
        mark.bindValue(0, rejected ? QStringLiteral("rejected") : QStringLiteral("done"));
        mark.bindValue(1, rejected ? QStringLiteral("%1: %2").arg(r.code, r.reason) : QString(QLatin1String("")));
        mark.bindValue(2, r.deviceSeq);
        mark.bindValue(3, r.mutationId);
        if (!mark.exec()) {
            const QString e = mark.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return Error{QStringLiteral("sync.store_failed"), tr("Saving the server's answer failed: %1").arg(e)};
        }
        for (const sync::FieldConflict &c : r.conflicts) {
            const QVariantList values{c.id, c.field, jsonText(c.baseValue), jsonText(c.serverValue), jsonText(c.localValue),
                                      c.kept == QLatin1String("local") ? QStringLiteral("local_kept")
                                                                       : QStringLiteral("server_kept"),
                                      now, r.deviceSeq};
            for (int i = 0; i < values.size(); ++i)
                conflict.bindValue(i, values.at(i));
            if (!conflict.exec()) {
                const QString e = conflict.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return Error{QStringLiteral("sync.store_failed"), tr("Saving a conflict failed: %1").arg(e)};
            }
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString e = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("sync.store_failed"), tr("Saving the server's answer failed: %1").arg(e)};
    }
    return {};
}

void SyncStateRepository::recordFailure(const QList<qint64> &deviceSeqs, const QString &error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? WHERE device_seq = ?"));
    for (qint64 seq : deviceSeqs) {
        q.bindValue(0, error);
        q.bindValue(1, seq);
        q.exec();
    }
}

qint64 SyncStateRepository::cursor() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT pull_cursor FROM sync_state WHERE singleton = 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QDateTime SyncStateRepository::lastSyncedAt() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT last_synced_at FROM sync_state WHERE singleton = 1"));
    if (!q.next() || q.value(0).isNull())
        return {};
    QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

Status SyncStateRepository::applyPage(const sync::PullPage &page)
{
    QSqlDatabase db = m_store.db();
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("sync.store_busy"), tr("The store is busy: %1").arg(tx.lastError().text())};
    auto fail = [&](const QString &what) -> Status {
        tx.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("sync.apply_failed"), tr("Applying changes from the server failed: %1").arg(what)};
    };

    // Fields with local edits still waiting for the server's judgement, per row.
    QHash<QString, QSet<QString>> localFields;
    {
        QSqlQuery p(db);
        p.exec(QStringLiteral("SELECT tbl, row_id, op, fields FROM sync_outbox WHERE state IN ('pending', 'sent')"));
        while (p.next()) {
            QSet<QString> &set = localFields[p.value(0).toString() + QLatin1Char('/') + p.value(1).toString()];
            const QJsonObject f = parseObject(p.value(3).toString());
            for (auto it = f.constBegin(); it != f.constEnd(); ++it)
                set.insert(it.key());
            if (p.value(2).toString() == QLatin1String("delete"))
                set.insert(QStringLiteral("deleted"));
            set.insert(QStringLiteral("sv")); // keep the version the pending edits were made from
        }
    }

    QHash<QString, QStringList> changed;
    const SyncedTables &tables = m_store.syncedTables();
    for (const sync::PulledRow &r : page.rows) {
        if (!tables.contains(r.table))
            continue; // a table this version does not know: ignore (schema changes are additive)
        const QString id = r.row.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return fail(QStringLiteral("a row without id"));
        if (r.op == QLatin1String("revoke")) {
            // Out of this device's scope now: hidden locally, never sent again.
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(r.table));
            q.addBindValue(id);
            if (!q.exec())
                return fail(q.lastError().text());
            changed[r.table] << id;
            continue;
        }
        const QSet<QString> skip = localFields.value(r.table + QLatin1Char('/') + id);
        QStringList columns;
        QVariantList values;
        for (const QString &column : tables.columns(r.table)) {
            if (!r.row.contains(column))
                continue;
            columns << column;
            values << sqlValue(r.row.value(column));
        }
        QStringList updates;
        for (const QString &column : columns)
            if (column != QLatin1String("id") && !skip.contains(column) && !isFixedColumn(r.table, column))
                updates << QStringLiteral("%1 = excluded.%1").arg(column);
        // Names come from the store's own schema (SyncedTables), never from the server's JSON keys.
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO ")
                          .arg(r.table, columns.join(QLatin1Char(',')),
                               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        sql += updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QLatin1Char(','));
        QSqlQuery &q = m_store.cachedQuery(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return fail(QStringLiteral("%1 %2: %3").arg(r.table, id, q.lastError().text()));
        m_store.clock().merge(r.row.value(QStringLiteral("hlc")).toString());
        changed[r.table] << id;
    }
    if (m_failBeforeCursor)
        return fail(QStringLiteral("stopped before the cursor (test)"));
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral("UPDATE sync_state SET pull_cursor = ?, scope_epoch = ?, last_synced_at = ? WHERE singleton = 1"));
    cursor.addBindValue(page.nextSince);
    cursor.addBindValue(page.scopeEpoch);
    cursor.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    QSqlQuery device(db);
    device.prepare(QStringLiteral("UPDATE device SET last_hlc = ? WHERE singleton = 1"));
    device.addBindValue(m_store.clock().last());
    if (!cursor.exec() || !device.exec())
        return fail(cursor.lastError().text());
    if (!tx.exec(QStringLiteral("COMMIT")))
        return fail(tx.lastError().text());
    m_store.notifyChanged(changed);
    return {};
}

SyncSettings SyncStateRepository::settings() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT server_url, ca_file, username, refresh_token, key_pin FROM sync_settings WHERE singleton = 1"));
    if (!q.next())
        return {};
    return SyncSettings{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()};
}

Status SyncStateRepository::saveSettings(const SyncSettings &s)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO sync_settings (singleton, server_url, ca_file, username, refresh_token, key_pin) "
                             "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(singleton) DO UPDATE SET server_url = excluded.server_url, "
                             "ca_file = excluded.ca_file, username = excluded.username, refresh_token = excluded.refresh_token, "
                             "key_pin = excluded.key_pin"));
    q.addBindValue(s.serverUrl);
    q.addBindValue(s.caFile);
    q.addBindValue(s.username);
    q.addBindValue(s.refreshToken);
    q.addBindValue(s.keyPin);
    if (!q.exec())
        return Error{QStringLiteral("sync.settings_failed"), tr("Saving the sync settings failed: %1").arg(q.lastError().text())};
    return {};
}

int SyncStateRepository::openConflictCount() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<QPair<qint64, QString>> SyncStateRepository::unansweredMutationIds() const
{
    QList<QPair<qint64, QString>> list;
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT device_seq, mutation_id FROM sync_outbox WHERE state IN ('pending', 'sent') ORDER BY device_seq"));
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

Status SyncStateRepository::markAnsweredElsewhere(const QList<qint64> &deviceSeqs)
{
    QSqlDatabase db = m_store.db();
    if (!db.transaction())
        return Error{QStringLiteral("sync.store_failed"), db.lastError().text()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'done', last_error = '' WHERE device_seq = ?"));
    for (qint64 seq : deviceSeqs) {
        q.addBindValue(seq);
        if (!q.exec()) {
            db.rollback();
            return Error{QStringLiteral("sync.store_failed"), q.lastError().text()};
        }
    }
    if (!db.commit())
        return Error{QStringLiteral("sync.store_failed"), db.lastError().text()};
    return {};
}

} // namespace zt
