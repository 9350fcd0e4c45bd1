#include "sync/RefusalReason.h"

namespace zt {

QString RefusalReason::code(const QString &lastError)
{
    const qsizetype colon = lastError.indexOf(QLatin1Char(':'));
    return (colon < 0 ? lastError : lastError.left(colon)).trimmed();
}

QString RefusalReason::describe(const QString &lastError)
{
    const QString c = code(lastError);
    if (c == QLatin1String("row_deleted"))
        return tr("The record was deleted on another PC, so this change could not be kept.");
    if (c == QLatin1String("out_of_scope"))
        return tr("The record belongs to another station now (or was never this station's), so this PC may not "
                  "change it.");
    if (c == QLatin1String("reference_out_of_scope"))
        return tr("The change names a record of another station (a category, department, deputy, case or visit this "
                  "station does not have), so the server did not take it. Choose one of this station's records instead.");
    if (c == QLatin1String("still_referenced")) {
        // The server's reason starts with how many rows still name the record (decision 42).
        const QString reason = lastError.mid(lastError.indexOf(QLatin1Char(':')) + 1).trimmed();
        const int n = reason.section(QLatin1Char(' '), 0, 0).toInt();
        if (n <= 0)
            return tr("The record was not moved to the other station: records of its station still use it (cases, "
                      "visits or schedules). Change or move those first.");
        return tr("The record was not moved to the other station: %n record(s) of its station still use it (cases, "
                  "visits or schedules). Change or move those first.",
                  nullptr, n);
    }
    if (c == QLatin1String("append_only"))
        return tr("A recorded step of a case cannot be changed afterwards; add a correcting step instead.");
    if (c == QLatin1String("immutable"))
        return tr("An attachment cannot be changed after it was added; delete it and add the right one.");
    if (c == QLatin1String("clock_ahead"))
        return tr("This PC's clock was more than a day ahead when the change was made. Set the PC's date and time.");
    if (c == QLatin1String("duplicate_case_no"))
        return tr("Another case of this station already has this case number, so the number was not changed.");
    if (c == QLatin1String("unknown_row"))
        return tr("The server does not have this record.");
    if (c == QLatin1String("unknown_table") || c == QLatin1String("unknown_field") || c == QLatin1String("bad_hlc")
        || c == QLatin1String("invalid_row") || c == QLatin1String("invalid_value"))
        return tr("The server cannot store this change (%1). This program may be newer or older than the server: "
                  "ask the administrator.")
            .arg(lastError.trimmed());
    return lastError.trimmed();
}

} // namespace zt
