#pragma once
// The server's copy of every synced row (latest version only), the at-most-once log of applied
// mutations, recorded conflicts and revokes. All SQL of the sync path lives here.

#include "common/Result.h"
#include "sync/MutationResult.h"
#include "sync/PullPage.h"

#include <QJsonObject>
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
    Status put(const QString &table, const QString &rowId, const StoredRow &row);
    Status addRevoke(qint64 seq, const QString &table, const QString &rowId, const QString &stationId);

    Result<std::optional<LoggedMutation>> loggedMutation(const QString &deviceId, qint64 deviceSeq);
    Status logMutation(const QString &deviceId, qint64 deviceSeq, const QString &mutationId, const QJsonObject &result);
    Status addConflict(const ConflictRecord &record);

    // Rows and revokes of the given stations with seq > since, in seq order, at most limit.
    Result<sync::PullPage> pull(const QSet<QString> &stationIds, qint64 since, int limit);
    // Rows per table and an order-independent checksum of (id, sv) for the stations.
    Result<QJsonObject> checksum(const QSet<QString> &stationIds);

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
