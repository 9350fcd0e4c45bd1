#include "storage/SyncStateRepository.h"

#include "common/Clock.h"
#include "storage/CaseSearchIndex.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteStatement.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <sqlite3.h>

namespace zt {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
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

// A pulled JSON value as QSQLITE binds it (the same values bindJson() binds on the handle).
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

// Whether a value read back through QSQLITE (integers as qint64, reals as double, text as QString, NULL as a
// null variant) equals one from sqlValue(). Unsure means different: the column is then written, as before.
bool sameStoredValue(const QVariant &stored, const QVariant &incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() && incoming.isNull();
    switch (incoming.typeId()) {
    case QMetaType::QString:
        return stored.typeId() == QMetaType::QString && stored.toString() == incoming.toString();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return (stored.typeId() == QMetaType::LongLong || stored.typeId() == QMetaType::Int)
               && stored.toLongLong() == incoming.toLongLong();
    case QMetaType::Double:
        return stored.typeId() == QMetaType::Double && stored.toDouble() == incoming.toDouble();
    default:
        return false;
    }
}

// A pulled JSON value as its column value: strings as text, booleans as 0/1, whole numbers as integers,
// null (or an array or object, which no column holds) as NULL.
void bindJson(sqlite3_stmt *statement, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString text = v.toString();
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        break;
    }
    case QJsonValue::Bool:
        sqlite3_bind_int(statement, index, v.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            sqlite3_bind_int64(statement, index, qint64(d));
        else
            sqlite3_bind_double(statement, index, d);
        break;
    }
    default:
        sqlite3_bind_null(statement, index);
    }
}

// Prepared statements of one page, finalised with it (never kept past the connection's life).
class PageStatements
{
public:
    explicit PageStatements(sqlite3 *db) : m_db(db) {}
    ~PageStatements()
    {
        for (sqlite3_stmt *s : std::as_const(m_statements))
            sqlite3_finalize(s);
    }
    PageStatements(const PageStatements &) = delete;
    PageStatements &operator=(const PageStatements &) = delete;
    sqlite3 *handle() const { return m_db; }
    sqlite3_stmt *value(const QByteArray &shape) const { return m_statements.value(shape); }
    sqlite3_stmt *prepare(const QByteArray &shape, const QByteArray &sql)
    {
        sqlite3_stmt *s = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite handle");
            sqlite3_finalize(s);
            return nullptr;
        }
        m_statements.insert(shape, s);
        return s;
    }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    QString m_error;
};

} // namespace

QList<sync::Mutation> SyncStateRepository::pending(int limit) const
{
    return pendingAfter(firstUnsentSeq() - 1, limit);
}

QList<sync::Mutation> SyncStateRepository::pendingAfter(qint64 afterSeq, int limit, Fields fields) const
{
    QList<sync::Mutation> list;
    list.reserve(limit);
    // A walk along the primary key from afterSeq (+state: not the state index, whose two ranges
    // would be sorted again for every batch).
    const QString sql = QStringLiteral(
        "SELECT device_seq, mutation_id, tx_id, tbl, row_id, op, fields, base_sv, base_fields, hlc, "
        "user_id, schema_v FROM sync_outbox WHERE device_seq > ? AND +state IN ('pending', 'sent') "
        "ORDER BY device_seq LIMIT ?");
    if (fields == Fields::AsStored) {
        // Straight from SQLite's UTF-8: the row JSON is not decoded to UTF-16 and parsed only to be
        // written again for the push body.
        SqliteStatement s(m_store.db(), sql, {QVariant(afterSeq), QVariant(qint64(limit))});
        while (s.ok() && s.next()) {
            sync::Mutation m;
            m.deviceSeq = s.integer(0);
            m.mutationId = s.text(1);
            m.txId = s.text(2);
            m.table = s.text(3);
            m.rowId = s.text(4);
            m.op = s.text(5);
            m.fieldsText = s.utf8(6).toByteArray();
            m.baseSv = s.integer(7);
            m.baseFieldsText = s.utf8(8).toByteArray();
            m.hlc = s.text(9);
            m.userId = s.text(10);
            m.schemaV = int(s.integer(11));
            list.append(std::move(m));
        }
        return list;
    }
    QSqlQuery &q = m_store.cachedQuery(sql);
    q.bindValue(0, afterSeq);
    q.bindValue(1, limit);
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
    q.finish();
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
    // Committed without its own fsync (WAL + synchronous=NORMAL for this one transaction; the
    // connection goes back to FULL after it). Losing this transaction to a power cut loses nothing:
    // it writes only outbox states and the conflicts the server reported; the outbox rows come back
    // as pending, are sent again, and the server answers them from its mutation log (the same
    // results, the same conflict ids, which INSERT OR IGNORE keeps once). The pull cursor, the rows
    // and the case numbers are not touched here. The WAL is append-only, so the next FULL commit on
    // this file (any save, any pull page) makes this one durable too, and nothing later can survive
    // a crash that this one does not.
    QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous"));
    const int before = q.next() ? q.value(0).toInt() : 2; // FULL, as every store connection opens
    q.finish();
    if (before > 1)
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    struct Restore
    {
        QSqlQuery &q;
        int level;
        ~Restore()
        {
            if (level > 1)
                q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(level));
        }
    } restore{q, before};
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
    // Answers without a conflict or refusal in consecutive device_seq are marked done in one
    // statement per run (a batch is usually one run); the rest one by one.
    QSqlQuery &range = m_store.cachedQuery(QStringLiteral(
        "UPDATE sync_outbox SET state = 'done', last_error = '', attempts = attempts + 1 "
        "WHERE device_seq BETWEEN ? AND ? AND state IN ('pending', 'sent')"));
    QList<const sync::MutationResult *> single;
    for (qsizetype i = 0; i < results.size();) {
        qsizetype j = i;
        auto plain = [&](qsizetype k) {
            return results.at(k).status != QLatin1String("rejected") && results.at(k).conflicts.isEmpty();
        };
        while (j < results.size() && plain(j) && (j == i || results.at(j).deviceSeq == results.at(j - 1).deviceSeq + 1))
            ++j;
        if (j - i >= 2) {
            range.bindValue(0, results.at(i).deviceSeq);
            range.bindValue(1, results.at(j - 1).deviceSeq);
            if (!range.exec()) {
                const QString e = range.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return Error{QStringLiteral("sync.store_failed"), tr("Saving the server's answer failed: %1").arg(e)};
            }
            if (range.numRowsAffected() == j - i) {
                i = j;
                continue;
            }
            // Something else answered part of the run meanwhile: fall back to one by one (idempotent).
        }
        if (j == i)
            j = i + 1;
        for (qsizetype k = i; k < j; ++k)
            single << &results.at(k);
        i = j;
    }
    for (const sync::MutationResult *answer : std::as_const(single)) {
        const sync::MutationResult &r = *answer;
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
    return apply(page, Cursor::Move, page.nextSince, nullptr);
}

Status SyncStateRepository::applyBootstrapPage(const sync::PullPage &page, const QString &nextToken, qint64 snapshotSeq)
{
    return apply(page, Cursor::Move, nextToken.isEmpty() ? std::max(snapshotSeq, page.nextSince) : page.nextSince, &nextToken);
}

Status SyncStateRepository::applyRepairPage(const sync::PullPage &page)
{
    return apply(page, Cursor::Keep, 0, nullptr);
}

QString SyncStateRepository::bootstrapToken() const
{
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("SELECT bootstrap_token FROM sync_state WHERE singleton = 1"));
    return q.next() ? q.value(0).toString() : QString();
}

QJsonObject SyncStateRepository::localChecksums() const
{
    QJsonObject tables;
    for (const QString &table : m_store.syncedTables().names()) {
        // Table names come from the store's own schema.
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, sv FROM %1 WHERE sv > 0").arg(table)))
            continue;
        qint64 count = 0;
        quint64 sum = 0;
        QByteArray text;
        while (q.next()) {
            text = q.value(0).toString().toUtf8();
            text += ':';
            text += QByteArray::number(q.value(1).toLongLong());
            const QByteArray h = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
            quint64 x = 0;
            memcpy(&x, h.constData(), sizeof x);
            sum ^= x;
            ++count;
        }
        if (count > 0)
            tables.insert(table, QJsonObject{{QStringLiteral("count"), count},
                                             {QStringLiteral("checksum"), QString::number(sum, 16)}});
    }
    return tables;
}

Status SyncStateRepository::apply(const sync::PullPage &page, Cursor cursorMode, qint64 cursorValue,
                                  const QString *bootstrapToken)
{
    // A row that names a row this PC does not have (a case of another station's category) used to
    // fail the page at COMMIT, and every later pull stopped on the same page. Such rows are kept
    // aside and the page is stored without them; kept rows are tried again with the page that
    // brings what they name (decision 33).
    HeldRowRepository heldRows(m_store.db());
    const QList<HeldRow> ready = heldRows.ready(page);
    const sync::PullPage *effective = &page;
    sync::PullPage withHeld;
    HeldPlan plan;
    if (!ready.isEmpty()) {
        withHeld = page;
        withHeld.rows.clear();
        for (const HeldRow &h : ready) {
            withHeld.rows << h.row;
            plan.retried << h.key();
        }
        withHeld.rows << page.rows;
        effective = &withHeld;
    }
    // Each round keeps aside what the last one found; a row kept aside can make the rows that name
    // it fail in turn (a case's events), so a few rounds may be needed.
    for (int round = 0;; ++round) {
        QList<HeldRow> violations;
        const Status s = applyRows(*effective, cursorMode, cursorValue, bootstrapToken, plan, &violations);
        if (!s || violations.isEmpty() || round >= 16)
            return s;
        for (HeldRow &v : violations) {
            // The pulled row itself, its latest version in the page.
            const QString key = v.key();
            for (const sync::PulledRow &r : effective->rows)
                if (r.table + QLatin1Char('/') + r.row.value(QStringLiteral("id")).toString() == key)
                    v.row = r;
            plan.skip.insert(key);
            plan.hold << v;
        }
    }
}

Status SyncStateRepository::applyRows(const sync::PullPage &page, Cursor cursorMode, qint64 cursorValue,
                                      const QString *bootstrapToken, const HeldPlan &plan, QList<HeldRow> *violations)
{
    QSqlDatabase db = m_store.db();
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("sync.store_busy"), tr("The store is busy: %1").arg(tx.lastError().text())};
    auto fail = [&](const QString &what) -> Status {
        tx.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("sync.apply_failed"), tr("Applying changes from the server failed: %1").arg(what)};
    };

    const QHash<QString, QSet<QString>> localFields = pendingFields();

    QHash<QString, QStringList> changed;
    // Incremental pages and repairs meet rows this store has; a bootstrap page fills an empty store.
    const bool diffExisting = bootstrapToken == nullptr;
    const SyncedTables &tables = m_store.syncedTables();
    QString shapeTable;
    QStringList shapeColumns;
    QVarLengthArray<QJsonValue, 64> values;
    // Upserts by row shape, straight on the sqlite3 handle (QSqlQuery's per-value QVariant binding was
    // a tenth of a bootstrap's client time), finalised when the page is done.
    PageStatements statements(SqliteHandle::of(db));
    QString latestStamp;
    for (const sync::PulledRow &r : page.rows) {
        if (!tables.contains(r.table))
            continue; // a table this version does not know: ignore (schema changes are additive)
        const QString id = r.row.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return fail(QStringLiteral("a row without id"));
        if (!plan.skip.isEmpty() && plan.skip.contains(r.table + QLatin1Char('/') + id))
            continue; // kept aside (sync_held_row)
        if (r.op == QLatin1String("revoke")) {
            // Out of this device's scope now: hidden locally, never sent again.
            // sv 0: no longer a row this store holds from the server (the checksum leaves it out).
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, sv = 0 WHERE id = ?").arg(r.table));
            q.addBindValue(id);
            if (!q.exec())
                return fail(q.lastError().text());
            changed[r.table] << id;
            continue;
        }
        if (r.table != shapeTable) {
            shapeTable = r.table;
            shapeColumns = tables.columns(r.table);
        }
        const QSet<QString> *skip = nullptr;
        if (!localFields.isEmpty())
            if (auto it = localFields.constFind(r.table + QLatin1Char('/') + id); it != localFields.constEnd())
                skip = &*it;
        // The row's shape (which columns it has, which of them an existing row takes) picks one
        // prepared statement; a page of one table usually has one shape, so nothing is rebuilt per row.
        QByteArray shape = r.table.toLatin1();
        shape += ':';
        values.clear();
        for (const QString &column : std::as_const(shapeColumns)) {
            const auto value = r.row.constFind(column);
            if (value == r.row.constEnd()) {
                shape += '-';
                continue;
            }
            const bool fixed = column == QLatin1String("id") || (skip && skip->contains(column)) || isFixedColumn(r.table, column);
            shape += fixed ? 'k' : 'u';
            values.append(value.value());
        }
        if (diffExisting) {
            // A row this store has takes only the columns whose value differs. The upsert below sets every
            // column, so SQLite rewrites the row's entry in every index of the table (~15 on cases): on a big
            // store those are thousands of scattered pages per page of pulled rows, read and written to the
            // WAL at the commit, so the pull's cost grew with the store. An unchanged row is not written.
            QSqlQuery &stored = m_store.cachedQuery(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                                        .arg(shapeColumns.join(QLatin1Char(',')), r.table));
            stored.bindValue(0, id);
            if (!stored.exec())
                return fail(QStringLiteral("%1 %2: %3").arg(r.table, id, stored.lastError().text()));
            if (stored.next()) {
                QStringList setColumns;
                QVariantList setValues;
                const qsizetype first = shape.indexOf(':') + 1;
                qsizetype v = 0;
                for (qsizetype i = 0; i < shapeColumns.size(); ++i) {
                    const char c = shape.at(first + i);
                    if (c == '-')
                        continue;
                    const QVariant incoming = sqlValue(values.at(v++));
                    if (c == 'u' && !sameStoredValue(stored.value(int(i)), incoming)) {
                        setColumns << shapeColumns.at(i) + QStringLiteral(" = ?");
                        setValues << incoming;
                    }
                }
                stored.finish();
                if (!setColumns.isEmpty()) {
                    QSqlQuery &update = m_store.cachedQuery(
                        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(r.table, setColumns.join(QLatin1Char(','))));
                    for (int i = 0; i < setValues.size(); ++i)
                        update.bindValue(i, setValues.at(i));
                    update.bindValue(int(setValues.size()), id);
                    if (!update.exec())
                        return fail(QStringLiteral("%1 %2: %3").arg(r.table, id, update.lastError().text()));
                }
                const QString stamp = r.row.value(QStringLiteral("hlc")).toString();
                if (stamp > latestStamp)
                    latestStamp = stamp;
                changed[r.table] << id;
                continue;
            }
            stored.finish();
        }
        sqlite3_stmt *q = statements.value(shape);
        if (!q) {
            q = statements.prepare(shape, upsertSql(r.table, shapeColumns, shape));
            if (!q)
                return fail(QStringLiteral("%1: %2").arg(r.table, statements.error()));
        }
        for (int i = 0; i < values.size(); ++i)
            bindJson(q, i + 1, values.at(i));
        const int rc = sqlite3_step(q);
        sqlite3_reset(q);
        if (rc != SQLITE_DONE)
            return fail(QStringLiteral("%1 %2: %3").arg(r.table, id, QString::fromUtf8(sqlite3_errmsg(statements.handle()))));
        // Stamps are fixed-width hex first, so the greatest string is the latest stamp: one merge a page.
        const QString stamp = r.row.value(QStringLiteral("hlc")).toString();
        if (stamp > latestStamp)
            latestStamp = stamp;
        changed[r.table] << id;
    }
    if (Status s = finishPage(latestStamp, cursorMode, cursorValue, page.scopeEpoch, bootstrapToken); !s)
        return fail(s.error().message);
    // Rows that name a row this PC does not have would fail the COMMIT: find which, store nothing,
    // and let apply() keep them aside. SQLite counts the open deferred violations; a page without
    // any costs nothing more.
    int deferred = 0;
    int highwater = 0;
    sqlite3_db_status(SqliteHandle::of(db), SQLITE_DBSTATUS_DEFERRED_FKS, &deferred, &highwater, 0);
    if (deferred > 0) {
        auto found = HeldRowRepository(db).violations(changed);
        if (!found)
            return fail(found.error().message);
        if (!found->isEmpty() && violations) {
            *violations = found.value();
            tx.exec(QStringLiteral("ROLLBACK"));
            return {};
        }
    }
    if (!plan.retried.isEmpty() || !plan.hold.isEmpty()) {
        QStringList stored;
        for (const QString &key : plan.retried)
            if (!plan.skip.contains(key))
                stored << key;
        if (Status s = HeldRowRepository(db).update(stored, plan.hold); !s)
            return fail(s.error().message);
    }
    if (!tx.exec(QStringLiteral("COMMIT")))
        return fail(tx.lastError().text());
    m_store.notifyChanged(changed);
    return {};
}

QHash<QString, QSet<QString>> SyncStateRepository::pendingFields() const
{
    // Fields with local edits still waiting for the server's judgement, per row.
    QHash<QString, QSet<QString>> localFields;
    QSqlQuery p(m_store.db());
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
    return localFields;
}

QByteArray SyncStateRepository::upsertSql(const QString &table, const QStringList &shapeColumns, const QByteArray &shape)
{
    auto sql = m_upsertSql.constFind(shape);
    if (sql != m_upsertSql.constEnd())
        return *sql;
    QStringList columns;
    QStringList updates;
    const qsizetype first = shape.indexOf(':') + 1;
    for (qsizetype i = 0; i < shapeColumns.size(); ++i) {
        const char c = shape.at(first + i);
        if (c == '-')
            continue;
        columns << shapeColumns.at(i);
        if (c == 'u')
            updates << QStringLiteral("%1 = excluded.%1").arg(shapeColumns.at(i));
    }
    // Names come from the store's own schema (SyncedTables), never from the server's JSON keys.
    QString text = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO ")
                       .arg(table, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    text += updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QLatin1Char(','));
    return *m_upsertSql.insert(shape, text.toUtf8());
}

Status SyncStateRepository::finishPage(const QString &latestStamp, Cursor cursorMode, qint64 cursorValue, qint64 scopeEpoch,
                                       const QString *bootstrapToken)
{
    QSqlDatabase db = m_store.db();
    if (!latestStamp.isEmpty())
        m_store.clock().merge(latestStamp);
    if (m_failBeforeCursor)
        return Error{QString(), QStringLiteral("stopped before the cursor (test)")};
    QSqlQuery cursor(db);
    if (cursorMode == Cursor::Move) {
        cursor.prepare(QStringLiteral("UPDATE sync_state SET pull_cursor = ?, scope_epoch = ?, last_synced_at = ?%1 WHERE singleton = 1")
                           .arg(bootstrapToken ? QStringLiteral(", bootstrap_token = ?") : QString()));
        cursor.addBindValue(cursorValue);
        cursor.addBindValue(scopeEpoch);
        cursor.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
        if (bootstrapToken)
            cursor.addBindValue(bootstrapToken->isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(*bootstrapToken));
        if (!cursor.exec())
            return Error{QString(), cursor.lastError().text()};
    }
    // The pulled cases go into the search index in one statement, not row by row (CaseSearchIndex).
    if (Status s = CaseSearchIndex::flushQueue(m_store); !s)
        return Error{QString(), s.error().message};
    QSqlQuery device(db);
    device.prepare(QStringLiteral("UPDATE device SET last_hlc = ? WHERE singleton = 1"));
    device.addBindValue(m_store.clock().last());
    if (!device.exec())
        return Error{QString(), device.lastError().text()};
    return {};
}

namespace {

// A compact bootstrap page as the object form has it (put or delete by the row's own deleted column).
sync::PullPage objectsOf(const sync::RowPage &page)
{
    sync::PullPage out;
    out.nextSince = page.nextSince;
    out.hasMore = page.hasMore;
    out.scopeEpoch = page.scopeEpoch;
    out.serverTime = page.serverTime;
    for (const sync::RowGroup &g : page.groups)
        for (int row = 0; row < g.rows; ++row) {
            sync::PulledRow r;
            r.table = g.table;
            for (int c = 0; c < g.columns.size(); ++c) {
                const sync::RowValue &v = page.value(g, row, c);
                QJsonValue value;
                switch (v.kind) {
                case sync::RowValue::Kind::Text:
                    value = page.text(v);
                    break;
                case sync::RowValue::Kind::Integer:
                    value = v.integer;
                    break;
                case sync::RowValue::Kind::Real:
                    value = v.real;
                    break;
                case sync::RowValue::Kind::Null:
                    break;
                }
                r.row.insert(g.columns.at(c), value);
            }
            r.op = r.row.value(QStringLiteral("deleted")).toInteger() != 0 ? QStringLiteral("delete") : QStringLiteral("put");
            out.rows << r;
        }
    return out;
}

} // namespace

Status SyncStateRepository::applyBootstrapRows(const sync::RowPage &page, const QString &nextToken, qint64 snapshotSeq)
{
    const qint64 cursorValue = nextToken.isEmpty() ? std::max(snapshotSeq, page.nextSince) : page.nextSince;
    QSqlDatabase db = m_store.db();
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("sync.store_busy"), tr("The store is busy: %1").arg(tx.lastError().text())};
    auto fail = [&](const QString &what) -> Status {
        tx.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("sync.apply_failed"), tr("Applying changes from the server failed: %1").arg(what)};
    };
    // A PC that worked offline before its first sync has pending edits: those rows keep their fields
    // (as in apply()). Usually empty, and then no row needs its id looked up.
    const QHash<QString, QSet<QString>> localFields = pendingFields();
    QHash<QString, QStringList> changed;
    const SyncedTables &tables = m_store.syncedTables();
    PageStatements statements(SqliteHandle::of(db));
    QByteArray latestStamp;
    QVarLengthArray<int, 64> valueAt; // per store column: its index in the group's values, -1 when absent
    for (const sync::RowGroup &g : page.groups) {
        if (g.rows == 0 || !tables.contains(g.table))
            continue; // a table this version does not know: ignore (schema changes are additive)
        const QStringList shapeColumns = tables.columns(g.table);
        const int idAt = int(g.columns.indexOf(QStringLiteral("id")));
        if (idAt < 0)
            return fail(QStringLiteral("a row without id"));
        const int hlcAt = int(g.columns.indexOf(QStringLiteral("hlc")));
        // One shape for the whole group (the same columns in every row), unless a row has local edits.
        QByteArray groupShape = g.table.toLatin1();
        groupShape += ':';
        const qsizetype shapeStart = groupShape.size();
        valueAt.clear();
        for (const QString &column : shapeColumns) {
            const int at = int(g.columns.indexOf(column));
            valueAt.append(at);
            groupShape += at < 0 ? '-' : (column == QLatin1String("id") || isFixedColumn(g.table, column) ? 'k' : 'u');
        }
        sqlite3_stmt *groupStatement = statements.value(groupShape);
        if (!groupStatement)
            groupStatement = statements.prepare(groupShape, upsertSql(g.table, shapeColumns, groupShape));
        if (!groupStatement)
            return fail(QStringLiteral("%1: %2").arg(g.table, statements.error()));
        // A bootstrap page names its tables, not its thousand ids (every listener reads the table again).
        changed.insert(g.table, {});
        for (int row = 0; row < g.rows; ++row) {
            const sync::RowValue &idValue = page.value(g, row, idAt);
            if (idValue.kind != sync::RowValue::Kind::Text || idValue.size == 0)
                return fail(QStringLiteral("a row without id"));
            sqlite3_stmt *q = groupStatement;
            if (!localFields.isEmpty()) {
                const QString key = g.table + QLatin1Char('/') + page.text(idValue);
                if (auto it = localFields.constFind(key); it != localFields.constEnd()) {
                    QByteArray shape = groupShape;
                    for (qsizetype i = 0; i < shapeColumns.size(); ++i)
                        if (shape.at(shapeStart + i) == 'u' && it->contains(shapeColumns.at(i)))
                            shape[shapeStart + i] = 'k';
                    q = statements.value(shape);
                    if (!q)
                        q = statements.prepare(shape, upsertSql(g.table, shapeColumns, shape));
                    if (!q)
                        return fail(QStringLiteral("%1: %2").arg(g.table, statements.error()));
                }
            }
            int bind = 1;
            for (const int at : std::as_const(valueAt)) {
                if (at < 0)
                    continue;
                const sync::RowValue &v = page.value(g, row, at);
                switch (v.kind) {
                case sync::RowValue::Kind::Text:
                    // The page outlives the statement's step: no copy.
                    sqlite3_bind_text(q, bind, page.textData(v), v.size, SQLITE_STATIC);
                    break;
                case sync::RowValue::Kind::Integer:
                    sqlite3_bind_int64(q, bind, v.integer);
                    break;
                case sync::RowValue::Kind::Real:
                    sqlite3_bind_double(q, bind, v.real);
                    break;
                case sync::RowValue::Kind::Null:
                    sqlite3_bind_null(q, bind);
                    break;
                }
                ++bind;
            }
            const int rc = sqlite3_step(q);
            sqlite3_reset(q);
            if (rc != SQLITE_DONE)
                return fail(QStringLiteral("%1 %2: %3").arg(g.table, page.text(idValue), QString::fromUtf8(sqlite3_errmsg(statements.handle()))));
            if (hlcAt >= 0) {
                // Stamps are fixed-width hex first, so the greatest string is the latest stamp: one merge a page.
                const sync::RowValue &stamp = page.value(g, row, hlcAt);
                if (stamp.kind == sync::RowValue::Kind::Text) {
                    const QByteArrayView text(page.textData(stamp), stamp.size);
                    if (text > QByteArrayView(latestStamp))
                        latestStamp = text.toByteArray();
                }
            }
        }
    }
    // A row that names a record this PC does not have would fail the COMMIT (decision 33). Rare: the
    // page is stored again through the object form, which keeps such rows aside (sync_held_row).
    int deferred = 0;
    int highwater = 0;
    sqlite3_db_status(SqliteHandle::of(db), SQLITE_DBSTATUS_DEFERRED_FKS, &deferred, &highwater, 0);
    if (deferred > 0) {
        tx.exec(QStringLiteral("ROLLBACK"));
        return applyBootstrapPage(objectsOf(page), nextToken, snapshotSeq);
    }
    if (Status s = finishPage(QString::fromUtf8(latestStamp), Cursor::Move, cursorValue, page.scopeEpoch, &nextToken); !s)
        return fail(s.error().message);
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
