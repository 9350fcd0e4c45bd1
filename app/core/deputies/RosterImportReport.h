#pragma once
// What a roster import did: how many deputies were added or updated, and every row left out with its
// line number and the reason, in words staff can act on.

#include <QList>
#include <QString>
#include <QStringList>

namespace zt {

struct RosterProblem
{
    int line = 0; // line of the CSV file or row of the spreadsheet, 1-based, as the user's program shows it
    QString message;
};

struct RosterImportReport
{
    int rowsRead = 0; // data rows, not counting the header
    int added = 0;
    int updated = 0;
    QList<RosterProblem> problems;
    QStringList ignoredColumns; // headers the importer does not know, left unread
};

} // namespace zt
