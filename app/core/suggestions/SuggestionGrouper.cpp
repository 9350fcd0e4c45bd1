#include "suggestions/SuggestionGrouper.h"

#include "domain/Codes.h"
#include "suggestions/DistinctCounter.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <numeric>

namespace zt {

namespace {

using Line = SuggestionGroupQuery::CaseLine;
using Key = std::pair<QString, QString>;

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
// already shown is left out. Most shared first, then the longer. titles: the group's evidence (all of its cases up
// to the sample limit).
QStringList phrases(const QStringList &bigrams, const QStringList &titles)
{
    const QSet<QString> listed(bigrams.cbegin(), bigrams.cend());
    QSet<QString> runs;
    for (const QString &title : titles) {
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
        for (const QString &title : titles)
            n += title.contains(run) ? 1 : 0;
        if (n >= 2 && 2 * n >= int(titles.size()))
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

quint64 spread(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// First positions of a key's cases kept to order proposals as the lexicographic order of their case lists did
// (exact for keys with fewer cases; longer lists that agree this far are ordered by size, then fingerprint).
constexpr int PrefixLength = 64;

// What the second pass keeps of a key that can make a group (a category and community, or a category and a word):
// counters, not cases.
struct Follow
{
    int cases = 0;
    int openCases = 0;
    QDate firstRaised;
    QDate lastRaised;
    QString categoryId;
    QString categoryName;
    QString communityCode; // of the first case; oneCommunity says whether every case shares it
    QString communityName;
    bool oneCommunity = true;
    DistinctCounter citizens;
    QList<int> prefix;
    // Fingerprint of the positions of all its cases: two keys with the very same cases have the same one.
    quint64 sum = 0;
    quint64 mixed = 0;
    // Word keys: the followed words of the category that every one of its cases has (a key whose cases all
    // have another key's word lies inside that key's cases). A title's handful at most.
    QStringList shared;

    void add(int position, const Line &line)
    {
        if (cases == 0) {
            firstRaised = line.registeredOn;
            categoryId = line.categoryId;
            categoryName = line.categoryName;
            communityCode = line.communityCode;
            communityName = line.communityName;
        } else if (line.communityCode != communityCode) {
            oneCommunity = false;
        }
        lastRaised = line.registeredOn;
        ++cases;
        if (CaseStatus::isOpen(line.status))
            ++openCases;
        if (const QString who = citizenOf(line); !who.isEmpty())
            citizens.add(who);
        if (prefix.size() < PrefixLength)
            prefix.append(position);
        sum += spread(quint64(position));
        mixed ^= spread(quint64(position) ^ 0x5bd1e9955bd1e995ull);
    }

    bool sameCases(const Follow &other) const
    {
        return cases == other.cases && sum == other.sum && mixed == other.mixed && prefix == other.prefix;
    }
    // The order of std::map<QList<int>, ...> over the full lists of positions.
    bool casesBefore(const Follow &other) const
    {
        if (prefix != other.prefix)
            return std::lexicographical_compare(prefix.cbegin(), prefix.cend(), other.prefix.cbegin(),
                                                other.prefix.cend());
        if (cases != other.cases)
            return cases < other.cases;
        return sum != other.sum ? sum < other.sum : mixed < other.mixed;
    }
};

// A group on its way out: the key(s) it stands for, then what the third pass gathers for it.
struct Proposal
{
    SuggestionGroup::Kind kind = SuggestionGroup::Kind::SameCategoryAndCommunity;
    const Follow *follow = nullptr;
    QStringList defining; // shared words: the words whose cases these are, in word order
    QHash<QString, int> wordCounts;
    QStringList ids;    // the latest cases, up to the sample limit
    QStringList titles; // theirs
};

void keepLatest(QStringList &list, int limit)
{
    // Trimmed in batches: removing the first of a long list for every case would be quadratic.
    if (list.size() >= 2 * limit)
        list.remove(0, list.size() - limit);
}

SuggestionGroup describe(Proposal &p, int sampleLimit)
{
    const Follow &f = *p.follow;
    SuggestionGroup g;
    g.kind = p.kind;
    if (p.ids.size() > sampleLimit) {
        p.ids.remove(0, p.ids.size() - sampleLimit);
        p.titles.remove(0, p.titles.size() - sampleLimit);
    }
    g.caseIds = p.ids;
    g.cases = f.cases;
    // An estimate (big groups) can come out above the cases; there are never more citizens than cases.
    g.citizens = qMin(f.citizens.count(), f.cases);
    g.openCases = f.openCases;
    g.firstRaised = f.firstRaised;
    g.lastRaised = f.lastRaised;
    // A key holds one category by construction.
    g.categoryId = f.categoryId;
    g.categoryName = f.categoryName;
    if (f.oneCommunity) {
        g.communityCode = f.communityCode;
        g.communityName = f.communityName.isEmpty() ? f.communityCode : f.communityName;
    }
    // Common words: in at least two cases and in at least half of them (shown as phrases, see phrases()).
    QList<QPair<QString, int>> common;
    for (auto it = p.wordCounts.cbegin(); it != p.wordCounts.cend(); ++it)
        if (it.value() >= 2 && 2 * it.value() >= f.cases)
            common.append({it.key(), it.value()});
    std::sort(common.begin(), common.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList listed = p.defining;
    for (const auto &[word, count] : std::as_const(common))
        if (!listed.contains(word))
            listed << word;
    g.words = phrases(listed, p.titles);
    return g;
}

} // namespace

QSet<QString> SuggestionGrouper::significantWords(const QString &title, const QString &communityName)
{
    // The place is the group's community, not a shared word: without this, every community would be proposed
    // once more as "titles sharing 云乐".
    QString text = title;
    if (!communityName.isEmpty() && text.contains(QStringView(communityName).left(1))) {
        text.replace(communityName, QStringLiteral(" "));
        // Without its suffix (社区, 村, 居委会: one of them at most, they end in different characters).
        QStringView shortName(communityName);
        for (const QStringView suffix : {QStringView(u"社区"), QStringView(u"村"), QStringView(u"居委会")}) {
            if (shortName.endsWith(suffix)) {
                shortName.chop(suffix.size());
                break;
            }
        }
        if (shortName.size() >= 2)
            text.replace(shortName.toString(), QStringLiteral(" "));
    }
    // The two-character tokens of two Chinese characters that the search's tokenizer (BigramTokenizer) makes of
    // the text, so a "word" here is what a search for it would find: two adjacent Han characters are always in one
    // run of word characters, and every such pair is one of its bigrams. Scanned directly: this runs three times
    // for every case of the year (see propose()).
    QSet<QString> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (!isHan(text.at(i)) || !isHan(text.at(i + 1)))
            continue;
        QString word = text.mid(i, 2);
        if (!frameWords().contains(word))
            out.insert(std::move(word));
    }
    return out;
}

QList<SuggestionGroup> SuggestionGrouper::propose(const QDate &today, const SuggestionGrouperOptions &options,
                                                  const std::atomic_bool *cancel) const
{
    const int minCases = qMax(2, options.minCases);
    const int sampleLimit = qMax(1, options.sampleLimit);
    const int pageSize = qMax(1, options.pageSize);
    const QDate from = today.addMonths(-options.months);
    // Shared words are counted here on the titles rather than asked of the full-text index (case_fts): the
    // index answers "which cases hold this word", not "which words do these cases share" (that would need an
    // fts5vocab table), and it also holds descriptions and the departments' replies, whose stock phrases would
    // outnumber what citizens raised.
    qint64 done = 0;
    qint64 total = 0;
    bool stopped = false;
    // Runs one pass over the period's cases: visit(position, line, words of its title).
    const auto pass = [&](const std::function<void(int, const Line &, const QSet<QString> &)> &visit) {
        int position = 0;
        const bool read = m_query.forEachCase(from, today, pageSize, [&](const Line &line) {
            if (cancel && cancel->load()) {
                stopped = true;
                return false;
            }
            visit(position++, line, significantWords(line.title, line.communityName));
            if (++done % pageSize == 0 && options.progress)
                options.progress(done, total);
            return true;
        });
        stopped = stopped || !read;
        return !stopped;
    };

    // 1. Count the keys: cases per category, per category and community, per category and word.
    // Nested by category: one look-up of the category a case, then small tables (this runs for every case).
    QHash<QString, int> perCategory;
    QHash<QString, QHash<QString, int>> perPlace; // category -> community -> cases
    QHash<QString, QHash<QString, int>> perWord;  // category -> word -> cases
    int cases = 0;
    if (!pass([&](int, const Line &line, const QSet<QString> &words) {
            ++cases;
            ++perCategory[line.categoryId];
            if (!line.categoryId.isEmpty() && !line.communityCode.isEmpty())
                ++perPlace[line.categoryId][line.communityCode];
            QHash<QString, int> &inCategory = perWord[line.categoryId];
            for (const QString &w : words)
                ++inCategory[w];
        }))
        return {};
    total = 3 * qint64(cases);

    // The keys that can make a group. The same category in the same community, with enough cases. Titles
    // sharing a word, within one category (across communities: the same problem in several places); across
    // categories a shared word is mostly a coincidence of wording (服务, 时间, 损坏 in unrelated titles). A word in
    // more than half of its category's cases (when there are enough of them to tell) says no more than the
    // category does (垃圾 among 垃圾分类 cases).
    std::map<Key, Follow> places; // std::map: a stable order before ranking
    std::map<Key, Follow> wordKeys;
    QHash<QString, QHash<QString, Follow *>> followedPlaces; // category -> community -> its place key
    QHash<QString, QHash<QString, Follow *>> followedWords;  // category -> word -> its word key
    for (auto category = perPlace.cbegin(); category != perPlace.cend(); ++category)
        for (auto it = category->cbegin(); it != category->cend(); ++it)
            if (it.value() >= minCases)
                followedPlaces[category.key()].insert(it.key(), &places[{category.key(), it.key()}]);
    for (auto category = perWord.cbegin(); category != perWord.cend(); ++category) {
        const int inCategory = perCategory.value(category.key());
        for (auto it = category->cbegin(); it != category->cend(); ++it) {
            if (it.value() < minCases || (inCategory >= 4 * minCases && 2 * it.value() > inCategory))
                continue;
            followedWords[category.key()].insert(it.key(), &wordKeys[{category.key(), it.key()}]);
        }
    }
    perPlace.clear();
    perWord.clear();

    // 2. Follow those keys with counters.
    if (!pass([&](int position, const Line &line, const QSet<QString> &words) {
            if (const auto category = followedPlaces.constFind(line.categoryId); category != followedPlaces.cend())
                if (Follow *place = category->value(line.communityCode))
                    place->add(position, line);
            const auto followed = followedWords.constFind(line.categoryId);
            if (followed == followedWords.cend())
                return;
            for (const QString &w : words) {
                Follow *f = followed->value(w);
                if (!f)
                    continue;
                if (f->cases == 0) {
                    for (const QString &other : words)
                        if (followed->contains(other))
                            f->shared.append(other);
                } else {
                    f->shared.removeIf([&](const QString &other) { return !words.contains(other); });
                }
                f->add(position, line);
            }
        }))
        return {};

    QList<Proposal> proposals;
    for (const auto &[key, follow] : places) {
        Proposal p;
        p.follow = &follow;
        proposals.append(std::move(p));
    }
    // Words with the very same cases are one proposal (停车 and 车位 in every title of 停车位不足), their words in
    // word order.
    QList<Proposal> byWords;
    for (const auto &[key, follow] : wordKeys) {
        auto same = std::find_if(byWords.begin(), byWords.end(), [&](const Proposal &p) {
            return p.follow->categoryId == follow.categoryId && p.follow->sameCases(follow);
        });
        if (same != byWords.end()) {
            same->defining.append(key.second);
            continue;
        }
        Proposal p;
        p.kind = SuggestionGroup::Kind::SharedWords;
        p.follow = &follow;
        p.defining = {key.second};
        byWords.append(std::move(p));
    }
    std::stable_sort(byWords.begin(), byWords.end(),
                     [](const Proposal &a, const Proposal &b) { return a.follow->casesBefore(*b.follow); });
    for (Proposal &p : byWords) {
        const Follow &f = *p.follow;
        // A proposal inside a bigger one adds nothing: the bigger one already brings these cases together. Inside
        // a place group: every case in one community (that group then has them all, and enough of them).
        if (!f.categoryId.isEmpty() && f.oneCommunity && !f.communityCode.isEmpty())
            continue;
        // Inside another word's cases: every case has that word, and it has more cases.
        const bool contained = std::any_of(f.shared.cbegin(), f.shared.cend(), [&](const QString &w) {
            const auto other = wordKeys.find({f.categoryId, w});
            return other != wordKeys.end() && other->second.cases > f.cases;
        });
        if (!contained)
            proposals.append(std::move(p));
    }

    // Most citizens first, then most cases, then the most recent.
    QList<int> citizens;
    for (const Proposal &p : std::as_const(proposals))
        citizens.append(qMin(p.follow->citizens.count(), p.follow->cases));
    QList<int> order(proposals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Follow &x = *proposals.at(a).follow;
        const Follow &y = *proposals.at(b).follow;
        if (citizens.at(a) != citizens.at(b))
            return citizens.at(a) > citizens.at(b);
        if (x.cases != y.cases)
            return x.cases > y.cases;
        return x.lastRaised > y.lastRaised;
    });
    if (options.maxGroups > 0 && order.size() > options.maxGroups)
        order.resize(options.maxGroups);
    QList<Proposal> chosen;
    for (int i : std::as_const(order))
        chosen.append(std::move(proposals[i]));
    if (chosen.isEmpty())
        return {};

    // 3. The evidence of the groups proposed: their latest cases and the words of all of them.
    QHash<Key, QList<int>> byPlace; // category and community -> proposals
    QHash<Key, QList<int>> byWord;  // category and first word -> proposals (each case counts once)
    for (int i = 0; i < chosen.size(); ++i) {
        const Proposal &p = chosen.at(i);
        if (p.kind == SuggestionGroup::Kind::SharedWords)
            byWord[{p.follow->categoryId, p.defining.first()}].append(i);
        else
            byPlace[{p.follow->categoryId, p.follow->communityCode}].append(i);
    }
    const auto gather = [&](const QHash<Key, QList<int>> &index, const Key &key, const Line &line,
                            const QSet<QString> &words) {
        const auto found = index.constFind(key);
        if (found == index.cend())
            return;
        for (int i : *found) {
            Proposal &p = chosen[i];
            p.ids.append(line.id);
            p.titles.append(line.title);
            keepLatest(p.ids, sampleLimit);
            keepLatest(p.titles, sampleLimit);
            for (const QString &w : words)
                ++p.wordCounts[w];
        }
    };
    if (!pass([&](int, const Line &line, const QSet<QString> &words) {
            if (!line.categoryId.isEmpty() && !line.communityCode.isEmpty())
                gather(byPlace, {line.categoryId, line.communityCode}, line, words);
            for (const QString &w : words)
                gather(byWord, {line.categoryId, w}, line, words);
        }))
        return {};
    if (options.progress)
        options.progress(total, total);

    QList<SuggestionGroup> groups;
    for (Proposal &p : chosen)
        groups.append(describe(p, sampleLimit));
    return groups;
}

} // namespace zt
