#pragma once
// `zhitongche-server admin --config FILE WHAT VERB [options]`: districts, stations, accounts, staff
// users and devices. Exit codes as ztctl: 0 ok, 1 failed, 2 bad usage.

#include <QStringList>

namespace zt::server {

class AdminCli
{
public:
    // arguments: everything after "admin".
    static int run(const QStringList &arguments);
};

} // namespace zt::server
