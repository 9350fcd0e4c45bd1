#pragma once
// Attachments' bytes (sync-protocol.md "Attachments"), content-addressed by SHA-256:
//   HEAD /blobs/{sha}                       200 + Blob-Size: the server has it; 404 + Upload-Offset: how
//                                           much of this account's upload it holds (resume from there)
//   PUT  /blobs/{sha}?offset=N&size=TOTAL   one chunk (<= 1 MiB) at N; the last chunk makes the
//                                           server check the hash: 201 stored, 422 wrong hash
//   GET  /blobs/{sha}  (Range: bytes=N-)    206 with at most a 4 MiB slice and Content-Range
// Scope: a device may read or upload a blob only when an attachment row in its scope names the hash;
// otherwise 404 (read) or 403 (upload), logged as blob.refused.

#include "ServerConfig.h"
#include "common/Result.h"
#include "storage/BlobFolder.h"

#include <QHttpServerResponse>
#include <functional>
#include <memory>

class QHttpServer;

namespace zt::server {

class BlobRepository;
class MaintenanceMode;
class ServerDatabase;
struct Scope;

class BlobEndpoints
{
public:
    using Authorise = std::function<Result<Scope>(const QHttpServerRequest &)>;

    BlobEndpoints(const ServerConfig &config, ServerDatabase &db, const MaintenanceMode &maintenance, Authorise authorise);
    ~BlobEndpoints();

    Status init();
    void addRoutes(QHttpServer &server);

private:
    QHttpServerResponse head(const QString &sha256, const QHttpServerRequest &request);
    QHttpServerResponse put(const QString &sha256, const QHttpServerRequest &request);
    QHttpServerResponse get(const QString &sha256, const QHttpServerRequest &request);
    // Authorises the request and checks that the hash is in the device's scope; an answer when refused.
    std::optional<QHttpServerResponse> refuse(const QString &sha256, const QHttpServerRequest &request,
                                              const char *operation, Scope *scope);

    const ServerConfig &m_config;
    const MaintenanceMode &m_maintenance;
    Authorise m_authorise;
    BlobFolder m_folder;
    std::unique_ptr<BlobRepository> m_repository;
};

} // namespace zt::server
