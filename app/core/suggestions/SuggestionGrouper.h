#pragma once
// Proposes groups of similar open and closed cases that could become a deputy's suggestion: the same category
// in the same community, and titles of one category that share significant words (the same problem in several
// communities); ranked by how many citizens and cases
// stand behind them.

#include "storage/SuggestionGroupQuery.h"
#include "suggestions/SuggestionGroup.h"

#include <QSet>
#include <atomic>

namespace zt {

struct SuggestionGrouperOptions
{
    int months = 12;    // cases registered in the last N months up to today
    int minCases = 3;   // a group needs at least this many cases
    int maxGroups = 50; // the best ones; a longer list is not read
};

class SuggestionGrouper
{
public:
    SuggestionGrouper(QSqlDatabase db, QString stationId) : m_query(std::move(db), std::move(stationId)) {}

    // cancel: checked between steps (the dialog runs this off the GUI thread).
    QList<SuggestionGroup> propose(const QDate &today, const SuggestionGrouperOptions &options = {},
                                   const std::atomic_bool *cancel = nullptr) const;

    // The grouping itself, on lines already read (registration order).
    static QList<SuggestionGroup> group(const QList<SuggestionGroupQuery::CaseLine> &cases,
                                        const SuggestionGrouperOptions &options);
    // The two-character Chinese words of a title that can say what it is about: words that frame any request
    // (问题, 建议) and the case's own community name (titles often start with it: 云乐社区电梯故障) are left out.
    static QSet<QString> significantWords(const QString &title, const QString &communityName = {});

private:
    SuggestionGroupQuery m_query;
};

} // namespace zt
