#pragma once
// Maintenance mode: while the configured file exists (an administrator creates it before an upgrade,
// a restore or a database move, and removes it after), every sync and blob request is answered
// 503 with Retry-After, and clients wait that long instead of hammering the server. /health says
// "maintenance". Checked per request (one stat), so no restart is needed to switch it.

#include <QHttpServerResponse>
#include <QString>
#include <optional>

namespace zt::server {

class MaintenanceMode
{
public:
    MaintenanceMode(QString file, int retryAfterSeconds) : m_file(std::move(file)), m_retryAfter(retryAfterSeconds) {}

    bool active() const;
    // The 503 answer while active; nullopt otherwise.
    std::optional<QHttpServerResponse> refusal() const;

private:
    QString m_file;
    int m_retryAfter;
};

} // namespace zt::server
