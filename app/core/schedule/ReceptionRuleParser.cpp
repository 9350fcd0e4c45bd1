#include "schedule/ReceptionRuleParser.h"

#include <QHash>
#include <algorithm>

namespace zt {

namespace {

struct Token
{
    QString raw; // as typed, for error messages
    QString key;
    QString value; // quotes removed, escapes resolved
    bool hasValue = false;
};

Error ruleError(const char *code, const QString &message)
{
    return Error{QStringLiteral("schedule.rule.") + QLatin1String(code), message};
}

const QString Weeks = QStringLiteral("weeks");
const QString Day = QStringLiteral("day");
const QString Date = QStringLiteral("date");
const QString Half = QStringLiteral("half");
const QString Deputies = QStringLiteral("deputies");
const QString Per = QStringLiteral("per");
const QString Holiday = QStringLiteral("holiday");
const QString From = QStringLiteral("from");
const QString Until = QStringLiteral("until");
const QString Topic = QStringLiteral("topic");
const QString Tags = QStringLiteral("tags");

const QStringList &knownKeys()
{
    static const QStringList keys{Weeks, Day, Date, Half, Deputies, Per, Holiday, From, Until, Topic, Tags};
    return keys;
}

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (;;) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        QString decoded;
        qsizetype equals = -1;
        while (i < n && !text.at(i).isSpace()) {
            const QChar c = text.at(i);
            // Chinese input methods type “” for quotes, so both kinds open a quoted stretch.
            if (c == u'"' || c == u'“') {
                const QChar close = c == u'"' ? u'"' : u'”';
                bool closed = false;
                for (++i; i < n; ++i) {
                    const QChar q = text.at(i);
                    if (close == u'"' && q == u'\\' && i + 1 < n &&
                        (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\')) {
                        decoded += text.at(++i);
                        continue;
                    }
                    if (q == close) {
                        closed = true;
                        ++i;
                        break;
                    }
                    decoded += q;
                }
                if (!closed)
                    return ruleError("unterminated_quote",
                                     ReceptionRuleParser::tr("The quote is not closed: %1").arg(text.mid(start)));
                continue;
            }
            if (c == u'=' && equals < 0)
                equals = decoded.size();
            decoded += c;
            ++i;
        }
        Token token;
        token.raw = text.mid(start, i - start);
        token.hasValue = equals >= 0;
        token.key = token.hasValue ? decoded.left(equals) : decoded;
        token.value = token.hasValue ? decoded.mid(equals + 1) : QString();
        tokens << token;
    }
    return tokens;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    QString item;
    auto flush = [&] {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
        item.clear();
    };
    for (QChar c : value) {
        if (c == u',' || c == u'，' || c == u'、')
            flush();
        else
            item += c;
    }
    flush();
    return out;
}

int weekdayFromWord(const QString &word)
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> h;
        const char *en[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        const char *enLong[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        const QString zh[] = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
                              QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("日")};
        for (int d = 1; d <= 7; ++d) {
            h.insert(QLatin1String(en[d - 1]), d);
            h.insert(QLatin1String(enLong[d - 1]), d);
            h.insert(QStringLiteral("周") + zh[d - 1], d);
            h.insert(QStringLiteral("星期") + zh[d - 1], d);
        }
        h.insert(QStringLiteral("周天"), 7);
        h.insert(QStringLiteral("星期天"), 7);
        return h;
    }();
    return words.value(word.trimmed().toLower(), 0);
}

QString quoted(const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c == u'"' || c == u'“' || c == u'”' || c == u'\\';
    });
    if (plain)
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QDate isoDate(const QString &value)
{
    // "yyyy" also takes a sign ("-2026-08-20"), which no schedule means and which cannot be written back
    // (found by fuzz_receptionrule): only four-digit years count.
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || !trimmed.at(0).isDigit())
        return {};
    const QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999 ? date : QDate();
}

} // namespace

QString ReceptionRuleParser::kindWord(ReceptionRule::Kind kind)
{
    switch (kind) {
    case ReceptionRule::Monthly:
        return QStringLiteral("monthly");
    case ReceptionRule::Weekly:
        return QStringLiteral("weekly");
    case ReceptionRule::Once:
        return QStringLiteral("once");
    case ReceptionRule::LeaderRotation:
        return QStringLiteral("leaders");
    }
    return {};
}

QString ReceptionRuleParser::holidayWord(ReceptionRule::HolidayPolicy policy)
{
    switch (policy) {
    case ReceptionRule::MoveToNext:
        return QStringLiteral("next");
    case ReceptionRule::MoveToPrevious:
        return QStringLiteral("previous");
    case ReceptionRule::Skip:
        return QStringLiteral("skip");
    case ReceptionRule::Keep:
        return QStringLiteral("keep");
    }
    return {};
}

QString ReceptionRuleParser::weekdayWord(int weekday)
{
    static const QStringList words{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    return weekday >= 1 && weekday <= 7 ? words.at(weekday - 1) : QString();
}

Result<ReceptionRule> ReceptionRuleParser::parse(const QString &text)
{
    auto tokenized = tokenize(text);
    if (!tokenized)
        return tokenized.error();
    const QList<Token> &tokens = tokenized.value();
    if (tokens.isEmpty())
        return ruleError("empty", tr("The rule is empty."));

    ReceptionRule rule;
    const Token &first = tokens.first();
    static const QList<ReceptionRule::Kind> kinds{ReceptionRule::Monthly, ReceptionRule::Weekly, ReceptionRule::Once,
                                                  ReceptionRule::LeaderRotation};
    const auto kind = std::find_if(kinds.begin(), kinds.end(), [&](ReceptionRule::Kind k) {
        return !first.hasValue && kindWord(k) == first.key.toLower();
    });
    if (kind == kinds.end())
        return ruleError("unknown_kind",
                         tr("A rule starts with its kind (monthly, weekly, once or leaders), not: %1").arg(first.raw));
    rule.kind = *kind;
    const QString kindText = kindWord(rule.kind);

    // Values are checked in the order typed, so the first mistake is the one reported.
    QHash<QString, QString> seen; // key -> raw token
    QDate onceDate;
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (!token.hasValue)
            return ruleError("no_value", tr("Expected key=value: %1").arg(token.raw));
        const QString key = token.key.trimmed().toLower();
        if (!knownKeys().contains(key))
            return ruleError("unknown_key", tr("Unknown key: %1").arg(token.raw));
        if (seen.contains(key))
            return ruleError("repeated_key", tr("The key is given twice: %1").arg(token.raw));
        seen.insert(key, token.raw);
        const QString value = token.value.trimmed();

        const bool appliesToKind =
            key == Weeks  ? rule.kind == ReceptionRule::Monthly || rule.kind == ReceptionRule::LeaderRotation
            : key == Date ? rule.kind == ReceptionRule::Once
            : key == Day || key == From || key == Until ? rule.kind != ReceptionRule::Once
                                                        : true;
        if (!appliesToKind)
            return ruleError("not_applicable", tr("A %1 rule does not take: %2").arg(kindText, token.raw));

        if (key == Weeks) {
            const QStringList items = value.split(u',');
            QList<int> weeks;
            for (const QString &item : items) {
                bool ok = false;
                int week = item.trimmed().toInt(&ok);
                if (item.trimmed().toLower() == QLatin1String("last")) {
                    week = ReceptionRule::LastWeek;
                    ok = true;
                }
                if (!ok || (week != ReceptionRule::LastWeek && (week < 1 || week > 5)))
                    return ruleError("bad_week", tr("Weeks are 1 to 5 or last: %1").arg(token.raw));
                if (weeks.contains(week))
                    return ruleError("repeated_week", tr("A week is given twice: %1").arg(token.raw));
                weeks << week;
            }
            // Ascending, with "last" at the end.
            std::sort(weeks.begin(), weeks.end(), [](int a, int b) {
                return (a == ReceptionRule::LastWeek ? 6 : a) < (b == ReceptionRule::LastWeek ? 6 : b);
            });
            rule.weeks = weeks;
        } else if (key == Day) {
            rule.weekday = weekdayFromWord(value);
            if (rule.weekday == 0)
                return ruleError("bad_weekday", tr("Unknown weekday (use mon to sun): %1").arg(token.raw));
        } else if (key == Date || key == From || key == Until) {
            const QDate date = isoDate(value);
            if (!date.isValid())
                return ruleError("bad_date", tr("Dates are written YYYY-MM-DD: %1").arg(token.raw));
            (key == Date ? onceDate : key == From ? rule.validFrom : rule.validUntil) = date;
        } else if (key == Half) {
            const QString v = value.toLower();
            if (v == HalfDay::Morning || v == QLatin1String("morning") || v == QStringLiteral("上午"))
                rule.halfDay = HalfDay::Morning;
            else if (v == HalfDay::Afternoon || v == QLatin1String("afternoon") || v == QStringLiteral("下午"))
                rule.halfDay = HalfDay::Afternoon;
            else
                return ruleError("bad_half_day", tr("Half-day is am or pm: %1").arg(token.raw));
        } else if (key == Deputies) {
            rule.deputyIds.clear();
            for (const QString &id : value.split(u',')) {
                const QString trimmed = id.trimmed();
                if (trimmed.isEmpty())
                    continue;
                if (rule.deputyIds.contains(trimmed))
                    return ruleError("repeated_deputy",
                                     tr("Deputy %1 is in the pool twice: %2").arg(trimmed, token.raw));
                rule.deputyIds << trimmed;
            }
        } else if (key == Per) {
            bool ok = false;
            const int per = value.toInt(&ok);
            if (!ok || per < 1)
                return ruleError("bad_per", tr("Deputies per session must be 1 or more: %1").arg(token.raw));
            rule.perSession = per;
        } else if (key == Holiday) {
            static const QList<ReceptionRule::HolidayPolicy> policies{
                ReceptionRule::MoveToNext, ReceptionRule::MoveToPrevious, ReceptionRule::Skip, ReceptionRule::Keep};
            const QString v = value.toLower() == QLatin1String("prev") ? QStringLiteral("previous") : value.toLower();
            const auto policy = std::find_if(policies.begin(), policies.end(),
                                             [&](ReceptionRule::HolidayPolicy p) { return holidayWord(p) == v; });
            if (policy == policies.end())
                return ruleError("bad_holiday_policy",
                                 tr("On a holiday use next, previous, skip or keep: %1").arg(token.raw));
            rule.holidayPolicy = *policy;
        } else if (key == Topic) {
            rule.topic = value;
        } else if (key == Tags) {
            rule.expertiseTags = splitList(value);
        }
    }

    const auto require = [&](const QString &key) -> Status {
        if (seen.contains(key))
            return {};
        return ruleError("missing_key", tr("A %1 rule needs %2=").arg(kindText, key));
    };
    for (const QString &key : rule.kind == ReceptionRule::Once     ? QStringList{Date}
                              : rule.kind == ReceptionRule::Weekly ? QStringList{Day, From}
                                                                   : QStringList{Weeks, Day, From}) {
        if (Status s = require(key); !s)
            return s.error();
    }
    if (rule.kind == ReceptionRule::Once) {
        rule.validFrom = onceDate;
        rule.validUntil = onceDate;
        rule.weekday = onceDate.dayOfWeek();
    }
    if (rule.validFrom.isValid() && rule.validUntil.isValid() && rule.validFrom > rule.validUntil)
        return ruleError("from_after_until",
                         tr("The rule ends before it starts: %1 is after %2").arg(seen.value(From), seen.value(Until)));
    if (rule.perSession > 0 && !rule.deputyIds.isEmpty() && rule.perSession > rule.deputyIds.size())
        return ruleError("per_exceeds_pool", tr("More deputies per session than the %n in the pool: %1", nullptr,
                                                int(rule.deputyIds.size()))
                                                 .arg(seen.value(Per)));
    return rule;
}

QString ReceptionRuleParser::toText(const ReceptionRule &rule)
{
    QStringList parts{kindWord(rule.kind)};
    const bool once = rule.kind == ReceptionRule::Once;
    if (rule.kind == ReceptionRule::Monthly || rule.kind == ReceptionRule::LeaderRotation) {
        QStringList weeks;
        for (int week : rule.weeks)
            weeks << (week == ReceptionRule::LastWeek ? QStringLiteral("last") : QString::number(week));
        parts << Weeks + u'=' + weeks.join(u',');
    }
    if (once)
        parts << Date + u'=' + rule.validFrom.toString(Qt::ISODate);
    else
        parts << Day + u'=' + weekdayWord(rule.weekday);
    parts << Half + u'=' + rule.halfDay;
    if (!rule.deputyIds.isEmpty())
        parts << Deputies + u'=' + quoted(rule.deputyIds.join(u','));
    if (rule.perSession > 0)
        parts << Per + u'=' + QString::number(rule.perSession);
    parts << Holiday + u'=' + holidayWord(rule.holidayPolicy);
    if (!once && rule.validFrom.isValid())
        parts << From + u'=' + rule.validFrom.toString(Qt::ISODate);
    if (!once && rule.validUntil.isValid())
        parts << Until + u'=' + rule.validUntil.toString(Qt::ISODate);
    if (!rule.topic.isEmpty())
        parts << Topic + u'=' + quoted(rule.topic);
    if (!rule.expertiseTags.isEmpty())
        parts << Tags + u'=' + quoted(rule.expertiseTags.join(u','));
    return parts.join(u' ');
}

} // namespace zt
