#pragma once
// What a case takes along when it moves to another station of the district, and what it leaves
// behind (server/README.md, decision 33). A row may refer only to rows of its own station (every
// PC checks its foreign keys when it stores a pulled page, and holds only its station's rows), so a
// moved case's references to the old station's category, department, deputy, village point and
// reception visit are re-pointed to the receiving station's row of the same code or name, or
// cleared; its events, attachments and notable-case picks move with it; its links to reception visits
// of the old station end (decision 34).

#include "common/Result.h"
#include "storage/RowStore.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace zt::server {

class ServerDatabase;
class StationRows;

class CaseMove
{
public:
    // The push's view of the rows (its batch cache): read a row, write a row back.
    struct RowAccess
    {
        std::function<Result<std::optional<StoredRow>>(const QString &table, const QString &rowId)> read;
        std::function<void(const QString &table, const QString &rowId, const StoredRow &row)> write;
    };

    CaseMove(ServerDatabase &db, RowStore &rows, RowAccess access);

    // The moved case (already at its new station, its version drawn): its references fixed, marked
    // as changed by the device at the case's version; then every row that moves with it gets a
    // revoke for the old station and a new version at the new one.
    Status run(const QString &caseId, const QString &oldStationId, StoredRow &movedCase, const QString &deviceId);

    // The station-scoped reference columns of a table that the receiving station must re-point.
    static QStringList referenceColumns(const QString &table);

private:
    // Re-points or clears the row's references for the station; returns the columns it changed.
    Result<QStringList> fixReferences(const QString &table, QJsonObject &data, const QString &stationId);
    // The receiving station's row that stands for the old station's row (same code, name, ...), or empty.
    Result<QString> counterpart(const QString &table, const QString &oldRowId, const QString &stationId);
    // The row of the old station (nullopt: not there, or already elsewhere) with a revoke for the old
    // station and its new version drawn after it.
    Result<std::optional<StoredRow>> leave(const QString &table, const QString &rowId, const QString &oldStationId);
    // A visit_case link of the moved case: ended, the visit stays with the old station (decision 34);
    // a live one leaves a reported_elsewhere event on the moved case (decision 43).
    Status endLink(const QString &linkId, const QString &caseId, const QString &oldStationId, const StoredRow &movedCase,
                   const QString &deviceId);
    // The case event "a visitor at STATION reported this again on DATE" for an ended link (the link as
    // it was at the old station).
    Status tellReportedElsewhere(const QString &caseId, const StoredRow &link, const StoredRow &movedCase,
                                 const QString &deviceId);
    Status moveRow(const QString &table, const QString &rowId, const QString &oldStationId, const QString &stationId,
                   const QString &deviceId);

    ServerDatabase &m_db;
    RowStore &m_rows;
    RowAccess m_access;
    QHash<QString, QString> m_counterparts; // "table/old id" -> new id ("" = none)
};

} // namespace zt::server
