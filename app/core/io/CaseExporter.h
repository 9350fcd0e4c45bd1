#pragma once
// Exports cases with every date of their closed loop (registered, assigned, deadline, replied, fed back,
// rated, closed) to CSV (UTF-8 with BOM, so Excel and WPS open it) or XLSX. The columns are the station ledger's
// (接待台账) Chinese headers, so an export is also a ledger that LedgerImporter reads back. Phone and ID numbers
// are masked unless the role may see personal data.
//
// Long for a big store: run it off the GUI thread on the worker's own Store, with progress and cancel.

#include "common/Result.h"
#include "io/CaseExportRow.h"
#include "models/CaseFilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace zt {

class Store;

struct CaseExportOptions
{
    CaseFilter filter;  // which cases (the case list's filter; its sort is ignored: registration order)
    QString role;       // Role code of the user exporting; decides masking
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr; // set from any thread: stops and removes the partial file
};

class CaseExporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseExporter)
public:
    explicit CaseExporter(Store &store);
    // On a connection of its own (a worker thread's read connection to the same file); stationId is the
    // store's own station, which the filter's scope is checked against.
    CaseExporter(QSqlDatabase db, QString stationId);

    // The number of cases written. Error codes: export.write_failed, export.cancelled, export.read_failed,
    // access.denied (the filter reaches other stations and the role may not see them).
    Result<qint64> writeCsv(const QString &path, const CaseExportOptions &options = {});
    Result<qint64> writeXlsx(const QString &path, const CaseExportOptions &options = {});

    static QStringList headers();
    // One row's cells in header order; dates as YYYY-MM-DD.
    static QStringList cells(const CaseExportRow &row, bool showPersonalData);
    // Which cells are dates (for XLSX date cells).
    static bool isDateColumn(int column);
    // One CSV record (quoted where needed, formula-like cells written as text), UTF-8, CRLF.
    static QByteArray csvLine(const QStringList &cells);

private:
    Result<qint64> write(const QString &path, const CaseExportOptions &options,
                         const std::function<bool(const QStringList &, const CaseExportRow &)> &writeRow);

    QSqlDatabase m_db;
    QString m_stationId;
};

} // namespace zt
