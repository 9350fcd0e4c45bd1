#include "models/CaseTimelineModel.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"

namespace zt {

CaseTimelineModel::CaseTimelineModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent) {}

QStringList CaseTimelineModel::headers() const
{
    return {tr("When"), tr("What"), tr("Department"), tr("Deputy"), tr("Deadline"), tr("Details"),
            tr("Recorded by")};
}

void CaseTimelineModel::setTimeline(const QList<CaseDetails::TimelineEntry> &timeline)
{
    m_timeline = timeline;
    reload();
}

QString CaseTimelineModel::detailsText(const CaseEvent &event)
{
    QStringList parts;
    if (!event.satisfaction.isEmpty())
        parts << DomainText::satisfaction(event.satisfaction);
    if (!event.note.isEmpty())
        parts << event.note;
    return parts.join(QStringLiteral("; "));
}

QVector<ReadOnlyTableModel::Row> CaseTimelineModel::load()
{
    QVector<Row> rows;
    rows.reserve(m_timeline.size());
    for (const CaseDetails::TimelineEntry &entry : std::as_const(m_timeline)) {
        const CaseEvent &e = entry.event;
        Row row;
        row.id = e.id;
        const QString details = detailsText(e);
        row.cells = {e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     DomainText::caseEventKind(e.kind),
                     entry.departmentName,
                     entry.deputyName,
                     e.deadline.isValid() ? e.deadline.toString(Qt::ISODate) : QString(),
                     details,
                     entry.actorName};
        row.tooltips = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), details, QVariant()};
        rows.append(row);
    }
    return rows;
}

} // namespace zt
