#include "io/LedgerCells.h"

#include "domain/Codes.h"

#include <QRegularExpression>

namespace zt {

std::optional<QDate> LedgerCells::date(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Year, month and day with any of the usual separators, then an optional time we do not need.
    static const QRegularExpression ymd(QStringLiteral(
        "^(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))(?:[\\sT].*)?$"));
    if (const auto m = ymd.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = (m.captured(2).isEmpty() ? m.captured(4) : m.captured(2)).toInt();
        const int d = (m.captured(3).isEmpty() ? m.captured(5) : m.captured(3)).toInt();
        const QDate day(y, mo, d);
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    // Excel's serial day: 1 = 1900-01-01, counting Excel's phantom 1900-02-29, so day 0 is 1899-12-30 for
    // every date after February 1900. Only plausible ledger years are taken (1982-2173), so a phone number or a
    // count is never read as a date.
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:\\.\\d+)?$"));
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n >= 30000 && n < 100000)
            return QDate(1899, 12, 30).addDays(n);
    }
    return std::nullopt;
}

QStringList LedgerCells::names(const QString &text)
{
    // Unicode properties, so that \s also takes the full-width space (U+3000) people type between
    // Chinese names and the other Unicode spaces; without them PCRE's \s is ASCII only (a fuzzer find).
    static const QRegularExpression separators(QStringLiteral("[、，,；;/\\s]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<QString> LedgerCells::satisfaction(const QString &text)
{
    QString t = text.trimmed().toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s。.!！]"), QRegularExpression::UseUnicodePropertiesOption);
    t.remove(noise);
    if (t.isEmpty())
        return QString();
    if (Satisfaction::all().contains(t))
        return t;
    // Most specific first: 不满意 contains 满意, 基本满意 contains 满意.
    static const QStringList unsatisfied{QStringLiteral("不满意"), QStringLiteral("很不满意"),
                                         QStringLiteral("非常不满意"), QStringLiteral("不太满意")};
    static const QStringList basically{QStringLiteral("基本满意"), QStringLiteral("比较满意"), QStringLiteral("一般"),
                                       QStringLiteral("较满意")};
    static const QStringList satisfied{QStringLiteral("满意"), QStringLiteral("非常满意"), QStringLiteral("很满意"),
                                       QStringLiteral("十分满意")};
    if (unsatisfied.contains(t))
        return Satisfaction::Unsatisfied;
    if (basically.contains(t))
        return Satisfaction::BasicallySatisfied;
    if (satisfied.contains(t))
        return Satisfaction::Satisfied;
    return std::nullopt;
}

std::optional<int> LedgerCells::workingDays(const QString &text)
{
    static const QRegularExpression days(QStringLiteral("^(\\d{1,3})\\s*(?:个?工作日|天|日)?$"));
    const auto m = days.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(1).toInt();
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

} // namespace zt
