#pragma once
// Reads a case with everything its detail view shows (CaseDetails), resolving ids to names.

#include "domain/CaseDetails.h"

#include <optional>

namespace zt {

class Store;

class CaseDetailsReader
{
public:
    explicit CaseDetailsReader(Store &store) : m_store(store) {}

    std::optional<CaseDetails> load(const QString &caseId) const;

private:
    QString nameOf(const QString &table, const QString &id) const;
    void loadVisit(CaseDetails &details) const;
    void loadRelated(CaseDetails &details) const;

    Store &m_store;
};

} // namespace zt
