#include "StatisticsWorker.h"

#include "stats/FigureCalculator.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QThread>
#include <QtConcurrent>

namespace zt {

namespace {

std::optional<PeriodStatistics> compute(const QString &path, const StatsScope &scope, const StatsPeriod &period,
                                        const QDate &today, quint64 generation, std::shared_ptr<std::atomic_bool> cancel)
{
    const QString name = QStringLiteral("zt-stats-%1-%2")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
                             .arg(generation);
    std::optional<PeriodStatistics> result;
    {
        const auto opened = Database::openExtraConnection(path, name);
        if (!opened)
            return result;
        QSqlDatabase db = QSqlDatabase::database(name);
        const FigureCalculator calculator(db, WorkingDayCalendar::fromStore(db));
        PeriodStatistics s = calculator.statistics(scope, period, today, cancel.get());
        if (!cancel->load())
            result = std::move(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

StatisticsWorker::StatisticsWorker(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StatisticsWorker::onFinished);
}

StatisticsWorker::~StatisticsWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void StatisticsWorker::request(const StatsScope &scope, const StatsPeriod &period, const QDate &today)
{
    m_pending = Request{scope, period, today};
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // it stops between queries; onFinished() then starts this request
        return;
    }
    startPending();
}

void StatisticsWorker::startPending()
{
    const Request r = *m_pending;
    m_pending.reset();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(compute, m_storePath, r.scope, r.period, r.today, ++m_runs, m_cancel));
}

void StatisticsWorker::onFinished()
{
    if (m_pending) {
        startPending();
        return;
    }
    const auto result = m_watcher.result();
    if (result)
        emit finished(*result);
    else
        emit failed(tr("The figures could not be computed. Check the store with ztctl check."));
}

} // namespace zt
