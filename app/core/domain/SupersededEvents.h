#pragma once
// Leaves out of a case's events those another event of the list corrects (its `supersedes` names
// them): the correction stands in the old event's place. Case events are append-only, so a
// correction is a new event (server/README.md decision 25 (4): a merge event naming a number its
// target no longer has).

#include "domain/CaseEvent.h"

#include <QList>
#include <QSet>

namespace zt {

// eventOf gives an element's CaseEvent (the list may hold events or entries made of them).
template <typename T, typename EventOf>
void removeSupersededEvents(QList<T> &events, EventOf eventOf)
{
    QSet<QString> superseded;
    for (const T &e : std::as_const(events))
        if (const QString &old = eventOf(e).supersedes; !old.isEmpty())
            superseded.insert(old);
    if (!superseded.isEmpty())
        events.removeIf([&superseded, &eventOf](const T &e) { return superseded.contains(eventOf(e).id); });
}

} // namespace zt
