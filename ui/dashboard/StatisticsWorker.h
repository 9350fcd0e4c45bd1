#pragma once
// Computes PeriodStatistics off the GUI thread on its own read connection to the store, so a year of a
// million cases never freezes the window. A newer request makes older results stale: they are dropped.

#include "stats/PeriodStatistics.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace zt {

class StatisticsWorker : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsWorker(QString storePath, QObject *parent = nullptr);
    ~StatisticsWorker() override;

    // Starts a computation; a running one is asked to stop and its result is thrown away.
    void request(const StatsScope &scope, const StatsPeriod &period, const QDate &today);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void finished(const zt::PeriodStatistics &statistics);
    void failed(const QString &message);

private:
    struct Request
    {
        StatsScope scope;
        StatsPeriod period;
        QDate today;
    };
    void startPending();
    void onFinished();

    QString m_storePath;
    QFutureWatcher<std::optional<PeriodStatistics>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Request> m_pending; // asked for while another computation was still running
    quint64 m_runs = 0;
};

} // namespace zt
