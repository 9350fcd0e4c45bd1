#include "storage/CaseNumberEnd.h"

#include "domain/Codes.h"

#include <QRegularExpression>

namespace zt {

QString CaseNumberEnd::parse(const QString &word)
{
    static const QRegularExpression end(QStringLiteral("^[A-Za-z][0-9]{4,}$"));
    const QString trimmed = word.trimmed();
    return end.match(trimmed).hasMatch() ? trimmed.toUpper() : QString();
}

QString CaseNumberEnd::caseIdsSql()
{
    // The numbers are made, not searched for: the cases' unique index on case_no answers each. The
    // old numbers: LIKE over the few rows of the partial index case_event_renumbered (an end has no
    // wildcard characters: parse() lets through letters and digits only).
    return QStringLiteral(
        "SELECT id FROM cases WHERE case_no IN ("
        "WITH RECURSIVE year(v) AS (SELECT 1990 UNION ALL SELECT v + 1 FROM year WHERE v < ?) "
        "SELECT s.code || '-' || year.v || '-' || ? FROM station s, year) "
        "UNION SELECT case_id FROM case_event WHERE kind = 'renumbered' AND deleted = 0 AND note LIKE ? "
        "UNION SELECT case_id FROM case_renumbered WHERE old_no LIKE ?");
}

QVariantList CaseNumberEnd::binds(const QString &end, int thisYear)
{
    return {thisYear + 1, end, QStringLiteral("%-") + end + CaseEventKind::RenumberedSeparator + QLatin1Char('%'),
            QStringLiteral("%-") + end};
}

} // namespace zt
