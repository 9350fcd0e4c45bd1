#pragma once
// A barrier for test threads that play PCs syncing at the same instant (std::barrier would do, but its
// completion step is not needed).

#include <QMutex>
#include <QWaitCondition>

namespace zt::test {

class Barrier
{
public:
    explicit Barrier(int parties) : m_parties(parties) {}
    void arriveAndWait()
    {
        QMutexLocker lock(&m_mutex);
        const int generation = m_generation;
        if (++m_arrived == m_parties) {
            m_arrived = 0;
            ++m_generation;
            m_released.wakeAll();
            return;
        }
        while (generation == m_generation)
            m_released.wait(&m_mutex);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_released;
    int m_parties;
    int m_arrived = 0;
    int m_generation = 0;
};

} // namespace zt::test
