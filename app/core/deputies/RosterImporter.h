#pragma once
// Imports a deputy roster (代表名册) from the rows of a CSV or XLSX file with Chinese column headers
// (姓名, 性别, 代表层级/级别, 选区, 职业, 专长, 联系电话, 任期 or 任期开始/任期结束, 联络站/联络点).
//
// Every row is checked before anything is written; a bad row is reported with its line and reason and
// left out, the good rows are written together in ONE WriteTransaction: the import is all of the good
// rows or (when the disk write fails) none of them, never half a file. A deputy already on the roster
// (same name and level) is updated in place, keeping its id, photo and history.

#include "common/Result.h"
#include "deputies/RosterImportReport.h"
#include "deputies/SheetRow.h"
#include "domain/Deputy.h"

#include <QCoreApplication>

namespace zt {

class Store;

class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)
public:
    explicit RosterImporter(Store &store) : m_store(store) {}

    // Errors for the whole file: roster.empty, roster.no_header (no 姓名 and 级别 columns in the first
    // rows), roster.write_failed (nothing written).
    Result<RosterImportReport> import(const QList<SheetRow> &rows);
    Result<RosterImportReport> importFile(const QString &path);

    // Parsers for one cell, public for tests; an empty optional/invalid result means the text is wrong.
    static QString levelFromText(const QString &text);
    static bool termFromText(const QString &text, QDate *start, QDate *end);
    static bool isPhoneNumber(const QString &text);
    static QStringList tagsFromText(const QString &text);

private:
    Store &m_store;
};

} // namespace zt
