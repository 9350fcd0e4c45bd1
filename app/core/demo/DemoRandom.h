#pragma once
// Small draws on the demo's one seeded generator, so every choice the demo makes is reproducible.

#include <QList>
#include <QRandomGenerator>

namespace zt {

class DemoRandom
{
public:
    // A whole number in [low, high], both included.
    static int between(QRandomGenerator &rng, int low, int high)
    {
        return high <= low ? low : int(rng.bounded(low, high + 1));
    }
    static bool chance(QRandomGenerator &rng, double probability) { return rng.generateDouble() < probability; }

    template <typename T> static const T &pick(QRandomGenerator &rng, const QList<T> &items)
    {
        return items.at(int(rng.bounded(qint32(items.size()))));
    }

    // An index into weights, drawn in proportion to them.
    static int weighted(QRandomGenerator &rng, const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(rng, 0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }
};

} // namespace zt
