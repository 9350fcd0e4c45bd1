#pragma once
// Turns a station's ledger (接待台账, CSV or XLSX) into visits and cases with their whole history: each row a
// visit, a case and the case's events replayed through CaseWorkflow at the ledger's dates, all in one
// transaction per row. A bad row is refused with its line and a reason and the rest imports; a row imported
// before (same fingerprint) is skipped, so importing the same file twice creates nothing twice.
//
// Long: run it off the GUI thread on the worker's own Store (Store::open on the same file), with progress and
// cancel; the GUI's models reload when it reports back (emit Store::changed("cases") on the GUI's store).

#include "common/Result.h"
#include "io/LedgerColumns.h"
#include "io/LedgerFile.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <atomic>
#include <functional>
#include <optional>

namespace zt {

class Store;
class WriteTransaction;

struct LedgerRowProblem
{
    int line = 0; // the row's line in the file (spreadsheet row number), 1-based
    QString reason;
};

struct LedgerImportReport
{
    int rows = 0;            // data rows read (header and blank rows aside)
    int imported = 0;        // new cases
    int alreadyImported = 0; // rows found from an earlier import (or twice in this file)
    QList<LedgerRowProblem> refused;
    bool cancelled = false;  // stopped early; the rows before were imported
};

struct LedgerImportOptions
{
    // The mapping to use; nullopt: guessed from the headers (LedgerColumns::fromHeaders).
    std::optional<LedgerColumns> columns;
    // Called after each row with the rows done and the total; on the importing thread.
    std::function<void(int done, int total)> progress;
    // Set from any thread to stop after the current row.
    const std::atomic_bool *cancel = nullptr;
};

class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)
public:
    explicit LedgerImporter(Store &store);

    // Error (nothing imported) when the file cannot be read or lacks a required column: codes io.*,
    // import.missing_columns.
    Result<LedgerImportReport> importFile(const QString &path, const LedgerImportOptions &options = {});
    Result<LedgerImportReport> importContent(const LedgerFile::Content &content, const LedgerImportOptions &options);

    // The row's identity for "already imported": a hash of its mapped cells, trimmed.
    static QString fingerprint(const LedgerColumns &columns, const QStringList &cells);
    // Rows that assign their case to a department (交办部门) need the AssignCases permission, which station staff
    // do not hold: for such a user they are refused, with assignmentRefusal() as the reason, and the rest imports;
    // a station head imports them later from the same file (the rows imported before are skipped). How many rows
    // of content that is for the store's signed-in user, not counting rows imported before; 0 when the user may
    // assign. For the import dialog's preview, before anything is imported.
    static int rowsNeedingAssignment(Store &store, const LedgerFile::Content &content, const LedgerColumns &columns);
    static QString assignmentRefusal();
    // The refused rows as CSV (line, reason), UTF-8 with the BOM Excel and WPS need, for the user to correct the
    // ledger with.
    static QByteArray refusedRowsCsv(const LedgerImportReport &report);

private:
    struct Lookups;
    Status importRow(const QStringList &cells, const LedgerColumns &columns, const QString &fingerprint);
    Status loadLookups();

    Store &m_store;
    WorkingDayCalendar m_calendar;
    QString m_stationCode;
    bool m_mayAssign = true; // the signed-in user holds AssignCases
    QHash<QString, QString> m_deputies;    // name -> id
    QHash<QString, QString> m_departments; // name -> id
    QHash<QString, QString> m_categories;  // name or code -> id
    QHash<QString, QString> m_communities; // name (and short name) -> division code
};

} // namespace zt
