#include "suggestions/SuggestionGrouper.h"

#include "domain/Codes.h"
#include "search/BigramTokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace zt {

namespace {

using Line = SuggestionGroupQuery::CaseLine;

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Words people use to frame any request; shared by many titles, they say nothing of what the titles are about.
const QSet<QString> &frameWords()
{
    static const QSet<QString> words{
        QStringLiteral("问题"), QStringLiteral("反映"), QStringLiteral("建议"), QStringLiteral("希望"),
        QStringLiteral("要求"), QStringLiteral("关于"), QStringLiteral("情况"), QStringLiteral("解决"),
        QStringLiteral("处理"), QStringLiteral("请求"), QStringLiteral("咨询"), QStringLiteral("相关"),
    };
    return words;
}

QString citizenOf(const Line &line)
{
    const QString phone = line.citizenPhone.trimmed();
    return phone.isEmpty() ? line.citizenName.trimmed() : phone;
}

// Bigrams also straddle two words (噪音扰民 gives 噪音, 音扰, 扰民), so what a group shows are phrases: the runs of its
// titles made of consecutive listed bigrams (噪音扰民), counted by the titles that contain them; a phrase inside one
// already shown is left out. Most shared first, then the longer.
QStringList phrases(const QStringList &bigrams, const QList<int> &members, const QList<Line> &lines)
{
    const QSet<QString> listed(bigrams.cbegin(), bigrams.cend());
    QSet<QString> runs;
    for (int i : members) {
        const QString &title = lines.at(i).title;
        for (qsizetype at = 0; at + 1 < title.size(); ++at) {
            qsizetype end = at;
            while (end + 1 < title.size() && listed.contains(title.mid(end, 2)))
                ++end;
            if (end > at) {
                runs.insert(title.mid(at, end - at + 1));
                at = end - 1;
            }
        }
    }
    QList<QPair<QString, int>> counted;
    for (const QString &run : std::as_const(runs)) {
        int n = 0;
        for (int i : members)
            n += lines.at(i).title.contains(run) ? 1 : 0;
        if (n >= 2 && 2 * n >= int(members.size()))
            counted.append({run, n});
    }
    std::sort(counted.begin(), counted.end(), [](const auto &x, const auto &y) {
        if (x.second != y.second)
            return x.second > y.second;
        return x.first.size() != y.first.size() ? x.first.size() > y.first.size() : x.first < y.first;
    });
    QStringList out;
    for (const auto &[run, n] : std::as_const(counted)) {
        const bool inside =
            std::any_of(out.cbegin(), out.cend(), [&](const QString &shown) { return shown.contains(run); });
        if (!inside)
            out << run;
    }
    return out.mid(0, 4);
}

// Fills what every group shows from its cases (indices into lines, in registration order).
// defining: the words that brought a group of shared words together.
SuggestionGroup describe(SuggestionGroup::Kind kind, const QList<int> &members, const QList<Line> &lines,
                         const QList<QSet<QString>> &words, const QStringList &defining = {})
{
    SuggestionGroup g;
    g.kind = kind;
    QSet<QString> people;
    QHash<QString, int> wordCounts;
    const Line &first = lines.at(members.first());
    bool oneCategory = true;
    bool oneCommunity = true;
    for (int i : members) {
        const Line &line = lines.at(i);
        g.caseIds << line.id;
        if (const QString who = citizenOf(line); !who.isEmpty())
            people.insert(who);
        if (CaseStatus::isOpen(line.status))
            ++g.openCases;
        oneCategory = oneCategory && line.categoryId == first.categoryId;
        oneCommunity = oneCommunity && line.communityCode == first.communityCode;
        for (const QString &w : words.at(i))
            ++wordCounts[w];
    }
    g.citizens = int(people.size());
    g.firstRaised = first.registeredOn;
    g.lastRaised = lines.at(members.last()).registeredOn;
    if (oneCategory) {
        g.categoryId = first.categoryId;
        g.categoryName = first.categoryName;
    }
    if (oneCommunity) {
        g.communityCode = first.communityCode;
        g.communityName = first.communityName.isEmpty() ? first.communityCode : first.communityName;
    }
    // Common words: in at least two cases and in at least half of them (shown as phrases, see phrases()).
    QList<QPair<QString, int>> common;
    for (auto it = wordCounts.cbegin(); it != wordCounts.cend(); ++it)
        if (it.value() >= 2 && 2 * it.value() >= int(members.size()))
            common.append({it.key(), it.value()});
    std::sort(common.begin(), common.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList listed = defining;
    for (const auto &[word, count] : std::as_const(common))
        if (!listed.contains(word))
            listed << word;
    g.words = phrases(listed, members, lines);
    return g;
}

bool isSubset(const QList<int> &small, const QList<int> &big)
{
    // Both sorted ascending.
    return std::includes(big.cbegin(), big.cend(), small.cbegin(), small.cend());
}

} // namespace

QSet<QString> SuggestionGrouper::significantWords(const QString &title, const QString &communityName)
{
    // The place is the group's community, not a shared word: without this, every community would be proposed
    // once more as "titles sharing 云乐".
    static const QRegularExpression suffix(QStringLiteral("(社区|村|居委会)$"));
    QString text = title;
    if (!communityName.isEmpty()) {
        text.replace(communityName, QStringLiteral(" "));
        if (QString shortName = QString(communityName).remove(suffix); shortName.size() >= 2)
            text.replace(shortName, QStringLiteral(" "));
    }
    // The search's tokenizer, so a "word" here is what a search for it would find.
    QSet<QString> out;
    for (const QString &token : BigramTokenizer::tokens(text, true))
        if (token.size() == 2 && isHan(token.at(0)) && isHan(token.at(1)) && !frameWords().contains(token))
            out.insert(token);
    return out;
}

QList<SuggestionGroup> SuggestionGrouper::propose(const QDate &today, const SuggestionGrouperOptions &options,
                                                  const std::atomic_bool *cancel) const
{
    const QList<Line> lines = m_query.casesBetween(today.addMonths(-options.months), today);
    if (cancel && cancel->load())
        return {};
    return group(lines, options);
}

QList<SuggestionGroup> SuggestionGrouper::group(const QList<Line> &lines, const SuggestionGrouperOptions &options)
{
    const int minCases = qMax(2, options.minCases);
    // Shared words are counted here on the titles rather than asked of the full-text index (case_fts): the
    // index answers "which cases hold this word", not "which words do these cases share" (that would need an
    // fts5vocab table), and it also holds descriptions and the departments' replies, whose stock phrases would
    // outnumber what citizens raised. Titles are short and a year of one station is a few thousand cases, so
    // their bigrams fit in memory easily.
    QList<QSet<QString>> words;
    words.reserve(lines.size());
    for (const Line &line : lines)
        words.append(significantWords(line.title, line.communityName));

    QList<QList<int>> memberSets;
    QList<SuggestionGroup> groups;

    // 1. The same category in the same community (std::map: a stable order before ranking).
    std::map<std::pair<QString, QString>, QList<int>> byPlace;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).categoryId.isEmpty() && !lines.at(i).communityCode.isEmpty())
            byPlace[{lines.at(i).categoryId, lines.at(i).communityCode}].append(i);
    for (const auto &[key, members] : byPlace) {
        if (members.size() < minCases)
            continue;
        groups.append(describe(SuggestionGroup::Kind::SameCategoryAndCommunity, members, lines, words));
        memberSets.append(members);
    }
    const int placeGroups = int(groups.size());

    // 2. Titles sharing a word, within one category (across communities: the same problem in several places).
    // Across categories a shared word is mostly a coincidence of wording (服务, 时间, 损坏 in unrelated titles).
    // A word in more than half of its category's cases (when there are enough of them to tell) says no more than
    // the category does (垃圾 among 垃圾分类 cases).
    std::map<std::pair<QString, QString>, QList<int>> byWord;
    QHash<QString, int> perCategory;
    for (int i = 0; i < lines.size(); ++i) {
        ++perCategory[lines.at(i).categoryId];
        for (const QString &w : words.at(i))
            byWord[{lines.at(i).categoryId, w}].append(i);
    }
    // Words with the very same cases are one proposal (停车 and 车位 in every title of 停车位不足).
    std::map<QList<int>, QStringList> wordsByMembers;
    for (const auto &[key, members] : byWord) {
        const int inCategory = perCategory.value(key.first);
        if (members.size() < minCases || (inCategory >= 4 * minCases && 2 * members.size() > inCategory))
            continue;
        wordsByMembers[members].append(key.second);
    }
    for (const auto &[members, shared] : wordsByMembers) {
        // A proposal inside a bigger one adds nothing: the bigger one already brings these cases together.
        bool contained = false;
        for (int g = 0; g < placeGroups && !contained; ++g)
            contained = isSubset(members, memberSets.at(g));
        for (auto other = wordsByMembers.cbegin(); other != wordsByMembers.cend() && !contained; ++other)
            contained = other->first.size() > members.size() && isSubset(members, other->first);
        if (contained)
            continue;
        SuggestionGroup g = describe(SuggestionGroup::Kind::SharedWords, members, lines, words, shared);
        groups.append(g);
    }

    // Most citizens first, then most cases, then the most recent.
    std::stable_sort(groups.begin(), groups.end(), [](const SuggestionGroup &a, const SuggestionGroup &b) {
        if (a.citizens != b.citizens)
            return a.citizens > b.citizens;
        if (a.caseCount() != b.caseCount())
            return a.caseCount() > b.caseCount();
        return a.lastRaised > b.lastRaised;
    });
    if (options.maxGroups > 0 && groups.size() > options.maxGroups)
        groups.resize(options.maxGroups);
    return groups;
}

} // namespace zt
