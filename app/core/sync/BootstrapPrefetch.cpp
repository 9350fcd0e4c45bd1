#include "sync/BootstrapPrefetch.h"

#include "sync/PageRowScanner.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace zt::sync {

BootstrapPrefetch::BootstrapPrefetch(Hooks hooks) : m_hooks(std::move(hooks))
{
}

BootstrapPrefetch::~BootstrapPrefetch()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        // The reply lives on the fetching thread: abort it there (a posted call; if the reply is
        // deleted first, the call is dropped with it).
        if (m_inFlight)
            QMetaObject::invokeMethod(m_inFlight, &QNetworkReply::abort, Qt::QueuedConnection);
    }
    m_changed.notify_all();
    m_thread->wait();
}

void BootstrapPrefetch::fetch(const QNetworkRequest &request)
{
    {
        std::lock_guard lock(m_mutex);
        Q_ASSERT(!m_busy);
        m_request = request;
        m_busy = true;
    }
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("bootstrap fetch"));
        m_thread->start();
    }
    m_changed.notify_all();
}

BootstrapPrefetch::Page BootstrapPrefetch::take()
{
    std::unique_lock lock(m_mutex);
    while (m_ready.empty()) {
        if (!m_busy) {
            // Nothing was asked for: a caller's mistake, reported rather than waited for forever.
            Page nothing;
            nothing.transport = Error{QStringLiteral("sync.internal"), tr("The sync stopped: no page of the server's data was asked for.")};
            return nothing;
        }
        // The fetching thread quits this loop (a posted call) when it hands a page over; posted before
        // exec() starts, it is delivered as soon as it does.
        QEventLoop loop;
        m_waiter = &loop;
        lock.unlock();
        const int code = loop.exec(QEventLoop::ExcludeUserInputEvents);
        lock.lock();
        m_waiter = nullptr;
        if (code < 0 && m_ready.empty()) {
            // This thread is quitting (the window closes during a sync, QThread::quit): from now on
            // every event loop here returns at once, so waiting on would spin until the page came.
            Page stopped;
            stopped.transport = Error{QStringLiteral("sync.cancelled"), tr("Sync was stopped; it goes on from here next time.")};
            return stopped;
        }
    }
    Page page = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return page;
}

int BootstrapPrefetch::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

void BootstrapPrefetch::run()
{
    // Its own network access (a manager belongs to the thread that made it): one more TLS connection.
    QNetworkAccessManager network;
    for (;;) {
        QNetworkRequest request;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_request.has_value(); });
            if (m_stop)
                return;
            request = *m_request;
            m_request.reset();
        }
        bool more = true;
        while (more) {
            Page page;
            if (!receive(network, request, page))
                return;
            QString nextToken;
            if (page.status == 200) {
                page.scanned = PageRowScanner::scan(page.body);
                const Result<RowPage> &scanned = *page.scanned;
                if (scanned && scanned->rowsForm && scanned->hasMore && !scanned->pageToken.isEmpty()) {
                    nextToken = scanned->pageToken;
                    page.continued = true;
                }
            }
            more = page.continued;
            {
                // One page waits for the store's thread at most; this one waits here until that one is taken.
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.empty(); });
                if (m_stop)
                    return;
                m_ready.push_back(std::move(page));
                if (!more)
                    m_busy = false;
                if (m_waiter)
                    QMetaObject::invokeMethod(m_waiter, &QEventLoop::quit, Qt::QueuedConnection);
            }
            if (more)
                request.setUrl(m_hooks.urlAfter(nextToken));
        }
    }
}

bool BootstrapPrefetch::receive(QNetworkAccessManager &network, const QNetworkRequest &request, Page &page)
{
    QNetworkReply *reply = network.get(request);
    m_hooks.watch(reply);
    {
        std::lock_guard lock(m_mutex);
        if (m_stop) {
            reply->abort();
            delete reply;
            return false;
        }
        m_inFlight = reply;
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    bool stopped = false;
    {
        std::lock_guard lock(m_mutex);
        m_inFlight = nullptr;
        stopped = m_stop;
        if (!stopped)
            ++m_received;
    }
    if (!stopped) {
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (page.status == 0 || reply->property("zt_pin_mismatch").toBool()) {
            page.status = 0;
            page.transport = m_hooks.transportError(reply);
        } else {
            page.body = reply->readAll();
            page.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        }
    }
    // Finished and out of its signal: deleted now (this thread runs no outer event loop that would
    // ever get to a deleteLater()).
    delete reply;
    return !stopped;
}

} // namespace zt::sync
