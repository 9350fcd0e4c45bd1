#pragma once
// The one write path for synced data. In a single SQLite transaction it writes rows, stamps their
// sync metadata (hlc, updated_by, sv kept) and appends one outbox mutation per changed row; after
// COMMIT it tells the store which rows changed. Destroyed without commit(), it rolls everything back.

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariantMap>

namespace zt {

class Store;

class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)
public:
    // Outbox::Skip is only for bulk demo and benchmark stores, which are never enrolled for sync.
    enum class Outbox { Record, Skip };

    explicit WriteTransaction(Store &store, Outbox outbox = Outbox::Record);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString txId() const { return m_txId; }
    QSqlDatabase db() const;
    Store &store() { return m_store; }

    // fields: column -> value, without the metadata columns; must include station_id.
    Status insert(const QString &table, const QString &id, const QVariantMap &fields);
    // Writes only the fields whose value differs; no outbox row when nothing differs.
    Status update(const QString &table, const QString &id, const QVariantMap &fields);
    // Tombstone (deleted = 1). Cases and visits are cancelled by their services instead.
    Status markDeleted(const QString &table, const QString &id);
    // For a row the server refused to create: changes the given fields and sends the whole row again
    // as a new insert (server/README.md decision 25: a case renumbered after duplicate_case_no).
    Status reinsert(const QString &table, const QString &id, const QVariantMap &changes);

    Status commit();
    void rollback();

private:
    Status fail(Error error);
    Status checkColumns(const QString &table, const QVariantMap &fields) const;
    Status appendOutbox(const QString &table, const QString &id, const QString &op, const QVariantMap &fields,
                        qint64 baseSv, const QVariantMap &baseFields, const QString &hlc);

    Store &m_store;
    Outbox m_outbox;
    bool m_active = false;
    bool m_failed = false;
    Error m_firstError;
    QString m_txId;
    qint64 m_nextDeviceSeq = 0;
    int m_schemaVersion = 0;
    QHash<QString, QStringList> m_changed;
};

} // namespace zt
