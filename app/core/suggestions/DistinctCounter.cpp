#include "suggestions/DistinctCounter.h"

#include <bit>
#include <cmath>

namespace zt {

namespace {

// FNV-1a over the UTF-16 units, then splitmix64's finaliser: the estimate needs well-spread high bits, and the
// hash must not change between runs (qHash is seeded per process).
quint64 hashOf(const QString &value)
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : value) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

} // namespace

void DistinctCounter::add(const QString &value)
{
    const quint64 hash = hashOf(value);
    if (!m_registers.isEmpty()) {
        addToRegisters(hash);
        return;
    }
    m_exact.insert(hash);
    if (m_exact.size() > ExactLimit) {
        m_registers.fill(0, 1 << RegisterBits);
        for (const quint64 h : std::as_const(m_exact))
            addToRegisters(h);
        m_exact = {};
    }
}

void DistinctCounter::addToRegisters(quint64 hash)
{
    const auto index = int(hash >> (64 - RegisterBits));
    const quint64 rest = hash << RegisterBits;
    const auto rank = quint8(rest == 0 ? 64 - RegisterBits + 1 : std::countl_zero(rest) + 1);
    if (rank > m_registers.at(index))
        m_registers[index] = rank;
}

int DistinctCounter::count() const
{
    if (m_registers.isEmpty())
        return int(m_exact.size());
    // HyperLogLog (Flajolet et al. 2007) with the small-range correction (linear counting), which is what
    // applies just past the exact limit.
    const double m = double(m_registers.size());
    double sum = 0;
    int zeros = 0;
    for (const quint8 r : m_registers) {
        sum += std::ldexp(1.0, -int(r));
        zeros += r == 0 ? 1 : 0;
    }
    double estimate = 0.7213 / (1 + 1.079 / m) * m * m / sum;
    if (estimate <= 2.5 * m && zeros > 0)
        estimate = m * std::log(m / zeros);
    return qMax(ExactLimit + 1, int(std::lround(estimate)));
}

} // namespace zt
