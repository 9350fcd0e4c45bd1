#pragma once
// What the case list shows and in which order; a plain value that saved filters keep as JSON.

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace zt {

struct CaseFilter
{
    enum class Sort {
        RegisteredNewest, // the default: latest registrations first
        RegisteredOldest,
        DeadlineSoonest, // open cases only, those without a deadline last
        CaseNumber,
    };

    QSet<QString> statuses; // CaseStatus codes; empty: any status
    QString categoryId;
    QString departmentId;
    QString pointId;
    QString deputyId;         // the deputy following the case
    QDate registeredFrom;     // inclusive; invalid: open-ended
    QDate registeredTo;       // inclusive; invalid: open-ended
    bool overdueOnly = false; // assigned and past the deadline
    // Words separated by spaces, each a literal substring (% _ " < are just text) of the title, description
    // or a reply; all must occur. Any length, one Chinese character included (CaseSearchQuery).
    QString text;
    Sort sort = Sort::RegisteredNewest;

    // True when no condition narrows the list (the sort does not count).
    bool isUnfiltered() const;

    QJsonObject toJson() const;
    // Unknown keys, statuses and sorts are ignored, so a filter saved by another version still loads.
    static CaseFilter fromJson(const QJsonObject &json);

    static QString sortCode(Sort sort);

    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;
};

} // namespace zt
