#pragma once
// The reads behind the supervision board: open assigned cases ordered by deadline (most urgent first),
// paged by key, and the board's counts by date range. Both use the cases_status index.

#include "supervision/SupervisionItem.h"

#include <QList>

namespace zt {

class Store;

class SupervisionQueries
{
public:
    explicit SupervisionQueries(Store &store) : m_store(store) {}

    // Up to limit items after the key (afterDeadline, afterCaseNo); an invalid afterDeadline starts at the top.
    QList<SupervisionItem> page(const SupervisionFilter &filter, QDate afterDeadline, const QString &afterCaseNo,
                                int limit) const;
    // overdueBefore: the first date that is not overdue (today); dueSoonThrough: the last date that
    // counts as due soon (today + DueSoonDays working days).
    SupervisionCounts counts(const SupervisionFilter &filter, QDate overdueBefore, QDate dueSoonThrough) const;

private:
    Store &m_store;
};

} // namespace zt
