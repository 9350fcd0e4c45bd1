#pragma once
// Reads cases for an export, with the dates of their closed loop, in registration order, a row at a time.

#include "io/CaseExportRow.h"
#include "models/CaseFilter.h"

#include <QSqlDatabase>
#include <functional>

namespace zt {

class CaseExportReader
{
public:
    // Calls row() for each case the filter lets through (its sort is ignored) in the filter's scope: its
    // district or station when it names one, else stationId (the store's own station); stops
    // when row() returns false. Returns false when the query fails.
    static bool forEach(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter, const QDate &today,
                        const std::function<bool(const CaseExportRow &)> &row, QString *error = nullptr);
    static qint64 count(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter, const QDate &today);
};

} // namespace zt
