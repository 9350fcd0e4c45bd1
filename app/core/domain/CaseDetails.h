#pragma once
// Everything the case detail view shows about one case: the row, the names behind its ids, its timeline,
// its attachments, its visit and the cases related to it. Read once, shown as it is.

#include "domain/Attachment.h"
#include "domain/CaseEvent.h"
#include "domain/CaseRecord.h"

#include <QList>
#include <QStringList>

namespace zt {

struct CaseDetails
{
    struct TimelineEntry
    {
        CaseEvent event;
        QString departmentName;
        QString deputyName;
        QString actorName;
    };

    // Another case that belongs with this one.
    struct RelatedCase
    {
        enum class Relation { SameVisit, MergedInto, MergedFrom };
        Relation relation = Relation::SameVisit;
        QString id;
        QString caseNo;
        QString title;
        QString status;
    };

    CaseRecord record;
    QString categoryName;
    QString departmentName;
    QString deputyName;   // the deputy following the case
    QString pointName;    // empty: the station itself
    QString communityName;
    QDate visitDate;      // invalid when the case did not come from a visit
    QString visitSummary;
    QStringList visitDeputies;
    QList<TimelineEntry> timeline; // oldest first
    QList<Attachment> attachments;
    QList<RelatedCase> related;

    // Deputies named anywhere on the case (following it, at the visit, on the timeline), each once.
    QStringList deputiesInvolved() const
    {
        QStringList out;
        auto add = [&out](const QString &name) {
            if (!name.isEmpty() && !out.contains(name))
                out << name;
        };
        add(deputyName);
        for (const QString &name : visitDeputies)
            add(name);
        for (const TimelineEntry &entry : timeline)
            add(entry.deputyName);
        return out;
    }
};

} // namespace zt
