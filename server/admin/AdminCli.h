#pragma once
// `zhitongche-server admin --config FILE WHAT VERB [options]`: districts, stations, accounts, staff
// users and devices; tombstone purge and blob garbage collection. Exit codes as ztctl: 0 ok, 1 failed, 2 bad usage.

#include <QStringList>

namespace zt::server {

class ServerDatabase;
struct ServerConfig;

class AdminCli
{
public:
    // arguments: everything after "admin". `script FILE` runs one command a line (same syntax,
    // without "--config"), stopping at the first failure: provisioning a district in one go.
    static int run(const QStringList &arguments);

private:
    static int runOne(const ServerConfig &config, ServerDatabase &db, const QStringList &arguments);
};

} // namespace zt::server
