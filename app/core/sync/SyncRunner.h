#pragma once
// Runs SyncClient on a worker thread on the protocol's schedule: at start, 2 s after a local commit,
// every 5 min +-20 %, and after a failure when SyncBackoff says so; one sync at a time. It opens its
// OWN store on the file (SQLite connections belong to one thread). Create it, moveToThread(), then
// call its slots by queued invocation only; it reports through signals.

#include "sync/SyncBackoff.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QTimer;

namespace zt {

class Store;
class SyncClient;

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(QString storePath, QObject *parent = nullptr);
    ~SyncRunner() override;

    static constexpr int kAfterCommitMsecs = 2'000;
    static constexpr int kPeriodMsecs = 5 * 60'000;

public slots:
    // On the worker thread: opens the store and syncs once if this PC is enrolled.
    void start();
    // Closes the store on the worker thread (call blocking before the thread quits).
    void shutdown();
    void syncNow();
    // A commit on the window's store: sync 2 s later (commits in a burst become one sync).
    void localChanged();
    // Saves the server and CA, enrols with the account and syncs. The password is used once, never kept.
    // keyPin: an optional pin of the server's key (sync/KeyPin), saved with the settings.
    void enrol(const QString &serverUrl, const QString &caFile, const QString &username, const QString &password,
               const QString &keyPin = {});

signals:
    void statusChanged(const zt::SyncStatus &status);
    void enrolFinished(bool ok, const QString &message);
    // Rows a pull changed in the store file, for the window's store to tell its models.
    void rowsChanged(const QString &table, const QStringList &ids);

private:
    void runSync();
    void scheduleNext(qint64 msecs);
    // Copies the client's view of the clock offset into the status the window shows.
    void noteClockOffset();
    void publish();
    void readCounts();
    void closeStore();

    QString m_storePath;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncClient> m_client;
    QTimer *m_debounce = nullptr;
    QTimer *m_next = nullptr;
    sync::SyncBackoff m_backoff;
    SyncStatus m_status;
    bool m_running = false;
    // Runs and enrolments on the stack (they wait for the server in nested event loops), and whether a
    // shutdown asked to close the store once the last of them returns.
    class BusyScope;
    int m_busy = 0;
    bool m_closeWhenIdle = false;
};

} // namespace zt
