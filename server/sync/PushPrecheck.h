#pragma once
// The part of a push that needs no write lock, done before PushProcessor takes it (decision 39):
// for every insert the body scanner kept in the plain form (decision 36), the validator's test
// insert and the new row's JSON text. Both depend on the mutation and the device only (the
// validator's database is the thread's own and every test insert meets empty tables), so the
// answers are the same as when they ran inside the transaction; only the row's version (sv, drawn
// under the lock) is spliced in later. While one batch of a device holds the write lock, the
// device's next batch does this on another thread.

#include "common/Result.h"
#include "storage/RowStore.h"

#include <QByteArray>
#include <QList>

namespace zt::sync {
struct Mutation;
struct PushBatch;
} // namespace zt::sync

namespace zt::server {

class RowValidator;
struct Scope;

class PushPrecheck
{
public:
    // A scanned insert, checked and written out except for its version.
    struct Insert
    {
        Status verdict; // the validator's test insert
        QByteArray data;
        QByteArray fieldBy; // compact: every column by this device (decision 49)
    };

    // Prepares every scanned insert of the batch whose table the validator knows and whose fields
    // are all writable (what PushProcessor asks for); the validator's test transaction is ended.
    void run(RowValidator &validator, const Scope &scope, const sync::PushBatch &batch);
    void clear();
    // The prepared insert of the mutation, or nullptr when run() did not prepare it.
    const Insert *find(const sync::Mutation &m) const;
    // Whether the batch waited for the device's previous batch on another thread before it went to
    // the write lock (DevicePushOrder): for the push log line, written by whichever thread applies it.
    void setWaitedForEarlier(bool waited) { m_waitedForEarlier = waited; }
    bool waitedForEarlier() const { return m_waitedForEarlier; }

    static Insert prepare(RowValidator &validator, const Scope &scope, const sync::Mutation &m);
    // The row's text with its version.
    static RowStore::RowText text(const Insert &insert, qint64 sv);
    // Ends a created row's data text: its hlc and updated_by (metadata columns, never among the
    // pushed fields) and the closing brace.
    static void endCreatedData(QByteArray &data, const sync::Mutation &m);

private:
    qint64 m_firstSeq = 0;
    QList<Insert> m_inserts;
    QList<bool> m_prepared;
    bool m_waitedForEarlier = false;
};

} // namespace zt::server
