#include "storage/CaseEventRepository.h"

#include "common/Clock.h"
#include "storage/RecordReader.h"

namespace zt {

QVariantMap CaseEventRepository::toFields(const CaseEvent &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("case_id"), row.caseId},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("occurred_at"), timestamp(row.occurredAt)},
            {QStringLiteral("actor_id"), nullableText(row.actorId)},
            {QStringLiteral("deputy_id"), nullableText(row.deputyId)},
            {QStringLiteral("department_id"), nullableText(row.departmentId)},
            {QStringLiteral("deadline"), nullableDate(row.deadline)},
            {QStringLiteral("satisfaction"), row.satisfaction},
            {QStringLiteral("note"), row.note},
            {QStringLiteral("supersedes"), nullableText(row.supersedes)}};
}

CaseEvent CaseEventRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    CaseEvent e;
    e.id = r.text("id");
    e.stationId = r.text("station_id");
    e.caseId = r.text("case_id");
    e.kind = r.text("kind");
    e.occurredAt = r.dateTime("occurred_at");
    e.actorId = r.text("actor_id");
    e.deputyId = r.text("deputy_id");
    e.departmentId = r.text("department_id");
    e.deadline = r.date("deadline");
    e.satisfaction = r.text("satisfaction");
    e.note = r.text("note");
    e.supersedes = r.text("supersedes");
    e.meta = r.meta();
    return e;
}

Status CaseEventRepository::append(WriteTransaction &tx, CaseEvent &event) const
{
    if (!event.occurredAt.isValid())
        event.occurredAt = Clock::nowUtc();
    if (event.actorId.isEmpty())
        event.actorId = m_store.currentUserId();
    return insert(tx, event);
}

QList<CaseEvent> CaseEventRepository::listForCase(const QString &caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? AND deleted = 0 ORDER BY occurred_at, hlc"), {caseId});
}

} // namespace zt
