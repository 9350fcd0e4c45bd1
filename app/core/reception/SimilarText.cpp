#include "reception/SimilarText.h"

namespace zt {

namespace {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Pairs made of these carry no meaning of their own (的, 了, 在, 有, ...): they would match everything.
bool isFiller(QChar c)
{
    static const QString fillers = QStringLiteral("的了在是有和与及也都很这那个我你他她们就还又把被给对");
    return fillers.contains(c);
}

} // namespace

QSet<QString> SimilarText::terms(const QString &text)
{
    QSet<QString> out;
    QString run;
    QString word;
    auto flushRun = [&] {
        for (int i = 0; i + 1 < run.size(); ++i)
            if (!isFiller(run.at(i)) && !isFiller(run.at(i + 1)))
                out.insert(run.mid(i, 2));
        if (run.size() == 1 && !isFiller(run.at(0)))
            out.insert(run);
        run.clear();
    };
    auto flushWord = [&] {
        if (word.size() >= 2)
            out.insert(word.toLower());
        word.clear();
    };
    for (const QChar c : text) {
        if (isCjk(c)) {
            flushWord();
            run += c;
        } else if (c.isLetterOrNumber()) {
            flushRun();
            word += c;
        } else {
            flushRun();
            flushWord();
        }
    }
    flushRun();
    flushWord();
    return out;
}

double SimilarText::overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    int shared = 0;
    for (const QString &t : small)
        if (large.contains(t))
            ++shared;
    return double(shared) / double(small.size());
}

} // namespace zt
