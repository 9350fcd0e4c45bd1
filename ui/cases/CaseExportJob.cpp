#include "CaseExportJob.h"

#include "io/CaseExporter.h"
#include "security/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QSqlDatabase>
#include <QThread>
#include <QtConcurrent>

namespace zt {

CaseExportJob::CaseExportJob(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CaseExportJob::report);
}

CaseExportJob::~CaseExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void CaseExportJob::start(const QString &path, const CaseFilter &filter)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    CaseExportOptions options;
    options.filter = filter;
    options.role = AccessPolicy::currentRole(m_store);
    options.cancel = m_cancel.get();
    // Called on the worker thread; queued to this object, which waits for the worker before it goes.
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
    };
    const QString dbPath = m_store.path();
    const QString stationId = m_store.stationId();
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    // The cancel flag is kept alive by the lambda as long as the worker runs.
    m_watcher.setFuture(QtConcurrent::run([dbPath, stationId, path, csv, options, cancel = m_cancel] {
        Outcome outcome;
        const QString name = QStringLiteral("zt-export-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
        {
            auto opened = Database::openExtraConnection(dbPath, name);
            if (!opened) {
                outcome.message = opened.error().message;
                return outcome;
            }
            CaseExporter exporter(QSqlDatabase::database(name), stationId);
            auto written = csv ? exporter.writeCsv(path, options) : exporter.writeXlsx(path, options);
            outcome.ok = bool(written);
            if (written)
                outcome.count = written.value();
            else
                outcome.message = written.error().message;
        }
        QSqlDatabase::removeDatabase(name);
        return outcome;
    }));
}

void CaseExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CaseExportJob::report()
{
    const Outcome outcome = m_watcher.result();
    emit finished(outcome.ok, outcome.count, outcome.message);
}

} // namespace zt
