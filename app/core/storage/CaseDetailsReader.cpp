#include "storage/CaseDetailsReader.h"

#include "domain/Codes.h"
#include "domain/SupersededEvents.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace zt {

std::optional<CaseDetails> CaseDetailsReader::load(const QString &caseId) const
{
    const std::optional<CaseRecord> record = CaseRepository(m_store).find(caseId);
    if (!record || record->meta.deleted)
        return std::nullopt;

    CaseDetails details;
    details.record = *record;
    details.categoryName = nameOf(QStringLiteral("category"), record->categoryId);
    details.departmentName = nameOf(QStringLiteral("department"), record->departmentId);
    details.deputyName = nameOf(QStringLiteral("deputy"), record->deputyId);
    details.pointName = nameOf(QStringLiteral("point"), record->pointId);
    details.communityName = nameOf(QStringLiteral("division"), record->communityCode);

    for (const CaseEvent &event : CaseEventRepository(m_store).listForCase(caseId)) {
        CaseDetails::TimelineEntry entry;
        entry.event = event;
        entry.departmentName = nameOf(QStringLiteral("department"), event.departmentId);
        entry.deputyName = nameOf(QStringLiteral("deputy"), event.deputyId);
        entry.actorName = nameOf(QStringLiteral("app_user"), event.actorId);
        details.timeline.append(entry);
    }
    // A correction stands in the place of the event it corrects (dated as that one, so its place too).
    removeSupersededEvents(details.timeline,
                           [](const CaseDetails::TimelineEntry &entry) -> const CaseEvent & { return entry.event; });
    details.attachments = AttachmentRepository(m_store).listForOwner(QStringLiteral("cases"), caseId);
    loadVisit(details);
    loadRelated(details);
    return details;
}

QString CaseDetailsReader::nameOf(const QString &table, const QString &id) const
{
    if (id.isEmpty())
        return {};
    // The table name comes from the fixed list above, never from input; the id is bound.
    QString sql;
    if (table == QLatin1String("division"))
        sql = QStringLiteral("SELECT name FROM division WHERE code = ?");
    else if (table == QLatin1String("app_user"))
        sql = QStringLiteral("SELECT display_name FROM app_user WHERE id = ?");
    else if (table == QLatin1String("department") || table == QLatin1String("category")
             || table == QLatin1String("deputy") || table == QLatin1String("point"))
        sql = QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table);
    else
        return {};
    QSqlQuery &q = m_store.cachedQuery(sql);
    q.addBindValue(id);
    QString name;
    if (q.exec() && q.next())
        name = q.value(0).toString();
    q.finish();
    return name;
}

void CaseDetailsReader::loadVisit(CaseDetails &details) const
{
    if (details.record.visitId.isEmpty())
        return;
    QSqlQuery &visit = m_store.cachedQuery(QStringLiteral("SELECT visit_date, summary FROM visit WHERE id = ?"));
    visit.addBindValue(details.record.visitId);
    if (visit.exec() && visit.next()) {
        details.visitDate = QDate::fromString(visit.value(0).toString(), Qt::ISODate);
        details.visitSummary = visit.value(1).toString();
    }
    visit.finish();

    QSqlQuery &deputies = m_store.cachedQuery(
        QStringLiteral("SELECT d.name FROM visit_deputy vd JOIN deputy d ON d.id = vd.deputy_id "
                       "WHERE vd.visit_id = ? AND vd.deleted = 0 ORDER BY d.name"));
    deputies.addBindValue(details.record.visitId);
    if (deputies.exec()) {
        while (deputies.next())
            details.visitDeputies << deputies.value(0).toString();
    }
    deputies.finish();
}

void CaseDetailsReader::loadRelated(CaseDetails &details) const
{
    using Relation = CaseDetails::RelatedCase::Relation;
    auto read = [&details](QSqlQuery &q, Relation relation) {
        if (q.exec()) {
            while (q.next()) {
                CaseDetails::RelatedCase related;
                related.relation = relation;
                related.id = q.value(0).toString();
                related.caseNo = q.value(1).toString();
                related.title = q.value(2).toString();
                related.status = q.value(3).toString();
                if (related.id != details.record.id)
                    details.related.append(related);
            }
        }
        q.finish();
    };

    if (!details.record.visitId.isEmpty()) {
        QSqlQuery &sameVisit = m_store.cachedQuery(QStringLiteral(
            "SELECT id, case_no, title, status FROM cases WHERE visit_id = ? AND deleted = 0 ORDER BY case_no"));
        sameVisit.addBindValue(details.record.visitId);
        read(sameVisit, Relation::SameVisit);
    }

    // A merge event's note holds the target's case number (CaseWorkflow::mergeInto); the timeline has
    // only the events that stand, so a merge event corrected after its target was renumbered (decision
    // 25 (4)) names the new number.
    for (const CaseDetails::TimelineEntry &entry : std::as_const(details.timeline)) {
        if (entry.event.kind != CaseEventKind::Merged)
            continue;
        QSqlQuery &target = m_store.cachedQuery(
            QStringLiteral("SELECT id, case_no, title, status FROM cases WHERE case_no = ? AND deleted = 0"));
        target.addBindValue(entry.event.note.trimmed());
        read(target, Relation::MergedInto);
    }

    // Cases merged into this one: only merged cases of this station qualify, found through the status index;
    // a merge event another one corrects (it named another case's number, decision 25 (4)) does not count.
    // The correction is an event of the same case, so case_event_case finds it.
    QSqlQuery &sources = m_store.cachedQuery(QStringLiteral(
        "SELECT c.id, c.case_no, c.title, c.status FROM cases c "
        "WHERE c.station_id = ? AND c.status = 'merged' AND c.deleted = 0 AND EXISTS ("
        " SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'merged' AND e.note = ? AND e.deleted = 0 "
        " AND NOT EXISTS (SELECT 1 FROM case_event s WHERE s.case_id = e.case_id AND s.supersedes = e.id AND s.deleted = 0)) "
        "ORDER BY c.case_no"));
    sources.addBindValue(details.record.stationId);
    sources.addBindValue(details.record.caseNo);
    read(sources, Relation::MergedFrom);
}

} // namespace zt
