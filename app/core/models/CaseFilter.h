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
    bool noCategory = false; // only cases without a category (the "no category" bar of a chart)
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

    // Conditions a dashboard bar or slice sets, so the list holds exactly the cases it counted
    // (domain.md, "What the figures mean"); the filter bar names them above the list.
    bool countedOnly = false;  // the cases the figures count: neither cancelled nor merged into another
    QString stationId;         // another station of the district (district users); empty: the list's own
    QString districtCode;      // every station of this district (6-digit division code)
    QString communityCode;     // the citizen's community or village (division code)
    QString satisfaction;      // the latest rating (Satisfaction code)
    QDate closedFrom;          // closed (办结) on or after; invalid: open-ended
    QDate closedTo;            // closed on or before, i.e. "solved by the cut-off"
    QDate repliedFrom;         // the department's reply given on or after
    QDate repliedTo;           // ... on or before
    // Reply time in working days from assignment to reply (as the average reply time and the reply-time
    // chart count them, a negative count as 0); -1: no bound. Only cases with both dates match.
    int replyDaysMin = -1;
    int replyDaysMax = -1;

    // True when no condition narrows the list (the sort does not count).
    bool isUnfiltered() const;

    QJsonObject toJson() const;
    // Unknown keys, statuses and sorts are ignored, so a filter saved by another version still loads.
    static CaseFilter fromJson(const QJsonObject &json);

    static QString sortCode(Sort sort);

    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;
};

} // namespace zt
