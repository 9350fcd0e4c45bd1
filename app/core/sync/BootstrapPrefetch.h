#pragma once
// Fetches and scans bootstrap pages on a thread of its own, so the store's thread only applies them.
//
// The store's thread applies page N (SQLite) while this thread receives page N+1 from the server and
// scans it (PageRowScanner), and then already asks for N+2: the second core reads and scans while the
// first writes. Before, the reply's bytes were taken in and scanned on the store's thread between two
// applies (~12 % of a bootstrap's client CPU; TLS itself already ran on Qt's network thread).
//
// Bounded: at most one scanned page waits for the store's thread, and at most one more is being
// received; the thread then waits until the store's thread takes one. It goes on by itself only after
// a page in the compact form that says has_more and names the next page's token; after anything else
// (another status, a cut, a damaged page, the object form, the last page) it stops and hands that over
// as it is, and the caller decides (refresh the token and ask again, start a new snapshot after 410,
// fail, or ask for the next page itself). Nothing here writes the store or the cursor: the caller
// applies each page and saves its cursor in the page's transaction, in order, so a Stop, a cut or a
// kill leaves exactly the pages that were applied, whatever was fetched ahead (dropped unread).

#include "common/Result.h"
#include "sync/RowPage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrl>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace zt::sync {

class BootstrapPrefetch
{
    Q_DECLARE_TR_FUNCTIONS(BootstrapPrefetch)
public:
    struct Hooks
    {
        // The URL of the page that follows a page with this page_token.
        std::function<QUrl(const QString &pageToken)> urlAfter;
        // Called on this object's thread right after each request is sent (the key pin check).
        std::function<void(QNetworkReply *)> watch;
        // The error of a reply without an HTTP answer (offline, TLS, pin); called on this object's thread.
        std::function<Error(QNetworkReply *)> transportError;
    };

    struct Page
    {
        int status = 0;         // 0: no HTTP answer, see transport
        QByteArray body;
        QByteArray retryAfter;  // the Retry-After header as sent (empty: none)
        Error transport;
        // Scanned here when the status was 200 (the object form comes back with rowsForm false).
        std::optional<Result<RowPage>> scanned;
        // Whether this thread went on to the page after this one (the next take() delivers it).
        bool continued = false;
    };

    explicit BootstrapPrefetch(Hooks hooks);
    // Stops the thread: what is being received is aborted and what waits is dropped.
    ~BootstrapPrefetch();
    BootstrapPrefetch(const BootstrapPrefetch &) = delete;
    BootstrapPrefetch &operator=(const BootstrapPrefetch &) = delete;

    // Asks for a page (the request carries the URL, TLS set-up and access token). Only when the last
    // page taken did not continue (or before the first): one chain of pages at a time.
    void fetch(const QNetworkRequest &request);
    // The next page, in order; waits for it while running the calling thread's event loop (as a
    // blocking network call on that thread does).
    Page take();

    // Pages received so far in this object's life (tests: how far ahead it went).
    int received() const;

private:
    void run();
    // Receives one page on this object's thread; false when stopped meanwhile.
    bool receive(QNetworkAccessManager &network, const QNetworkRequest &request, Page &page);

    Hooks m_hooks;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<QNetworkRequest> m_request; // the next chain to start
    std::deque<Page> m_ready;                 // at most one
    QNetworkReply *m_inFlight = nullptr;      // lives on the fetching thread
    QEventLoop *m_waiter = nullptr;           // the taker's loop, while it waits
    int m_received = 0;
    bool m_busy = false; // a chain was asked for and its last page is not handed over yet
    bool m_stop = false;
};

} // namespace zt::sync
