#pragma once
// Applies one pushed batch in one database transaction (sync-protocol.md, "Push"): at most once per
// (device, device_seq), 409 on a gap or a fork, field-by-field against base_sv with the ownership
// rules, permanent refusals answered `rejected` without blocking the rest.

#include "storage/RowStore.h"
#include "sync/MutationResult.h"
#include "sync/PushBatch.h"
#include "sync/Scope.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace zt::server {

class AccountRepository;
class RowValidator;
class ServerDatabase;

struct PushOutcome
{
    int httpStatus = 200;
    QJsonObject body;
};

class PushProcessor
{
public:
    PushProcessor(ServerDatabase &db, AccountRepository &accounts, RowStore &rows, RowValidator &validator);

    PushOutcome push(const Scope &scope, const sync::PushBatch &batch);

    static QString serverTime();

private:
    struct Applied
    {
        bool ok = true;   // false: a database error, the whole batch fails
        QString dbError;
        sync::MutationResult result;
    };
    Applied applyOne(const Scope &scope, const sync::Mutation &m);
    Applied reject(const Scope &scope, const sync::Mutation &m, const QString &code, const QString &reason);
    // The batch's rows, read in one statement per table before the loop and written in a few
    // multi-row upserts after it; later mutations of the batch see the earlier ones' results here.
    Status preloadRows(const QList<const sync::Mutation *> &fresh);
    Result<std::optional<StoredRow>> row(const QString &table, const QString &rowId);
    void putRow(const QString &table, const QString &rowId, const StoredRow &row);
    Status writeRows();
    static QString rowKey(const QString &table, const QString &rowId) { return table + QChar(0x1f) + rowId; }

    ServerDatabase &m_db;
    AccountRepository &m_accounts;
    RowStore &m_rows;
    RowValidator &m_validator;
    QHash<QString, std::optional<StoredRow>> m_batchRows;
    QStringList m_dirty; // keys of m_batchRows to write, first-written first
    QSet<QString> m_dirtySet;
};

} // namespace zt::server
