// BootstrapPrefetch on its own: the store's thread waits in take() for a page the fetching thread
// receives. When that thread is told to quit while it waits (the window closes during a bootstrap), take()
// returns a stopped page instead of spinning until the server answers (every event loop of a quitting
// thread returns at once). The server here takes the connection and never answers.

#include "sync/BootstrapPrefetch.h"

#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace zt;
using namespace zt::sync;

class tst_BootstrapPrefetch : public QObject
{
    Q_OBJECT

private slots:
    void takeStopsWhenItsThreadQuits()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        BootstrapPrefetch::Hooks hooks;
        hooks.urlAfter = [](const QString &) { return QUrl(); };
        hooks.watch = [](QNetworkReply *) {};
        hooks.transportError = [](QNetworkReply *reply) { return Error{QStringLiteral("sync.offline"), reply->errorString()}; };
        BootstrapPrefetch prefetch(hooks);
        BootstrapPrefetch::Page page;
        bool took = false;
        std::unique_ptr<QThread> store(QThread::create([&] {
            prefetch.fetch(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/bootstrap").arg(silent.serverPort()))));
            page = prefetch.take();
            took = true;
        }));
        store->start();
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 15'000); // the request is out; no answer will come
        QTest::qWait(200);                                  // the store's thread waits in take()
        QVERIFY(!took);
        store->quit();
        QVERIFY2(store->wait(30'000), "take() kept waiting after its thread was told to quit");
        QVERIFY(took);
        QCOMPARE(page.status, 0);
        QCOMPARE(page.transport.code, QStringLiteral("sync.cancelled"));
    }
};

QTEST_GUILESS_MAIN(tst_BootstrapPrefetch)
#include "tst_bootstrapprefetch.moc"
