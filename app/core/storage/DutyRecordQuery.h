#pragma once
// Computes a deputy's duty record (DutyRecord) from attendance, visits and cases in one read.

#include "deputies/DutyRecord.h"

namespace zt {

class Store;

class DutyRecordQuery
{
public:
    explicit DutyRecordQuery(Store &store) : m_store(store) {}

    // from/to inclusive; an invalid bound is open. Visits count by visit date, cases by registration
    // date, attendance by the session date.
    DutyRecord compute(const QString &deputyId, QDate from = {}, QDate to = {}) const;

private:
    Store &m_store;
};

} // namespace zt
