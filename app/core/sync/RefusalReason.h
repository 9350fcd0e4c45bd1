#pragma once
// A change the server refused, in words a station's staff understand: the outbox keeps the server's
// "code: reason" (codes are stable, server README decisions 6 and 22); this turns the code into a
// translated sentence that says what happened and what to do, and keeps the server's own words
// only for a code this version does not know.

#include <QCoreApplication>
#include <QString>

namespace zt {

class RefusalReason
{
    Q_DECLARE_TR_FUNCTIONS(RefusalReason)
public:
    // `lastError` as stored in sync_outbox.last_error ("row_deleted: the record was ...").
    static QString describe(const QString &lastError);
    static QString code(const QString &lastError);
};

} // namespace zt
