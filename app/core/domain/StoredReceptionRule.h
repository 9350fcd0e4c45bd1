#pragma once
// A reception rule as the station keeps it (接待日程规则): a title for notices, the rule in the text form
// of ReceptionRuleParser, where it is held, and its place in the list.

#include "domain/SyncMeta.h"

#include <QString>

namespace zt {

struct StoredReceptionRule
{
    QString id;
    QString stationId;
    QString title;    // e.g. 区人大代表接待日; empty: the notice names the kind of rule
    QString ruleText; // ReceptionRuleParser grammar, canonical form
    QString pointId;  // empty: held at the station itself
    int sortOrder = 0;
    bool active = true;
    SyncMeta meta;
};

} // namespace zt
