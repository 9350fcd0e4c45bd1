#pragma once
// Retention of citizens' personal data: cases closed more than N years ago lose the citizen's name and
// phone (and their visit's visitors lose name, phone and ID number); the case, its history and every
// figure stay. Runs through WriteTransaction, so the other PCs and the server forget them too, and is
// audited.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace zt {

class Store;

struct AnonymiseSummary
{
    QDate closedBefore;
    int cases = 0;
    int visitors = 0;
};

class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    static constexpr int DefaultYears = 3;

    explicit RetentionService(Store &store) : m_store(store) {}

    // The first day whose closed cases keep their personal data: today minus the years.
    static QDate cutoff(int years);
    // What anonymise(years) would change, without changing anything (for the confirmation).
    AnonymiseSummary preview(int years) const;
    // Called after each anonymised record with how many are done of how many (for a progress bar);
    // it runs inside the transaction, so it must not write to the store.
    using Progress = std::function<void(int done, int total)>;
    // Needs ChangeSettings (station head, administrator). years >= 1. All or nothing.
    Result<AnonymiseSummary> anonymise(int years, const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace zt
