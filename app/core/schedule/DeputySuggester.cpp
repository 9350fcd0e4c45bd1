#include "schedule/DeputySuggester.h"

#include "domain/Codes.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace zt {

namespace {

int levelRank(const QString &level)
{
    const qsizetype rank = DeputyLevel::all().indexOf(level);
    return rank < 0 ? int(DeputyLevel::all().size()) : int(rank);
}

} // namespace

QList<DeputySuggestion> DeputySuggester::suggest(const QList<Deputy> &deputies, const QStringList &tags, QDate day)
{
    QStringList wanted;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !wanted.contains(t, Qt::CaseInsensitive))
            wanted << t;
    }

    QList<DeputySuggestion> out;
    for (const Deputy &deputy : deputies) {
        if (!deputy.servesOn(day))
            continue;
        DeputySuggestion suggestion{deputy, {}};
        for (const QString &tag : wanted) {
            const bool has = std::any_of(deputy.expertise.begin(), deputy.expertise.end(), [&](const QString &e) {
                return e.trimmed().compare(tag, Qt::CaseInsensitive) == 0;
            });
            if (has)
                suggestion.matchedTags << tag;
        }
        if (wanted.isEmpty() || !suggestion.matchedTags.isEmpty())
            out << suggestion;
    }

    // Names in pinyin order whatever the program's language, as a Chinese roster is read; the id breaks
    // ties between namesakes so the order never depends on the input order.
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(out.begin(), out.end(), [&](const DeputySuggestion &a, const DeputySuggestion &b) {
        if (a.matchedTags.size() != b.matchedTags.size())
            return a.matchedTags.size() > b.matchedTags.size();
        if (const int l = levelRank(a.deputy.level) - levelRank(b.deputy.level); l != 0)
            return l < 0;
        if (const int n = collator.compare(a.deputy.name, b.deputy.name); n != 0)
            return n < 0;
        return a.deputy.id < b.deputy.id;
    });
    return out;
}

} // namespace zt
