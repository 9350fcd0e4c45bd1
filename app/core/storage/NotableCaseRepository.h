#pragma once
// The cases a station picked as notable (典型案例) for the report of a month (notable_case); every pick
// and removal goes through WriteTransaction, so the choice survives a restart and reaches the other PCs.

#include "common/Result.h"
#include "domain/NotableCase.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace zt {

class NotableCaseRepository : public Repository<NotableCase, NotableCaseRepository>
{
    Q_DECLARE_TR_FUNCTIONS(NotableCaseRepository)
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("notable_case"); }
    static QVariantMap toFields(const NotableCase &row);
    static NotableCase fromRecord(const QSqlRecord &record);

    // Picks the case for the report of period ("YYYY-MM"); nothing happens if it is already picked for it.
    Status mark(const QString &caseId, const QString &period) const;
    // Picks the case by its number (as typed on the reports page).
    Status markByNumber(const QString &caseNo, const QString &period) const;
    // Takes the case off that month's report (off every month's report when period is empty).
    Status unmark(const QString &caseId, const QString &period = {}) const;
    // The months (YYYY-MM) whose report the case is picked for.
    QStringList periodsOf(const QString &caseId) const;
    // The picked cases of the months from..to (YYYY-MM) of this store's station, as the report prints them.
    QList<NotableCaseLine> lines(const QString &fromPeriod, const QString &toPeriod) const;
};

} // namespace zt
