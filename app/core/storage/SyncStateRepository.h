#pragma once
// The sync client's side of the store: the outbox as the push sees it, the pull cursor, pulled pages
// applied with their cursor in one transaction, conflicts received, and the sync settings.

#include "common/Result.h"
#include "storage/HeldRowRepository.h"
#include "sync/Mutation.h"
#include "sync/MutationResult.h"
#include "sync/PullPage.h"
#include "sync/RowPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

class QSqlQuery;

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
    // The same after a device_seq: a push walks the outbox batch by batch from firstUnsentSeq().
    // AsStored leaves fields/baseFields empty and gives the outbox's JSON text in fieldsText /
    // baseFieldsText instead (the push splices it into its body unparsed).
    enum class Fields { Parsed, AsStored };
    QList<sync::Mutation> pendingAfter(qint64 afterSeq, int limit, Fields fields = Fields::Parsed) const;
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
    // A bootstrap page: its rows, the cursor (the page's last sv, or snapshotSeq on the last page: a
    // snapshot page holds every row up to its last sv, so the cursor is valid after every page) and
    // the token to resume with (empty on the last page), in one transaction.
    Status applyBootstrapPage(const sync::PullPage &page, const QString &nextToken, qint64 snapshotSeq);
    // The same for a page in the compact form (format=rows, decision 32), bound straight from its text.
    Status applyBootstrapRows(const sync::RowPage &page, const QString &nextToken, qint64 snapshotSeq);
    // Rows of a table pulled again after a checksum mismatch: the cursor stays where it is.
    Status applyRepairPage(const sync::PullPage &page);
    QString bootstrapToken() const;
    // Per synced table: the rows this store has from the server (sv > 0; a revoked row's sv is 0)
    // with the checksum the server computes (/sync/v1/checksum): count and XOR of the first 8 bytes
    // of SHA-256("id:sv"), as hex.
    QJsonObject localChecksums() const;
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
    enum class Cursor { Move, Keep };
    Status apply(const sync::PullPage &page, Cursor cursor, qint64 cursorValue, const QString *bootstrapToken);
    QHash<QString, QSet<QString>> pendingFields() const;
    // The upsert of a row shape ("table:" and per store column '-' absent, 'k' inserted only, 'u' upserted).
    QByteArray upsertSql(const QString &table, const QStringList &shapeColumns, const QByteArray &shape);
    // A page's end before COMMIT: the clock, the cursor (and bootstrap token), the search queue, the device's stamp.
    Status finishPage(const QString &latestStamp, Cursor cursor, qint64 cursorValue, qint64 scopeEpoch, const QString *bootstrapToken);
    // One try at a page: rows whose key ("table/id") is in skip are kept aside (sync_held_row) with
    // their entry of hold; when rows of the page name rows this PC does not have, nothing is stored
    // and they are appended to violations (HeldRowRepository).
    struct HeldPlan
    {
        QSet<QString> skip;
        QList<HeldRow> hold;
        QStringList retried; // keys of held rows tried again with this page
    };
    Status applyRows(const sync::PullPage &page, Cursor cursor, qint64 cursorValue, const QString *bootstrapToken,
                     const HeldPlan &plan, QList<HeldRow> *violations);

    Store &m_store;
    bool m_failBeforeCursor = false;
    // The upsert of pulled rows per row shape (SQL text; prepared once a page).
    QHash<QByteArray, QByteArray> m_upsertSql;
};

} // namespace zt
