#include "storage/WriteTransaction.h"

#include "common/Uuid7.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Store.h"
#include "storage/SyncedTables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace zt {

namespace {

// A null QString would bind as SQL NULL; text columns hold '' instead. QVariant() stays NULL.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? 1 : 0;
    return v;
}

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    return toJson(stored) == toJson(incoming);
}

// A full disk and a read-only store are the two failures users can fix themselves, so they get their
// own words; the transaction is rolled back, so nothing of the change is written either way.
Error storeError(const QString &code, const QString &message, const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff; // extended codes carry it in the low byte
    if (primary == 13) // SQLITE_FULL
        return {QStringLiteral("write.disk_full"),
                WriteTransaction::tr("The disk is full, so this change was not saved; nothing of it was written. Free "
                                     "some space on the disk (or ask for help), then save again.")};
    if (primary == 8) // SQLITE_READONLY
        return {QStringLiteral("write.read_only"),
                WriteTransaction::tr("The store is read-only, so this change was not saved; nothing of it was "
                                     "written. Check that the store's file and folder may be written, then save "
                                     "again.")};
    return {code, message};
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

WriteTransaction::WriteTransaction(Store &store, Outbox outbox) : m_store(store), m_outbox(outbox)
{
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock now, so device_seq read below cannot race another writer.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_failed = true;
        m_firstError = storeError(QStringLiteral("write.begin_failed"),
                                  tr("The store is busy or read-only: %1").arg(q.lastError().text()), q.lastError());
        return;
    }
    m_active = true;
    m_txId = Uuid7::generate();
    QSqlQuery seq(db());
    seq.exec(QStringLiteral("SELECT next_device_seq FROM device WHERE singleton = 1"));
    m_nextDeviceSeq = seq.next() ? seq.value(0).toLongLong() : 1;
    QSqlQuery version(db());
    version.exec(QStringLiteral("PRAGMA user_version"));
    m_schemaVersion = version.next() ? version.value(0).toInt() : 0;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

QSqlDatabase WriteTransaction::db() const
{
    return m_store.db();
}

Status WriteTransaction::fail(Error error)
{
    if (!m_failed) {
        m_failed = true;
        m_firstError = error;
    }
    return error;
}

Status WriteTransaction::checkColumns(const QString &table, const QVariantMap &fields) const
{
    const SyncedTables &synced = m_store.syncedTables();
    if (!synced.contains(table))
        return Error{QStringLiteral("write.unknown_table"), tr("Unknown table %1.").arg(table)};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == QLatin1String("id") || SyncedTables::metadataColumns().contains(it.key())
            || !synced.hasColumn(table, it.key()))
            return Error{QStringLiteral("write.unknown_column"), tr("Unknown column %1.%2.").arg(table, it.key())};
    }
    return {};
}

Status WriteTransaction::insert(const QString &table, const QString &id, const QVariantMap &fields)
{
    // The first failure is what the user needs to hear (a full disk, a read-only store), not that the
    // transaction it ended is over.
    if (m_failed)
        return m_firstError;
    if (!m_active)
        return fail({QStringLiteral("write.inactive"), tr("The change was not saved: the transaction has ended.")});
    if (Status s = checkColumns(table, fields); !s)
        return fail(s.error());
    if (!fields.contains(QStringLiteral("station_id")))
        return fail({QStringLiteral("write.no_station"), tr("A row of %1 has no station.").arg(table)});

    const QString hlc = m_store.clock().next();
    QStringList columns{QStringLiteral("id"), QStringLiteral("sv"), QStringLiteral("hlc"), QStringLiteral("deleted"),
                        QStringLiteral("updated_by")};
    QVariantList values{id, 0, hlc, 0, m_store.currentUserId().isEmpty() ? QVariant() : m_store.currentUserId()};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        columns << it.key();
        values << bindable(it.value());
    }
    QSqlQuery &q = m_store.cachedQuery(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(storeError(QStringLiteral("write.failed"), tr("Saving to %1 failed: %2").arg(table, q.lastError().text()),
                               q.lastError()));

    QVariantMap written;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        written.insert(it.key(), bindable(it.value()));
    if (Status s = appendOutbox(table, id, QStringLiteral("insert"), written, 0, {}, hlc); !s)
        return s;
    m_changed[table] << id;
    return {};
}

Status WriteTransaction::update(const QString &table, const QString &id, const QVariantMap &fields)
{
    // The first failure is what the user needs to hear (a full disk, a read-only store), not that the
    // transaction it ended is over.
    if (m_failed)
        return m_firstError;
    if (!m_active)
        return fail({QStringLiteral("write.inactive"), tr("The change was not saved: the transaction has ended.")});
    if (Status s = checkColumns(table, fields); !s)
        return fail(s.error());

    const QStringList names = fields.keys();
    QSqlQuery &current = m_store.cachedQuery(
        QStringLiteral("SELECT sv%1 FROM %2 WHERE id = ?")
            .arg(names.isEmpty() ? QString() : QLatin1Char(',') + names.join(QLatin1Char(',')), table));
    current.bindValue(0, id);
    if (!current.exec() || !current.next()) {
        current.finish();
        return fail({QStringLiteral("write.not_found"), tr("The record to change no longer exists (%1).").arg(table)});
    }
    const qint64 baseSv = current.value(0).toLongLong();
    QVariantMap changed;
    QVariantMap base;
    for (int i = 0; i < names.size(); ++i) {
        const QVariant before = current.value(i + 1);
        const QVariant after = bindable(fields.value(names.at(i)));
        if (sameValue(before, after))
            continue;
        changed.insert(names.at(i), after);
        base.insert(names.at(i), before);
    }
    current.finish();
    if (changed.isEmpty())
        return {};

    const QString hlc = m_store.clock().next();
    QStringList sets{QStringLiteral("hlc = ?"), QStringLiteral("updated_by = ?")};
    QVariantList values{hlc, m_store.currentUserId().isEmpty() ? QVariant() : m_store.currentUserId()};
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    QSqlQuery &q = m_store.cachedQuery(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    values << id;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(storeError(QStringLiteral("write.failed"), tr("Saving to %1 failed: %2").arg(table, q.lastError().text()),
                               q.lastError()));
    if (Status s = appendOutbox(table, id, QStringLiteral("update"), changed, baseSv, base, hlc); !s)
        return s;
    m_changed[table] << id;
    return {};
}

Status WriteTransaction::markDeleted(const QString &table, const QString &id)
{
    // The first failure is what the user needs to hear (a full disk, a read-only store), not that the
    // transaction it ended is over.
    if (m_failed)
        return m_firstError;
    if (!m_active)
        return fail({QStringLiteral("write.inactive"), tr("The change was not saved: the transaction has ended.")});
    if (!m_store.syncedTables().contains(table))
        return fail({QStringLiteral("write.unknown_table"), tr("Unknown table %1.").arg(table)});
    QSqlQuery current(db());
    current.prepare(QStringLiteral("SELECT sv, deleted FROM %1 WHERE id = ?").arg(table));
    current.addBindValue(id);
    if (!current.exec() || !current.next())
        return fail({QStringLiteral("write.not_found"), tr("The record to delete no longer exists (%1).").arg(table)});
    const qint64 baseSv = current.value(0).toLongLong();
    if (current.value(1).toInt() != 0)
        return {};
    current.finish();
    const QString hlc = m_store.clock().next();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, updated_by = ? WHERE id = ?").arg(table));
    q.addBindValue(hlc);
    q.addBindValue(m_store.currentUserId().isEmpty() ? QVariant() : m_store.currentUserId());
    q.addBindValue(id);
    if (!q.exec())
        return fail(storeError(QStringLiteral("write.failed"),
                               tr("Deleting from %1 failed: %2").arg(table, q.lastError().text()), q.lastError()));
    if (Status s = appendOutbox(table, id, QStringLiteral("delete"), {}, baseSv, {}, hlc); !s)
        return s;
    m_changed[table] << id;
    return {};
}

Status WriteTransaction::reinsert(const QString &table, const QString &id, const QVariantMap &changes)
{
    if (m_failed)
        return m_firstError;
    if (!m_active)
        return fail({QStringLiteral("write.inactive"), tr("The change was not saved: the transaction has ended.")});
    if (Status s = checkColumns(table, changes); !s)
        return fail(s.error());
    QStringList columns;
    for (const QString &c : m_store.syncedTables().columns(table))
        if (c != QLatin1String("id") && !SyncedTables::metadataColumns().contains(c))
            columns << c;
    QSqlQuery current(db());
    current.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), table));
    current.addBindValue(id);
    if (!current.exec() || !current.next())
        return fail({QStringLiteral("write.not_found"), tr("The record to change no longer exists (%1).").arg(table)});
    QVariantMap row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), current.value(i));
    current.finish();
    const QString hlc = m_store.clock().next();
    QStringList sets{QStringLiteral("hlc = ?"), QStringLiteral("updated_by = ?")};
    QVariantList values{hlc, m_store.currentUserId().isEmpty() ? QVariant() : m_store.currentUserId()};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << bindable(it.value());
        row.insert(it.key(), bindable(it.value()));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    values << id;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(storeError(QStringLiteral("write.failed"), tr("Saving to %1 failed: %2").arg(table, q.lastError().text()),
                               q.lastError()));
    if (Status s = appendOutbox(table, id, QStringLiteral("insert"), row, 0, {}, hlc); !s)
        return s;
    m_changed[table] << id;
    return {};
}

Status WriteTransaction::appendOutbox(const QString &table, const QString &id, const QString &op,
                                      const QVariantMap &fields, qint64 baseSv, const QVariantMap &baseFields,
                                      const QString &hlc)
{
    if (m_outbox == Outbox::Skip)
        return {};
    QJsonObject f;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        f.insert(it.key(), toJson(it.value()));
    QJsonObject b;
    for (auto it = baseFields.constBegin(); it != baseFields.constEnd(); ++it)
        b.insert(it.key(), toJson(it.value()));
    QSqlQuery &q = m_store.cachedQuery(QStringLiteral(
        "INSERT INTO sync_outbox (device_seq, mutation_id, tx_id, tbl, row_id, op, fields, base_sv, base_fields, "
        "hlc, user_id, schema_v) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values{m_nextDeviceSeq, Uuid7::generate(), m_txId, table, id, op, json(f), baseSv, json(b), hlc,
                              m_store.currentUserId().isEmpty() ? QVariant() : m_store.currentUserId(), m_schemaVersion};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(storeError(QStringLiteral("write.outbox_failed"),
                               tr("Recording the change for sync failed: %1").arg(q.lastError().text()), q.lastError()));
    ++m_nextDeviceSeq;
    return {};
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("write.inactive"), tr("The change was not saved: the transaction has ended.")};
    if (m_failed) {
        rollback();
        return m_firstError;
    }
    // The cases this transaction wrote go into the search index now, in one statement (CaseSearchIndex).
    if (Status s = CaseSearchIndex::flushQueue(m_store); !s) {
        rollback();
        return s;
    }
    QSqlQuery device(db());
    device.prepare(QStringLiteral("UPDATE device SET next_device_seq = ?, last_hlc = ? WHERE singleton = 1"));
    device.addBindValue(m_nextDeviceSeq);
    device.addBindValue(m_store.clock().last());
    QSqlQuery q(db());
    if (!device.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = device.lastError().isValid() ? device.lastError() : q.lastError();
        rollback();
        return storeError(QStringLiteral("write.commit_failed"), tr("The change could not be saved: %1").arg(error.text()),
                          error);
    }
    m_active = false;
    const auto changed = std::exchange(m_changed, {});
    m_store.notifyChanged(changed);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    m_changed.clear();
}

} // namespace zt
