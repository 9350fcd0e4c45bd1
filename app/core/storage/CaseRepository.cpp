#include "storage/CaseRepository.h"

#include "storage/CaseRenumbering.h"
#include "storage/RecordReader.h"

namespace zt {

QVariantMap CaseRepository::toFields(const CaseRecord &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("point_id"), nullableText(row.pointId)},
            {QStringLiteral("case_no"), row.caseNo},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("description"), row.description},
            {QStringLiteral("category_id"), nullableText(row.categoryId)},
            {QStringLiteral("community_code"), row.communityCode},
            {QStringLiteral("location"), row.location},
            {QStringLiteral("channel"), row.channel},
            {QStringLiteral("external_ref"), row.externalRef},
            {QStringLiteral("visit_id"), nullableText(row.visitId)},
            {QStringLiteral("citizen_name"), row.citizenName},
            {QStringLiteral("citizen_phone"), row.citizenPhone},
            {QStringLiteral("deputy_id"), nullableText(row.deputyId)},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("department_id"), nullableText(row.departmentId)},
            {QStringLiteral("deadline"), nullableDate(row.deadline)},
            {QStringLiteral("priority"), row.priority},
            {QStringLiteral("satisfaction"), row.satisfaction},
            {QStringLiteral("registered_on"), nullableDate(row.registeredOn)},
            {QStringLiteral("assigned_on"), nullableDate(row.assignedOn)},
            {QStringLiteral("replied_on"), nullableDate(row.repliedOn)},
            {QStringLiteral("closed_on"), nullableDate(row.closedOn)}};
}

CaseRecord CaseRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    CaseRecord c;
    c.id = r.text("id");
    c.stationId = r.text("station_id");
    c.pointId = r.text("point_id");
    c.caseNo = r.text("case_no");
    c.title = r.text("title");
    c.description = r.text("description");
    c.categoryId = r.text("category_id");
    c.communityCode = r.text("community_code");
    c.location = r.text("location");
    c.channel = r.text("channel");
    c.externalRef = r.text("external_ref");
    c.visitId = r.text("visit_id");
    c.citizenName = r.text("citizen_name");
    c.citizenPhone = r.text("citizen_phone");
    c.deputyId = r.text("deputy_id");
    c.status = r.text("status");
    c.departmentId = r.text("department_id");
    c.deadline = r.date("deadline");
    c.priority = r.text("priority");
    c.satisfaction = r.text("satisfaction");
    c.registeredOn = r.date("registered_on");
    c.assignedOn = r.date("assigned_on");
    c.repliedOn = r.date("replied_on");
    c.closedOn = r.date("closed_on");
    c.meta = r.meta();
    return c;
}

// By the case's number, or by a number it had before it was renumbered (CaseRenumbering).
std::optional<CaseRecord> CaseRepository::findByNumber(const QString &caseNo) const
{
    const auto rows = select(QStringLiteral("WHERE case_no = ?"), {caseNo});
    if (!rows.isEmpty())
        return rows.first();
    // A number given out before the case was renumbered (decision 25) still finds it, as people keep
    // the old one on their receipt.
    if (const QString id = CaseRenumbering(m_store).caseIdByOldNumber(caseNo); !id.isEmpty())
        return find(id);
    return std::nullopt;
}

QList<CaseRecord> CaseRepository::listForVisit(const QString &visitId) const
{
    return select(QStringLiteral("WHERE visit_id = ? ORDER BY case_no"), {visitId});
}

} // namespace zt
