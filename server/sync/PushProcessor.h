#pragma once
// Applies one pushed batch in one database transaction (sync-protocol.md, "Push"): at most once per
// (device, device_seq), 409 on a gap or a fork, field-by-field against base_sv with the ownership
// rules, permanent refusals answered `rejected` without blocking the rest.

#include "sync/MutationResult.h"
#include "sync/PushBatch.h"
#include "sync/Scope.h"

#include <QJsonObject>

namespace zt::server {

class AccountRepository;
class RowStore;
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

    ServerDatabase &m_db;
    AccountRepository &m_accounts;
    RowStore &m_rows;
    RowValidator &m_validator;
};

} // namespace zt::server
