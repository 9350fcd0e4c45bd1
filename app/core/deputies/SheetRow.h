#pragma once
// One row of a spreadsheet or CSV file as importers read it: where it is (1-based line or spreadsheet
// row, for messages) and its cells as text. Same shape as XlsxReader::Row, so both sources feed one importer.

#include <QStringList>

namespace zt {

struct SheetRow
{
    int line = 0;
    QStringList cells;
};

} // namespace zt
