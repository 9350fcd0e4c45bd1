#pragma once
// Reads the cases the suggestion grouper (suggestions/SuggestionGrouper) works on: one line per case registered
// in a period, with the names of its category and community, in one pass over the registration-date index.

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace zt {

class SuggestionGroupQuery
{
public:
    struct CaseLine
    {
        QString id;
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

    // Cases registered from..to (inclusive) that still stand for a citizen's problem: cancelled cases, cases
    // merged into another (the other counts) and cases not accepted are left out. Registration order.
    QList<CaseLine> casesBetween(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
    QString m_stationId;
};

} // namespace zt
