#include "common/Clock.h"

#include <QTimeZone>

#include <atomic>

namespace zt {

namespace {
std::atomic<qint64> g_fixedMsecs{-1};
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(currentMSecsSinceEpoch(), Qt::UTC);
}

QDate Clock::today()
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC).toLocalTime().date();
    return QDate::currentDate();
}

qint64 Clock::currentMSecsSinceEpoch()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed >= 0 ? fixed : QDateTime::currentMSecsSinceEpoch();
}

void Clock::setFixedNow(const QDateTime &nowUtc)
{
    g_fixedMsecs.store(nowUtc.isValid() ? nowUtc.toMSecsSinceEpoch() : -1);
}

} // namespace zt
