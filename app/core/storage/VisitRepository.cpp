#include "storage/VisitRepository.h"

#include "storage/RecordReader.h"
#include "storage/VisitorRepository.h"

namespace zt {

QVariantMap VisitRepository::toFields(const Visit &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("point_id"), nullableText(row.pointId)},
            {QStringLiteral("visit_date"), nullableDate(row.date)},
            {QStringLiteral("half_day"), row.halfDay},
            {QStringLiteral("channel"), row.channel},
            {QStringLiteral("external_ref"), row.externalRef},
            {QStringLiteral("summary"), row.summary},
            {QStringLiteral("visitor_count"), row.visitorCount},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("cancel_reason"), row.cancelReason}};
}

Visit VisitRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Visit v;
    v.id = r.text("id");
    v.stationId = r.text("station_id");
    v.pointId = r.text("point_id");
    v.date = r.date("visit_date");
    v.halfDay = r.text("half_day");
    v.channel = r.text("channel");
    v.externalRef = r.text("external_ref");
    v.summary = r.text("summary");
    v.visitorCount = int(r.integer("visitor_count"));
    v.status = r.text("status");
    v.cancelReason = r.text("cancel_reason");
    v.meta = r.meta();
    return v;
}

Status VisitRepository::insertWithPeople(WriteTransaction &tx, Visit &visit) const
{
    if (!visit.date.isValid())
        return Error{QStringLiteral("visit.no_date"), tr("A visit needs a date.")};
    if (!visit.visitors.isEmpty()) {
        int people = 0;
        for (const Visitor &v : visit.visitors)
            people += qMax(1, v.headcount);
        visit.visitorCount = people;
    }
    if (Status s = insert(tx, visit); !s)
        return s;
    const QString stationId = visit.stationId.isEmpty() ? m_store.stationId() : visit.stationId;
    VisitorRepository visitors(m_store);
    for (Visitor &v : visit.visitors) {
        v.visitId = visit.id;
        v.stationId = stationId;
        if (Status s = visitors.insert(tx, v); !s)
            return s;
    }
    for (const QString &deputyId : visit.deputyIds) {
        Status s = tx.insert(QStringLiteral("visit_deputy"), Uuid7::generate(),
                             {{QStringLiteral("station_id"), stationId},
                              {QStringLiteral("visit_id"), visit.id},
                              {QStringLiteral("deputy_id"), deputyId}});
        if (!s)
            return s;
    }
    return {};
}

void VisitRepository::loadPeople(Visit &visit) const
{
    visit.visitors = VisitorRepository(m_store).listForVisit(visit.id);
    visit.deputyIds.clear();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT deputy_id FROM visit_deputy WHERE visit_id = ? AND deleted = 0"));
    q.addBindValue(visit.id);
    if (q.exec())
        while (q.next())
            visit.deputyIds << q.value(0).toString();
}

Status VisitRepository::cancel(WriteTransaction &tx, const QString &visitId, const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("visit.no_reason"), tr("Please give a reason for cancelling the visit.")};
    return tx.update(table(), visitId,
                     {{QStringLiteral("status"), QStringLiteral("cancelled")},
                      {QStringLiteral("cancel_reason"), reason.trimmed()}});
}

QList<Visit> VisitRepository::listOnDate(const QString &stationId, const QDate &date) const
{
    return select(QStringLiteral("WHERE station_id = ? AND visit_date = ? AND deleted = 0 ORDER BY half_day, hlc"),
                  {stationId, date.toString(Qt::ISODate)});
}

} // namespace zt
