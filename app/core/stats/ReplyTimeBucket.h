#pragma once
// One bar of the reply-time distribution: replies given in the period that took between minDays and
// maxDays working days (maxDays < 0: open-ended).

#include <QtGlobal>

namespace zt {

struct ReplyTimeBucket
{
    int minDays = 0;
    int maxDays = -1;
    qint64 replies = 0;
};

} // namespace zt
