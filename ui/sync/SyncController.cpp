#include "sync/SyncController.h"

#include "common/Clock.h"
#include "storage/Store.h"
#include "sync/SyncRunner.h"

#include <QCoreApplication>
#include <QThread>

namespace zt {

SyncController::SyncController(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_thread(new QThread(this)), m_runner(new SyncRunner(store.path()))
{
    m_thread->setObjectName(QStringLiteral("syncThread"));
    m_runner->moveToThread(m_thread);
    connect(m_runner, &SyncRunner::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_runner, &SyncRunner::enrolFinished, this, &SyncController::enrolFinished);
    // Rows a pull wrote reach the window's models through the window's store.
    connect(m_runner, &SyncRunner::rowsChanged, this,
            [this](const QString &table, const QStringList &ids) { m_store.notifyChanged({{table, ids}}); });
    connect(&m_store, &Store::changed, m_runner, &SyncRunner::localChanged);
    connect(m_thread, &QThread::started, m_runner, &SyncRunner::start);
    m_thread->start();
}

SyncController::~SyncController()
{
    // The runner's store and timers belong to the worker thread: close them there, then stop it.
    QMetaObject::invokeMethod(m_runner, &SyncRunner::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_runner, &SyncRunner::syncNow, Qt::QueuedConnection);
}

void SyncController::enrol(const QString &serverUrl, const QString &caFile, const QString &username,
                           const QString &password, const QString &keyPin)
{
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, serverUrl, caFile, username, password, keyPin] {
            runner->enrol(serverUrl, caFile, username, password, keyPin);
        },
        Qt::QueuedConnection);
}

QString SyncController::clockWarning(const SyncStatus &status, Length length)
{
    return status.clockOffsetKnown ? ClockOffset::warning(status.clockOffsetSeconds, length) : QString();
}

QString SyncController::describe(const SyncStatus &status)
{
    const QString state = describeState(status);
    const QString clock = clockWarning(status, Length::Brief);
    return clock.isEmpty() ? state : state + QStringLiteral(" · ") + clock;
}

QString SyncController::describeState(const SyncStatus &status)
{
    // The time alone today; with the date when the last sync is older (a village point offline for days).
    const QDateTime local = status.lastSyncedAt.toLocalTime();
    const QString last = !status.lastSyncedAt.isValid() ? QString()
                         : local.date() == Clock::nowUtc().toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                                 : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (status.state) {
    case SyncStatus::State::NotConfigured:
        // The shell said this before sync existed; its context keeps the existing translation.
        return QCoreApplication::translate("zt::MainWindow", "Offline (no sync server set)");
    case SyncStatus::State::NotEnrolled:
        return tr("Offline (this PC is not enrolled)");
    case SyncStatus::State::Offline:
        return last.isEmpty() ? tr("Offline") : tr("Offline (last synced at %1)").arg(last);
    case SyncStatus::State::Syncing:
        // What this run is doing now (sending, receiving, checking), once it said so.
        if (!status.message.isEmpty())
            return status.message;
        return status.waiting > 0 ? tr("Syncing: sending %n change(s)…", nullptr, status.waiting) : tr("Syncing…");
    case SyncStatus::State::Synced:
        return tr("Synced at %1").arg(last);
    case SyncStatus::State::Error:
        return tr("Sync failed: %1").arg(status.message);
    }
    return {};
}

} // namespace zt
