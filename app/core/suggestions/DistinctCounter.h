#pragma once
// Counts distinct strings (the citizens behind a group of cases) in bounded memory: exactly while there are few
// (a set of 64-bit hashes), then as a HyperLogLog estimate (about 3 % off) once there are more than ExactLimit,
// so a group of 100,000 cases costs a kilobyte, not 100,000 strings.

#include <QList>
#include <QSet>
#include <QString>

namespace zt {

class DistinctCounter
{
public:
    static constexpr int ExactLimit = 256;

    void add(const QString &value);
    int count() const;
    bool isExact() const { return m_registers.isEmpty(); }

private:
    static constexpr int RegisterBits = 10; // 1,024 registers
    void addToRegisters(quint64 hash);

    QSet<quint64> m_exact;
    QList<quint8> m_registers; // empty while counting exactly
};

} // namespace zt
