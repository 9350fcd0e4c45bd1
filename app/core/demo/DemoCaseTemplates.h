#pragma once
// What citizens say at a liaison station, per default category: five or so problems each, written as
// staff write them in the ledger, placed in a community ("%1" in the templates).

#include <QRandomGenerator>
#include <QString>

namespace zt {

class DemoCaseTemplates
{
public:
    struct Text
    {
        QString title;
        QString description;
    };

    // A problem of the category (DefaultCategories code; unknown codes fall back to "other") in the
    // community, e.g. "云乐社区地下车库渗水，车位长期积水".
    static Text problem(QRandomGenerator &rng, const QString &categoryCode, const QString &community);
    // Where exactly: "云乐社区12幢", "南雅社区菜场路口", ...
    static QString location(QRandomGenerator &rng, const QString &community);
    // What the department wrote back, for the replied event.
    static QString reply(QRandomGenerator &rng);
};

} // namespace zt
