#pragma once
// A period the figures are computed for (month, quarter, year or custom dates), with the periods it is
// compared against: the one before it and the same one a year earlier.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace zt {

class StatsPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatsPeriod)
public:
    enum class Kind { Month, Quarter, Year, Custom };

    StatsPeriod() = default;
    static StatsPeriod month(int year, int month);
    static StatsPeriod quarter(int year, int quarter);
    static StatsPeriod year(int year);
    // Inclusive dates; swapped if given the wrong way round.
    static StatsPeriod custom(QDate from, QDate to);

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; } // inclusive
    bool isValid() const { return m_from.isValid() && m_to.isValid(); }
    qint64 days() const { return m_from.daysTo(m_to) + 1; }
    // The end of the period, or today if it has not ended: what "solved by the cut-off" means.
    QDate cutOff(QDate today) const { return m_to < today ? m_to : today; }

    // The month/quarter/year before; for a custom period the same number of days just before it.
    StatsPeriod previous() const;
    // The same period one year earlier.
    StatsPeriod sameLastYear() const;

    // "2026-10", "2026 Q4", "2026", "2026-10-01 – 2026-10-15": stable, for files and CSV.
    QString code() const;
    // For people: "October 2026" / "2026年10月" through tr().
    QString label() const;

    friend bool operator==(const StatsPeriod &, const StatsPeriod &) = default;

private:
    StatsPeriod(Kind kind, QDate from, QDate to) : m_kind(kind), m_from(from), m_to(to) {}

    Kind m_kind = Kind::Month;
    QDate m_from;
    QDate m_to;
};

} // namespace zt
