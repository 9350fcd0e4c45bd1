#pragma once
// The HTTP(S) face of the server: routes, authentication, body limits and the access log. Handlers
// are thin; the work is in PushProcessor, RowStore and AccountRepository. One instance per server
// thread (HttpWorker), each with its own database connection; everything it owns is used only on
// that thread.

#include "ServerConfig.h"
#include "common/Result.h"
#include "storage/RowStore.h"
#include "sync/DevicePushOrder.h"
#include "sync/Scope.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpServer;

namespace zt::server {

class AccountRepository;
class BlobEndpoints;
class ForkEndpoint;
class MaintenanceMode;
class PushProcessor;
class RowStore;
class RowValidator;
class ServerDatabase;
struct Scope;

class SyncHttpServer
{
public:
    SyncHttpServer(const ServerConfig &config, ServerDatabase &db);
    ~SyncHttpServer();

    Status init();
    // Serves the connections this socket server hands out (it becomes a child of the HTTP server).
    void bind(QTcpServer *sockets);

    // The TLS set-up from the configured certificate and key; nullopt when the server speaks plain
    // HTTP (behind a TLS-terminating proxy).
    static Result<std::optional<QSslConfiguration>> tlsConfiguration(const ServerConfig &config);

private:
    QHttpServerResponse health();
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse refresh(const QHttpServerRequest &request);
    // Answered later, when the push writer has committed the batch (decision 45): this thread goes
    // on with its other connections meanwhile.
    void push(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    QHttpServerResponse checksum(const QHttpServerRequest &request);
    QHttpServerResponse bootstrap(const QHttpServerRequest &request);
    // 426 when the request's schema=N (the client's store schema) is below the supported range.
    std::optional<QHttpServerResponse> refuseOldClient(const QHttpServerRequest &request) const;
    // A pull or bootstrap page's JSON up to its common keys, without the closing brace.
    QByteArray pageBody(const RowStore::PageText &page) const;
    void announcePushLimit(QJsonObject &answer) const;
    void touch(const QString &deviceId);

    // Runs a route's handler and notes its wall and thread CPU time for the access log line.
    template<typename Handler>
    QHttpServerResponse timed(Handler &&handler);

    // Sends the answers earlier requests on this thread wrote (see the .cpp for why).
    void flushAnswers();
    // A push whose request headers have come in (its body may still be on its way) is noted in
    // DevicePushOrder at once when it names its first device_seq (X-ZT-First-Seq) and carries a valid
    // token, so the device's next batch waits for it instead of guessing (decision 46).
    void watchConnection(QTcpSocket *socket);
    void noteArrivingPush(QTcpSocket *socket);

    Result<Scope> authorise(const QHttpServerRequest &request);
    std::optional<QHttpServerResponse> refuseLargeBody(const QHttpServerRequest &request, qint64 limit) const;

    ServerConfig m_config;
    ServerDatabase &m_db;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<RowStore> m_rows;
    std::unique_ptr<RowValidator> m_validator;
    std::unique_ptr<PushProcessor> m_push;
    std::unique_ptr<MaintenanceMode> m_maintenance;
    std::unique_ptr<BlobEndpoints> m_blobs;
    std::unique_ptr<ForkEndpoint> m_fork;
    // Pushes noted from their headers (noteArrivingPush), by connection, until their handler has
    // handed the batch on, or the connection is gone. Only this thread touches it. The scope its token
    // gave is the handler's when the request carries the same Authorization header: the token is
    // checked once a push (a 3-table join; it was twice), milliseconds before the handler runs.
    struct ArrivingPush
    {
        DevicePushOrder::Ticket ticket;
        QByteArray authorization;
        Scope scope;
    };
    std::unordered_map<QTcpSocket *, ArrivingPush> m_arriving;
    // Declared last: destroyed first, with its sockets (whose destroyed() slots use m_arriving).
    QHttpServer m_server;
};

} // namespace zt::server
