#include "stats/StatsPeriod.h"

namespace zt {

StatsPeriod StatsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return StatsPeriod(Kind::Month, first, first.addMonths(1).addDays(-1));
}

StatsPeriod StatsPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return StatsPeriod(Kind::Quarter, first, first.addMonths(3).addDays(-1));
}

StatsPeriod StatsPeriod::year(int year)
{
    return StatsPeriod(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

StatsPeriod StatsPeriod::custom(QDate from, QDate to)
{
    if (to < from)
        std::swap(from, to);
    return StatsPeriod(Kind::Custom, from, to);
}

StatsPeriod StatsPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Month:
        return StatsPeriod(Kind::Month, m_from.addMonths(-1), m_from.addDays(-1));
    case Kind::Quarter:
        return StatsPeriod(Kind::Quarter, m_from.addMonths(-3), m_from.addDays(-1));
    case Kind::Year:
        return StatsPeriod(Kind::Year, m_from.addYears(-1), m_from.addDays(-1));
    case Kind::Custom:
        break;
    }
    return StatsPeriod(Kind::Custom, m_from.addDays(-days()), m_from.addDays(-1));
}

StatsPeriod StatsPeriod::sameLastYear() const
{
    if (m_kind == Kind::Custom)
        return StatsPeriod(Kind::Custom, m_from.addYears(-1), m_to.addYears(-1));
    // Whole months: the end is the last day of the month a year before (29 February has no twin).
    const QDate from = m_from.addYears(-1);
    const QDate to = QDate(m_to.year() - 1, m_to.month(), 1).addMonths(1).addDays(-1);
    return StatsPeriod(m_kind, from, to);
}

QString StatsPeriod::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(m_from.year());
    case Kind::Custom:
        break;
    }
    return m_from.toString(Qt::ISODate) + QStringLiteral("..") + m_to.toString(Qt::ISODate);
}

QString StatsPeriod::label() const
{
    switch (m_kind) {
    case Kind::Month:
        return tr("%1-%2", "year-month, e.g. 2026年10月").arg(m_from.year()).arg(m_from.month(), 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return tr("Q%2 %1", "quarter of a year").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Kind::Year:
        return tr("%1", "a year, e.g. 2026年").arg(m_from.year());
    case Kind::Custom:
        break;
    }
    return tr("%1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

} // namespace zt
