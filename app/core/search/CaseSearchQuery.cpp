#include "search/CaseSearchQuery.h"

#include "search/BigramTokenizer.h"
#include "storage/CaseNumberEnd.h"

#include <QRegularExpression>

namespace zt {

namespace {

QString quoted(const QString &run)
{
    QString inner = run;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace

QString CaseSearchQuery::foldAscii(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    return out;
}

CaseSearchQuery CaseSearchQuery::parse(const QString &text)
{
    CaseSearchQuery q;
    QStringList phrases;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QList<uint> codes = word.toUcs4();
        bool separated = false;
        QList<uint> run;
        auto flush = [&] {
            if (run.isEmpty())
                return;
            const QString s = QString::fromUcs4(reinterpret_cast<const char32_t *>(run.constData()), run.size());
            // One character: a prefix query matches it as the first half of a bigram or alone at a run's end.
            phrases << (run.size() == 1 ? quoted(s) + QLatin1Char('*') : quoted(s));
            run.clear();
        };
        for (uint c : codes) {
            if (BigramTokenizer::isWordChar(char32_t(c))) {
                run << c;
            } else {
                separated = true;
                flush();
            }
        }
        flush();
        if (separated)
            q.literals << foldAscii(word);
    }
    phrases.removeDuplicates();
    q.match = phrases.join(QLatin1Char(' '));
    q.literals.removeDuplicates();
    static const QRegularExpression number(QStringLiteral("^[0-9]+-[0-9A-Za-z-]*[0-9]$"));
    if (words.size() == 1 && number.match(words.first()).hasMatch())
        q.caseNumber = words.first().toUpper();
    if (words.size() == 1)
        q.caseNumberEnd = CaseNumberEnd::parse(words.first());
    return q;
}

} // namespace zt
