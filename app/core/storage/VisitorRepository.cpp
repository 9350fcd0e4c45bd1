#include "storage/VisitorRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap VisitorRepository::toFields(const Visitor &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("visit_id"), row.visitId},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("id_number"), row.idNumber},
            {QStringLiteral("community_code"), row.communityCode},
            {QStringLiteral("headcount"), row.headcount}};
}

Visitor VisitorRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Visitor v;
    v.id = r.text("id");
    v.stationId = r.text("station_id");
    v.visitId = r.text("visit_id");
    v.name = r.text("name");
    v.phone = r.text("phone");
    v.idNumber = r.text("id_number");
    v.communityCode = r.text("community_code");
    v.headcount = int(r.integer("headcount"));
    v.meta = r.meta();
    return v;
}

QList<Visitor> VisitorRepository::listForVisit(const QString &visitId) const
{
    return select(QStringLiteral("WHERE visit_id = ? AND deleted = 0"), {visitId});
}

} // namespace zt
