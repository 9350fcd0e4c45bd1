#pragma once
// Reads a bootstrap page in the compact form (format=rows, server/README decision 32) straight from its
// UTF-8 text into a RowPage: no QJsonDocument, no QJsonObject per row, no QString per value. A page
// that is not exactly valid JSON of that form (bad syntax, invalid UTF-8, a row with more or fewer
// values than its group's columns, a group without table or columns) is an error and nothing of it
// is returned, so nothing of it is applied. A page in the object form (a server that ignored
// format=rows) comes back with rowsForm false, for the caller to read the old way.

#include "common/Result.h"
#include "sync/RowPage.h"

#include <QCoreApplication>

namespace zt::sync {

class PageRowScanner
{
    Q_DECLARE_TR_FUNCTIONS(PageRowScanner)
public:
    static Result<RowPage> scan(const QByteArray &body);
};

} // namespace zt::sync
