#include "http/HttpWorker.h"

#include "http/SyncHttpServer.h"
#include "http/WorkerSocketServer.h"
#include "storage/ServerDatabase.h"

#include <algorithm>
#include <cerrno>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

namespace zt::server {

namespace {

constexpr int kRequestThreadNice = 5;

} // namespace

HttpWorker::HttpWorker(const ServerConfig &config, const std::optional<QSslConfiguration> &tls, int index)
    : m_config(config), m_tls(tls), m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("http-%1").arg(index));
    m_context->moveToThread(&m_thread);
}

HttpWorker::~HttpWorker()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_context.get(), [this] { tearDown(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

Status HttpWorker::start(qintptr listeningSocket)
{
    m_thread.start();
    Status status;
    QMetaObject::invokeMethod(m_context.get(), [&] { status = build(listeningSocket); }, Qt::BlockingQueuedConnection);
    return status;
}

Status HttpWorker::build(qintptr listeningSocket)
{
#ifdef Q_OS_LINUX
    // The push writer (decision 45) is the one serial part of a burst: every push waits for it, while
    // the request threads' work runs side by side. On Linux a thread's nice value is its own: the
    // request threads yield to the writer (about a third of its CPU share each when all are runnable),
    // and nothing changes while the writer is idle. No privilege is needed to lower one's own priority.
    const auto thread = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(19, nice + kRequestThreadNice));
#endif
    auto db = ServerDatabase::connect(m_config);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_http = std::make_unique<SyncHttpServer>(m_config, *m_db);
    if (Status s = m_http->init(); !s)
        return s;
    auto *sockets = new WorkerSocketServer(m_tls);
    if (!sockets->setSocketDescriptor(listeningSocket)) {
        delete sockets;
        ::close(int(listeningSocket));
        return Error{QStringLiteral("server.listen_failed"), QStringLiteral("A server thread cannot accept on the port.")};
    }
    m_http->bind(sockets); // the HTTP server owns it from here
    return {};
}

void HttpWorker::tearDown()
{
    // The HTTP server (with its sockets and prepared statements) before the connection it uses.
    m_http.reset();
    m_db.reset();
}

} // namespace zt::server
