#pragma once
// What a set of cases says together, as evidence for a deputy's suggestion (议案建议): how many cases and
// citizens, which communities and categories, over which dates, and what the departments replied.

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

namespace zt {

struct SuggestionEvidence
{
    struct CaseLine
    {
        QString caseId;
        QString caseNo;
        QString title;
        QString communityName;
        QDate registeredOn;
        QString status;
    };
    struct Reply
    {
        QString caseNo;
        QString departmentName;
        QDate repliedOn;
        QString text;
    };

    QList<CaseLine> cases;            // in registration order
    int citizens = 0;                 // distinct people who raised them (by phone, else by name)
    QDate firstRaised;
    QDate lastRaised;
    QList<QPair<QString, int>> communities; // most cases first
    QList<QPair<QString, int>> categories;  // most cases first
    QList<Reply> replies;             // the latest reply of each case that has one
};

} // namespace zt
