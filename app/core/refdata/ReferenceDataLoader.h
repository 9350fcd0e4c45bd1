#pragma once
// Fills the store's local reference tables (division, calendar_day) from the CSV files embedded in the
// program, and refills them only when an embedded file changed.

#include "common/Result.h"
#include "refdata/CalendarDay.h"
#include "refdata/Division.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace zt {

class ReferenceDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataLoader)
public:
    // Dataset names as recorded in reference_data.dataset.
    static QString divisionsDataset() { return QStringLiteral("divisions-zhejiang"); }
    static QString calendarDataset() { return QStringLiteral("holidays-cn"); }

    // Call on the store's connection after migrating it (needs schema version 2). Compares each
    // embedded file's version (SHA-1 of its bytes) with the one in reference_data and, for the datasets
    // that differ, replaces the table's content in one transaction. When nothing changed this costs one
    // small SELECT. Error codes: refdata.missing, refdata.malformed (names file and line),
    // refdata.failed (the store refused the write; nothing was changed).
    static Status ensureLoaded(const QSqlDatabase &db);

    // The embedded version of a dataset (hex SHA-1, computed once per process); empty if unknown.
    static QString embeddedVersion(const QString &dataset);
    // The embedded files, parsed and checked.
    static Result<QList<Division>> embeddedDivisions();
    static Result<QList<CalendarDay>> embeddedCalendar();
};

} // namespace zt
