#pragma once
// One device's sync with the central server over HTTPS (sync-protocol.md): enrol, push the outbox in
// batches, pull pages until there is no more. Blocking calls with a local event loop, meant for a
// worker thread or a command line; trusts only the configured CA and never ignores SSL errors.

#include "common/Result.h"
#include "storage/CaseRenumbering.h"
#include "storage/SyncStateRepository.h"
#include "sync/SyncLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace zt {

class Store;

struct SyncReport
{
    int pushed = 0;    // mutations the server answered (applied, merged or conflict)
    int rejected = 0;
    int conflicts = 0;
    int pulled = 0;    // rows applied from pulls
    int pages = 0;
    qint64 cursor = 0;
    qint64 retryAfterMsecs = 0; // from the server's Retry-After, when it asked to wait
    // Attachments' bytes (BlobSync), after the rows.
    int blobsUploaded = 0;
    int blobsDownloaded = 0;
    qint64 blobBytesSent = 0;
    qint64 blobBytesReceived = 0;
    // The store turned out to be a copy (a cloned disk, a restored backup): this PC now syncs as a new device.
    bool reenrolled = false;
    QChar newDeviceLetter;      // and draws its case numbers with this letter now (null: unchanged)
    bool bootstrapped = false;  // this run went through the bootstrap snapshot
    bool verified = false;        // the checksums were compared in this run
    QStringList repairedTables;   // checksum mismatches pulled again (and equal afterwards)
    QStringList mismatchedTables; // still different from the server after pulling again
    bool belowHorizon = false;    // the cursor was below the server's purge horizon: bootstrapped again
    int sweptRows = 0;            // and rows deleted on the server meanwhile were hidden here
    // Cases given a new number because another PC's case had theirs on the server (decision 25).
    QList<RenumberedCase> renumberedCases;
};

// Where a running sync is, for a status bar: reported after every batch or page.
struct SyncProgress
{
    enum class Phase { Push, Bootstrap, Pull, Verify, Repair };
    Phase phase = Phase::Push;
    qint64 done = 0;  // mutations sent / rows applied / tables pulled again so far in this phase
    qint64 total = 0; // 0 when not known (pull); the snapshot's rows for a bootstrap; tables to repair
    QStringList tables; // Repair: the tables whose checksum differed, being pulled again
};

class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    explicit SyncClient(Store &store);
    ~SyncClient();

    // caFile: PEM with the organisation's CA; only it is trusted.
    Status configure(const QUrl &serverUrl, const QString &caFile);
    // Enrols this device with a station (or district) account; keeps the refresh token in the store.
    Status enrol(const QString &username, const QString &password);
    // The same for a PC joining its station (setup/StationJoin), which asks the server for the letter of
    // its case numbers: `wantedLetter`, or any free one when it is empty (decision 37). Errors as
    // enrol(), and device.letter_taken when another PC of the station has that letter (nothing is
    // enrolled then; the message names a free one).
    Status enrolJoining(const QString &username, const QString &password, const QString &wantedLetter);
    // What the last enrol's answer said of the account: station or district, and the stations it
    // reads and writes (a second PC of a station binds to that station: setup/StationJoin).
    QString enrolledKind() const { return m_enrolledKind; }
    QStringList enrolledStations() const { return m_enrolledStations; }
    // The letter the server gave this PC (enrolJoining); empty when it gave none (a server before
    // decision 37, or a district account).
    QString enrolledLetter() const { return m_enrolledLetter; }
    // Uses the server, CA and refresh token saved in the store.
    Status configureFromSettings();

    // Push everything waiting, then pull until has_more is false. Error codes: sync.offline,
    // sync.tls, sync.unauthorized, sync.server, sync.fork, sync.gap, sync.rejected_batch, sync.store_*.
    Result<SyncReport> syncOnce();
    Result<SyncReport> push();
    // A store that never pulled (or was stopped in the middle of one) first goes through the
    // bootstrap snapshot page by page (resumable: the page token is kept in the store), then pulls.
    Result<SyncReport> pull();
    // Compares the server's per-table checksums with the store's and pulls a differing table again;
    // syncOnce() runs it after a bootstrap and then once a day. Fills repaired/mismatchedTables.
    Status verify(SyncReport &report);
    // Stops a running sync after the batch or page in hand (from the progress handler or another
    // thread); the call returns sync.cancelled and the next one goes on where it stopped.
    void cancel() { m_cancelled = true; }
    void setProgressHandler(std::function<void(const SyncProgress &)> handler) { m_progress = std::move(handler); }
    // A bootstrap leaves the indexes of the tables it filled, and the search index, to this (platform
    // notes: an FTS insert per row would cost more than the bootstrap itself; one sorted build of each
    // index costs less than inserting into it row by row); SyncRunner calls it right after the sync, on
    // its own thread. Cheap when there is nothing to build; the next open of the store does it otherwise.
    Status buildIndexesAfterBootstrap();

    // The most mutations this PC puts in one push; the server's announced limit (decision 26)
    // caps it further.
    void setBatchSize(int mutations) { m_batchSize = mutations; }
    // What the server said it takes per push (login or refresh answer); 200 until it said so or
    // when it says nothing (a server before decision 26).
    int serverBatchLimit() const { return m_serverBatchLimit; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Whether the bootstrap asks for pages in the compact form (format=rows, server/README decision 32;
    // the default). Off: it asks for objects, as a client before it did (tests of both forms).
    void setRowsForm(bool rows) { m_rowsForm = rows; }
    void setTimeoutMsecs(int msecs) { m_timeoutMsecs = msecs; }
    SyncStateRepository &state() { return m_state; }

    // A SHA-256 pin of the server's public key ("sha256/BASE64", KeyPin); empty: the CA alone decides.
    // A connection to a server with another key is aborted before any request is sent.
    Status setKeyPin(const QString &pin);
    // Retry-After of the last answer that carried one (503, 429), in milliseconds; 0 if none.
    qint64 lastRetryAfterMsecs() const { return m_lastRetryAfterMsecs; }
    // The server's clock minus this PC's, from the last answer that carried server_time (0 before
    // any). The protocol asks the client to warn when it is off by more than 5 minutes: a PC whose
    // date is wrong stamps every event with it, and the server refuses stamps a day ahead.
    std::optional<qint64> clockOffsetMsecs() const { return m_clockOffsetMsecs; }
    // Takes a server_time: merges it into the hybrid clock and notes the clock offset.
    void takeServerTime(const QString &serverTime);

    // For BlobSync and ForkRecovery, which speak to the same server with the same TLS, pin and token.
    QNetworkRequest prepareRequest(const QString &path, bool authorised) const;
    QNetworkAccessManager &network() { return *m_network; }
    // Checks the key pin when the reply's TLS handshake is done (call right after sending).
    void watch(QNetworkReply *reply);
    // The error of a reply that got no HTTP answer (offline, TLS, pin).
    Error transportError(QNetworkReply *reply) const;
    void noteRetryAfter(const QByteArray &header);
    Status refreshAccessToken();
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    QUrl serverUrl() const { return m_serverUrl; }

private:
    // enrol() and enrolJoining(): the login, with device_letter when a letter is asked for.
    Status enrolAs(const QString &username, const QString &password, const std::optional<QString> &wantedLetter);
    struct Reply
    {
        int status = 0;
        QByteArray body;
        qint64 retryAfterMsecs = 0;
    };
    Result<Reply> call(const QByteArray &verb, const QString &path, const QByteArray &body, bool authorised);
    Result<Reply> send(const QByteArray &verb, const QString &path, const QByteArray &body, bool authorised);
    // send() in two halves, so a request can be in flight while the store is written.
    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body, bool authorised);
    Result<Reply> finish(QNetworkReply *reply);
    void takeBatchLimit(const QJsonObject &answer);
    Result<SyncReport> bootstrap();
    // After the push: cases refused as duplicate_case_no get new numbers and are pushed again
    // (CaseRenumbering), before the pull brings the other PC's case with the old number.
    Status settleDuplicateCaseNumbers(SyncReport &report);
    Result<SyncReport> bootstrapPages();
    Status repairTable(const QString &table);
    // Reports progress; false when cancel() was called (the caller stops with cancelled()).
    bool progress(SyncProgress::Phase phase, qint64 done, qint64 total);
    bool progress(const SyncProgress &step);
    static Error cancelled();
    static Error httpError(const Reply &reply);

    Store &m_store;
    SyncStateRepository m_state;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_serverUrl;
    QString m_caFile;
    QList<QSslCertificate> m_ca;
    QString m_accessToken;
    QString m_enrolledKind;
    QStringList m_enrolledStations;
    QString m_enrolledLetter;
    QByteArray m_keyPin; // raw SHA-256 of the server's SubjectPublicKeyInfo; empty: no pin
    qint64 m_lastRetryAfterMsecs = 0;
    std::optional<qint64> m_clockOffsetMsecs;
    int m_batchSize = sync::kMaxClientBatchMutations;
    int m_serverBatchLimit = 200;
    int m_pageSize = 500;
    bool m_rowsForm = true;
    int m_timeoutMsecs = 30'000;
    std::function<void(const SyncProgress &)> m_progress;
    QDateTime m_lastVerified;
    bool m_verifyDue = false;
    bool m_snapshotIsLatest = false;
    // Set while a bootstrap replaces a cursor below the server's purge horizon: the rows the
    // snapshot no longer holds are hidden after its last page (SnapshotSweep).
    bool m_sweepAfterSnapshot = false;
    std::atomic<bool> m_cancelled = false;
};

} // namespace zt
