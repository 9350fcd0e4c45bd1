#include "storage/ReceptionLookup.h"

#include "domain/Codes.h"
#include "reception/SimilarText.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace zt {

namespace {

QString openStatusList()
{
    QStringList quoted;
    for (const QString &s : CaseStatus::all())
        if (CaseStatus::isOpen(s))
            quoted << QLatin1Char('\'') + s + QLatin1Char('\''); // fixed codes from Codes.h, never input
    return quoted.join(QLatin1Char(','));
}

} // namespace

ReceptionLookup::ReturningVisitor ReceptionLookup::returningVisitor(const QString &phone, int limit) const
{
    ReturningVisitor out;
    if (phone.trimmed().isEmpty())
        return out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.visit_date, v.channel, v.summary, v.status, vr.name, vr.community_code "
                             "FROM visitor vr JOIN visit v ON v.id = vr.visit_id "
                             "WHERE vr.phone = ? AND vr.phone <> '' AND vr.deleted = 0 AND v.deleted = 0 "
                             "ORDER BY v.visit_date DESC, v.hlc DESC LIMIT ?"));
    q.addBindValue(phone);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            EarlierVisit v;
            v.visitId = q.value(0).toString();
            v.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            v.channel = q.value(2).toString();
            v.summary = q.value(3).toString();
            v.cancelled = q.value(4).toString() == QLatin1String("cancelled");
            v.visitorName = q.value(5).toString();
            if (out.name.isEmpty())
                out.name = v.visitorName;
            if (out.communityCode.isEmpty())
                out.communityCode = q.value(6).toString();
            out.visits << v;
        }
    }
    out.openCases = CaseRepository(m_store).select(
        // "<> ''" lets SQLite use the partial indexes on the phone columns (visitor_phone, cases_citizen_phone).
        QStringLiteral("WHERE citizen_phone = ? AND citizen_phone <> '' AND deleted = 0 AND status IN (%1) "
                       "ORDER BY registered_on DESC, id DESC "
                       "LIMIT 50").arg(openStatusList()),
        {phone});
    return out;
}

QList<ReceptionLookup::Candidate> ReceptionLookup::similarOpenCases(const QString &text, const QString &communityCode,
                                                                    const QString &categoryId, const QDate &today,
                                                                    int days, int limit) const
{
    QList<Candidate> out;
    const QSet<QString> typed = SimilarText::terms(text);
    const bool placeAndCategory = !communityCode.isEmpty() && !categoryId.isEmpty();
    if (typed.isEmpty() && !placeAndCategory)
        return out;
    // A station registers a few hundred cases in 90 days: reading them and comparing in memory is cheaper
    // than any index for two-character Chinese words (see platform notes on FTS5 and short terms). The
    // newest 1,000 bound the work on a district store (4,000 open cases in 90 days took 0.3 s to read).
    const QList<CaseRecord> open = CaseRepository(m_store).select(
        QStringLiteral("WHERE station_id = ? AND deleted = 0 AND status IN (%1) AND registered_on BETWEEN ? AND ? "
                       "ORDER BY registered_on DESC, id DESC LIMIT 1000").arg(openStatusList()),
        {m_store.stationId(), today.addDays(-days).toString(Qt::ISODate), today.toString(Qt::ISODate)});
    for (const CaseRecord &c : open) {
        Candidate cand;
        cand.record = c;
        cand.samePlaceAndCategory = placeAndCategory && c.communityCode == communityCode && c.categoryId == categoryId;
        const QSet<QString> theirs = SimilarText::terms(c.title + QLatin1Char(' ') + c.description);
        int shared = 0;
        for (const QString &t : typed)
            if (theirs.contains(t))
                ++shared;
        const double words = typed.isEmpty() ? 0.0 : double(shared) / double(typed.size());
        const bool wordsAlike = shared >= 2 && words >= 0.4;
        if (!cand.samePlaceAndCategory && !wordsAlike)
            continue;
        cand.score = std::min(1.0, (cand.samePlaceAndCategory ? 0.5 : 0.0) + (wordsAlike ? words : words / 2));
        out << cand;
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QStringList ReceptionLookup::deputiesRecordedOn(const QString &stationId, const QDate &date, const QString &halfDay) const
{
    QStringList out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT vd.deputy_id FROM visit_deputy vd JOIN visit v ON v.id = vd.visit_id "
                             "WHERE v.station_id = ? AND v.visit_date = ? AND v.half_day = ? AND v.status = 'active' "
                             "AND v.deleted = 0 AND vd.deleted = 0 GROUP BY vd.deputy_id "
                             "ORDER BY count(*) DESC, min(vd.hlc)"));
    q.addBindValue(stationId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(halfDay);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<CaseRecord> ReceptionLookup::linkedCases(const QString &visitId) const
{
    QList<CaseRecord> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.* FROM visit_case l JOIN cases c ON c.id = l.case_id "
                             "WHERE l.visit_id = ? AND l.deleted = 0 ORDER BY l.hlc"));
    q.addBindValue(visitId);
    if (q.exec())
        while (q.next())
            out << CaseRepository::fromRecord(q.record());
    return out;
}

QStringList ReceptionLookup::linkIds(const QString &visitId) const
{
    QStringList out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM visit_case WHERE visit_id = ? AND deleted = 0 ORDER BY hlc"));
    q.addBindValue(visitId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<Visit> ReceptionLookup::visitsOn(const QString &stationId, const QDate &date) const
{
    const VisitRepository repo(m_store);
    QList<Visit> visits = repo.select(
        QStringLiteral("WHERE station_id = ? AND visit_date = ? AND deleted = 0 ORDER BY hlc DESC"),
        {stationId, date.toString(Qt::ISODate)});
    for (Visit &v : visits)
        repo.loadPeople(v);
    return visits;
}

} // namespace zt
