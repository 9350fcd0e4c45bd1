#pragma once
// The reads the reception desk needs while a visitor is sitting there: who this phone number is, which
// open cases look like the problem being typed, who received visitors today, and which existing cases
// a visit was linked to.

#include "domain/CaseRecord.h"
#include "domain/Visit.h"

#include <QDate>
#include <QList>

namespace zt {

class Store;

class ReceptionLookup
{
public:
    struct EarlierVisit
    {
        QString visitId;
        QDate date;
        QString channel;
        QString visitorName;
        QString summary;
        bool cancelled = false;
    };
    struct ReturningVisitor
    {
        QString name;           // the name given at the latest visit
        QString communityCode;
        QList<EarlierVisit> visits; // newest first
        QList<CaseRecord> openCases; // raised by this phone, still on someone's desk
        bool isEmpty() const { return visits.isEmpty() && openCases.isEmpty(); }
    };
    struct Candidate
    {
        CaseRecord record;
        double score = 0;        // 0..1, higher is more alike
        bool samePlaceAndCategory = false;
    };

    explicit ReceptionLookup(Store &store) : m_store(store) {}

    // phone: normalised (PhoneNumber::normalized). Up to `limit` earlier visits.
    ReturningVisitor returningVisitor(const QString &phone, int limit = 20) const;
    // Open cases registered in the `days` days up to today that look like the problem: same community and
    // category, or enough words in common. Best first, at most `limit`.
    QList<Candidate> similarOpenCases(const QString &text, const QString &communityCode, const QString &categoryId,
                                      const QDate &today, int days = 90, int limit = 5) const;
    // Deputies recorded on the station's visits of that day and half-day (any channel), most frequent first:
    // who is on duty, when no schedule says so.
    QStringList deputiesRecordedOn(const QString &stationId, const QDate &date, const QString &halfDay) const;
    // Existing cases the visit was linked to (visit_case), in link order.
    QList<CaseRecord> linkedCases(const QString &visitId) const;
    // The ids of the visit's live links to existing cases (visit_case rows).
    QStringList linkIds(const QString &visitId) const;
    // Visits of the station on a day, newest first, with visitors and deputies loaded.
    QList<Visit> visitsOn(const QString &stationId, const QDate &date) const;

private:
    Store &m_store;
};

} // namespace zt
