#pragma once
// The server's copy of every synced row (latest version only), the at-most-once log of applied
// mutations, recorded conflicts and revokes. All SQL of the sync path lives here.

#include "common/Result.h"
#include "sync/MutationResult.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QSet>
#include <optional>

namespace zt::server {

class ServerDatabase;

struct StoredRow
{
    QString stationId;
    qint64 sv = 0;
    bool deleted = false;
    QJsonObject data;    // every column but sv and deleted
    QJsonObject fieldSv; // column -> seq of its last change
    QJsonObject fieldBy; // column -> device id that made its last change

    // A row as stored: its field_sv / field_by texts either list every column (a row changed after it
    // was created), or say `{"*":value}` for a row whose every column still has the version and
    // device it was created with (decision 49); both come back as full objects.
    static StoredRow fromText(QString stationId, qint64 sv, bool deleted, const QByteArray &data, const QByteArray &fieldSv,
                              const QByteArray &fieldBy);
    // The full object from a field_sv / field_by text, for the columns of `data`.
    static QJsonObject fieldMap(const QByteArray &text, const QJsonObject &data);
    // The compact texts of a row just created: every column at `sv`, by `deviceId`.
    static QByteArray createdFieldSv(qint64 sv);
    static QByteArray createdFieldBy(const QString &deviceId);
};

struct LoggedMutation
{
    QString mutationId;
    QJsonObject result;
};

struct ConflictRecord
{
    QString table;
    QString rowId;
    QString stationId;
    QString deviceId;
    qint64 seq = 0;
    sync::FieldConflict conflict;
};

class RowStore
{
public:
    explicit RowStore(ServerDatabase &db) : m_db(db) {}

    Result<std::optional<StoredRow>> find(const QString &table, const QString &rowId);
    // Ids of the station's cases rows (tombstoned ones too) stored with this case number (decision 25).
    Result<QStringList> caseRowsNumbered(const QString &stationId, const QString &caseNo);
    // The station of each stored row of the table among rowIds (tombstoned ones too); absent ids are
    // not in the result. One statement per 200 ids (ReferenceScopeGuard asks once per batch).
    Result<QHash<QString, QString>> stationsOf(const QString &table, const QStringList &rowIds);
    // The same for many numbers of one station at once (a push's batch): case number -> row ids,
    // numbers no row has are not in the result.
    Result<QHash<QString, QStringList>> caseRowsNumberedMany(const QString &stationId, const QStringList &caseNos);
    Status put(const QString &table, const QString &rowId, const StoredRow &row);
    Status addRevoke(qint64 seq, const QString &table, const QString &rowId, const QString &stationId);

    Result<std::optional<LoggedMutation>> loggedMutation(const QString &deviceId, qint64 deviceSeq);
    Status logMutation(const QString &deviceId, qint64 deviceSeq, const QString &mutationId, const QJsonObject &result);

    // The batch forms the push uses: a few statements per batch instead of several per mutation
    // (platform notes: a statement round trip costs more than the work in it, on PostgreSQL most).
    // Rows of one table by id; absent ids are not in the result.
    Result<QHash<QString, StoredRow>> findMany(const QString &table, const QStringList &rowIds);
    // Upserts; each (table, row id) at most once per call. texts: empty, or per row the JSON text of
    // its data / field_sv / field_by when the caller has it already (an empty text is written here).
    struct RowText
    {
        QByteArray data;
        QByteArray fieldSv;
        QByteArray fieldBy;
        // A cases row's number (row_store.case_no), for a row whose StoredRow carries only its text
        // (its data object is empty).
        QString caseNo;
    };
    Status putMany(const QList<std::pair<std::pair<QString, QString>, StoredRow>> &rows, const QList<RowText> &texts = {});
    // Logged answers of a device for device_seq in [from, to].
    Result<QHash<qint64, LoggedMutation>> loggedMutations(const QString &deviceId, qint64 from, qint64 to);
    // What a push batch starts from: the device's last applied device_seq (0 for a device without
    // one) and its logged answers for device_seq in [from, to]. On PostgreSQL one statement (decision
    // 53: the writer's round trips); on SQLite the two reads.
    struct BatchStart
    {
        qint64 lastDeviceSeq = 0;
        QHash<qint64, LoggedMutation> logged;
    };
    Result<BatchStart> batchStart(const QString &deviceId, qint64 from, qint64 to);
    struct NewLogEntry
    {
        qint64 deviceSeq = 0;
        QString mutationId;
        QByteArray resultText; // the answer as compact JSON (MutationResult::toJsonText)
    };
    Status logMutations(const QString &deviceId, const QList<NewLogEntry> &entries);
    // The end of a push batch: its rows (as putMany), its log entries (as logMutations) and the
    // device's last applied device_seq and last sync time. On PostgreSQL one statement, the writes as
    // data-modifying WITH clauses: one round trip instead of three (decision 53). On SQLite the three
    // statements, as there are no round trips there.
    struct BatchEnd
    {
        QString deviceId;
        QList<NewLogEntry> log;
        qint64 lastDeviceSeq = 0;
    };
    Status writeBatch(const QList<std::pair<std::pair<QString, QString>, StoredRow>> &rows, const QList<RowText> &texts,
                      const BatchEnd &end);
    Status addConflict(const ConflictRecord &record);

    // Rows and revokes of the given stations with seq > since, in seq order, at most limit, as the JSON
    // text of a page's "rows" (made from each row's stored text without parsing and writing it again,
    // decision 21).
    // Objects: "rows" as the protocol has them; Rows: the compact "groups" of decision 32.
    enum class PageForm { Objects, Rows };
    struct PageText
    {
        QByteArray rowsJson; // Rows form: the JSON array of groups
        bool rowsForm = false;
        int rows = 0;
        qint64 nextSince = 0;
        bool hasMore = false;
    };
    Result<PageText> pullText(const QSet<QString> &stationIds, qint64 since, int limit);
    // Bootstrap (a consistent snapshot at seq upTo): rows of the stations with after < sv <= upTo, in
    // sv order, at most limit; only of one table when table is not empty. A row changed after upTo
    // is not in the snapshot: the pull from upTo that follows the last page brings it.
    Result<PageText> snapshotPageText(const QSet<QString> &stationIds, qint64 after, qint64 upTo, int limit,
                                      const QString &table = {}, PageForm form = PageForm::Objects);
    Result<qint64> countUpTo(const QSet<QString> &stationIds, qint64 upTo, const QString &table = {});
    // PostgreSQL: ANALYZE row_store when more than a tenth of it changed since its last analysis (at
    // least 1,000 rows); nothing on SQLite. A bootstrap's pages read `sv > ? ORDER BY sv LIMIT n`: on
    // statistics from before a big push the planner sorted the whole table for every page (decision
    // 41). Returns whether it analysed.
    Result<bool> refreshStaleStatistics();
    // The last seq drawn (committed): a snapshot taken now holds every row with sv <= it.
    Result<qint64> lastSeq();
    // Rows per table and an order-independent checksum of (id, sv) for the stations.
    Result<QJsonObject> checksum(const QSet<QString> &stationIds);

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
