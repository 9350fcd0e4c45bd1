#include "http/MaintenanceMode.h"

#include <QFileInfo>
#include <QJsonObject>

namespace zt::server {

bool MaintenanceMode::active() const
{
    return !m_file.isEmpty() && QFileInfo::exists(m_file);
}

std::optional<QHttpServerResponse> MaintenanceMode::refusal() const
{
    if (!active())
        return std::nullopt;
    QHttpServerResponse response(QJsonObject{{QStringLiteral("error"), QStringLiteral("maintenance")},
                                             {QStringLiteral("reason"), QStringLiteral("the server is under maintenance")},
                                             {QStringLiteral("retry_after"), m_retryAfter}},
                                 QHttpServerResponse::StatusCode::ServiceUnavailable);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfter));
    return response;
}

} // namespace zt::server
