#pragma once
// POST /sync/v1/fork: a device whose push met `409 fork` (its store was copied to another PC or
// restored from a backup, and the other copy pushed first under the same device id) becomes a new
// device under the same account, without a password: it proves itself with the old device's token.
// Body: {new_device_id, device_name?, next_device_seq, mutations: [{device_seq, mutation_id}]} (its
// unanswered outbox). The server answers which of them it already has from the twin (the same
// mutation id under the old device: they were made before the copy and must not be applied twice)
// and enrols the new device to expect the lowest of the others first:
// {device_id, refresh_token, access_token, expires_in, known: [device_seq...], first_device_seq}.

#include "ServerConfig.h"
#include "common/Result.h"

#include <QHttpServerResponse>
#include <functional>

namespace zt::server {

class AccountRepository;
class MaintenanceMode;
class RowStore;
class ServerDatabase;
struct Scope;

class ForkEndpoint
{
public:
    using Authorise = std::function<Result<Scope>(const QHttpServerRequest &)>;

    ForkEndpoint(const ServerConfig &config, ServerDatabase &db, AccountRepository &accounts, RowStore &rows,
                 const MaintenanceMode &maintenance, Authorise authorise);
    QHttpServerResponse handle(const QHttpServerRequest &request);

private:
    const ServerConfig &m_config;
    ServerDatabase &m_db;
    AccountRepository &m_accounts;
    RowStore &m_rows;
    const MaintenanceMode &m_maintenance;
    Authorise m_authorise;
};

} // namespace zt::server
