#pragma once
// Writes the cases of a filter to an Excel or CSV file off the GUI thread: a busy station's year is
// tens of thousands of cases. The worker reads through a connection of its own to the store's file, so the
// window stays usable; progress and the end come back as signals on the GUI thread.

#include "models/CaseFilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace zt {

class Store;

class CaseExportJob : public QObject
{
    Q_OBJECT
public:
    explicit CaseExportJob(Store &store, QObject *parent = nullptr);
    // Stops a running export (its partial file is removed) and waits for the worker.
    ~CaseExportJob() override;

    // The file's type follows its suffix: .csv writes CSV, anything else an Excel workbook.
    // Phone and ID numbers are masked unless the signed-in user's role may see them.
    void start(const QString &path, const CaseFilter &filter);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressed(qint64 done, qint64 total);
    // ok: count cases were written to the file; otherwise message says why, and no file was left.
    void finished(bool ok, qint64 count, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        qint64 count = 0;
        QString message;
    };

    void report();

    Store &m_store;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace zt
