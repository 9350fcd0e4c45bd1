#pragma once
// A yes/no draw that hits its rate with little scatter (error diffusion with a random threshold), so a
// demo of 1,400 cases shows its handful of rare outcomes and its headline rates reliably, while
// where they fall stays random.

#include <QRandomGenerator>

namespace zt {

class DemoQuota
{
public:
    explicit DemoQuota(double rate) : m_rate(rate) {}

    bool draw(QRandomGenerator &rng)
    {
        if (m_threshold < 0)
            m_threshold = 0.5 + rng.generateDouble();
        m_credit += m_rate;
        if (m_credit < m_threshold)
            return false;
        m_credit -= 1.0;
        m_threshold = 0.5 + rng.generateDouble();
        return true;
    }

private:
    double m_rate;
    double m_credit = 0.0;
    double m_threshold = -1.0;
};

} // namespace zt
