#pragma once
// Reads the cases the suggestion grouper (suggestions/SuggestionGrouper) works on: one line per case registered
// in a period, with the names of its category and community, a page at a time in registration order, so the
// grouper holds one page however many cases the period has.

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace zt {

class SuggestionGroupQuery
{
public:
    struct CaseLine
    {
        QString id;
        QString caseNo;
        QString title;
        QString categoryId;
        QString categoryName;
        QString communityCode;
        QString communityName;
        QString citizenName;
        QString citizenPhone;
        QDate registeredOn;
        QString status;
    };

    // db may be a worker's own connection (the grouping runs off the GUI thread).
    SuggestionGroupQuery(QSqlDatabase db, QString stationId) : m_db(std::move(db)), m_stationId(std::move(stationId)) {}

    // Visits the cases registered from..to (inclusive) that still stand for a citizen's problem (cancelled cases,
    // cases merged into another and cases not accepted are left out) in registration order (then case number),
    // pageSize rows per statement with keyset paging. visit returns false to stop early. False when a page could
    // not be read.
    bool forEachCase(const QDate &from, const QDate &to, int pageSize,
                     const std::function<bool(const CaseLine &)> &visit) const;

private:
    QSqlDatabase m_db;
    QString m_stationId;
};

} // namespace zt
