#pragma once
// The sync client's side of the store: the outbox as the push sees it, the pull cursor, pulled pages
// applied with their cursor in one transaction, conflicts received, and the sync settings.

#include "common/Result.h"
#include "sync/Mutation.h"
#include "sync/MutationResult.h"
#include "sync/PullPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace zt {

class Store;

struct SyncSettings
{
    QString serverUrl;
    QString caFile;
    QString username;
    QString refreshToken;
    QString keyPin; // "sha256/BASE64" or empty (sync/KeyPin)
};

class SyncStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateRepository)
public:
    explicit SyncStateRepository(Store &store) : m_store(store) {}

    // Mutations not yet answered by the server (pending or sent), oldest first.
    QList<sync::Mutation> pending(int limit) const;
    int pendingCount() const;
    // The device_seq the server should expect first from this device.
    qint64 firstUnsentSeq() const;
    // Stores the server's answers in one transaction: done or rejected, plus the conflicts.
    Status storeResults(const QList<sync::MutationResult> &results);
    // A transient failure: the batch stays pending with its attempts counted.
    void recordFailure(const QList<qint64> &deviceSeqs, const QString &error);

    qint64 cursor() const;
    // When the last pull page was applied (UTC), invalid if never.
    QDateTime lastSyncedAt() const;
    // Applies a page and moves the cursor to page.nextSince in one SQLite transaction. Rows with
    // pending local edits take only the fields not changed locally, and keep their sv.
    Status applyPage(const sync::PullPage &page);
    // Test seam: fail after applying the rows, before the cursor is saved (as a kill would).
    void setFailBeforeCursorForTest(bool fail) { m_failBeforeCursor = fail; }

    SyncSettings settings() const;
    Status saveSettings(const SyncSettings &settings);
    int openConflictCount() const;
    // After a fork (this store is a copy): the (device_seq, mutation_id) of everything unanswered, and
    // marking done what the server already has from the twin under the old device id.
    QList<QPair<qint64, QString>> unansweredMutationIds() const;
    Status markAnsweredElsewhere(const QList<qint64> &deviceSeqs);

private:
    Store &m_store;
    bool m_failBeforeCursor = false;
};

} // namespace zt
