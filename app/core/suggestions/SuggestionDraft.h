#pragma once
// Drafts a deputy's suggestion from selected cases: gathers the evidence from the store and writes it
// up as an HTML draft the deputy edits, prints and signs. The figures come from the cases, never typed.

#include "common/Result.h"
#include "suggestions/SuggestionEvidence.h"

#include <QCoreApplication>

namespace zt {

class Store;
class WorkingDayCalendar;

class SuggestionDraft
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionDraft)
public:
    static SuggestionEvidence gather(Store &store, const QStringList &caseIds);
    // title: what the suggestion is about ("关于加快老旧小区停车改造的建议"); stationName for the header.
    static QString html(const SuggestionEvidence &evidence, const QString &title, const QString &stationName,
                        const QDate &draftedOn);
    // Records on each case that it was carried into this suggestion (an "escalated" event), so the case
    // timeline and the duty record show it. Stops at the first refusal and says which case.
    static Status markEscalated(Store &store, const WorkingDayCalendar &calendar, const SuggestionEvidence &evidence,
                                const QString &title);
};

} // namespace zt
