#pragma once
// A reception session of the station's schedule with what the printouts need to know about its rule.

#include "schedule/ReceptionRule.h"
#include "schedule/ScheduledSession.h"

namespace zt {

struct ReceptionDay
{
    ScheduledSession session;
    QString ruleId;
    QString title;   // the rule's title, or the kind's name when it has none
    QString topic;   // themed receptions
    QString pointId; // empty: at the station
    ReceptionRule::Kind kind = ReceptionRule::Monthly;
};

} // namespace zt
