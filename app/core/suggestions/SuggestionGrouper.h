#pragma once
// Proposes groups of similar open and closed cases that could become a deputy's suggestion: the same category
// in the same community, and titles of one category that share significant words (the same problem in several
// communities); ranked by how many citizens and cases stand behind them.
//
// Memory is bounded whatever the store's size: the cases are read a page at a time in three passes (count the
// keys; follow the keys that can make a group with counters; gather the evidence of the groups proposed), and
// what is kept grows with the words and places of the titles, not with the number of cases.

#include "storage/SuggestionGroupQuery.h"
#include "suggestions/SuggestionGroup.h"

#include <QSet>
#include <atomic>
#include <functional>

namespace zt {

struct SuggestionGrouperOptions
{
    int months = 12;    // cases registered in the last N months up to today
    int minCases = 3;   // a group needs at least this many cases
    int maxGroups = 50; // the best ones; a longer list is not read
    // Cases read per statement; tests make it tiny to put page boundaries everywhere.
    int pageSize = 2000;
    // The latest cases of a group kept as its evidence (SuggestionGroup::caseIds) and to find its phrases in.
    int sampleLimit = 500;
    // Called on the grouping's thread after each page: cases read so far in all passes, and the total, which is
    // 0 until the first pass has counted the cases.
    std::function<void(qint64 done, qint64 total)> progress;
};

class SuggestionGrouper
{
public:
    SuggestionGrouper(QSqlDatabase db, QString stationId) : m_query(std::move(db), std::move(stationId)) {}

    // cancel: checked after every case (the dialog runs this off the GUI thread); a cancelled or failed read
    // proposes nothing.
    QList<SuggestionGroup> propose(const QDate &today, const SuggestionGrouperOptions &options = {},
                                   const std::atomic_bool *cancel = nullptr) const;

    // The two-character Chinese words of a title that can say what it is about: words that frame any request
    // (问题, 建议) and the case's own community name (titles often start with it: 云乐社区电梯故障) are left out.
    static QSet<QString> significantWords(const QString &title, const QString &communityName = {});

private:
    SuggestionGroupQuery m_query;
};

} // namespace zt
