#include "models/CaseTimelineModel.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "domain/SupersededEvents.h"

namespace zt {

CaseTimelineModel::CaseTimelineModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent) {}

QStringList CaseTimelineModel::headers() const
{
    return {tr("When"), tr("What"), tr("Details")};
}

void CaseTimelineModel::setTimeline(const QList<CaseDetails::TimelineEntry> &timeline)
{
    m_timeline = timeline;
    // One line per fact: an event a later one corrects (supersedes) is not shown beside its correction.
    removeSupersededEvents(m_timeline,
                           [](const CaseDetails::TimelineEntry &entry) -> const CaseEvent & { return entry.event; });
    reload();
}

QString CaseTimelineModel::detailsText(const CaseDetails::TimelineEntry &entry)
{
    const CaseEvent &event = entry.event;
    QStringList parts;
    if (!entry.departmentName.isEmpty())
        parts << tr("Department: %1").arg(entry.departmentName);
    if (!entry.deputyName.isEmpty())
        parts << tr("Deputy: %1").arg(entry.deputyName);
    if (event.deadline.isValid())
        parts << tr("Deadline: %1").arg(event.deadline.toString(Qt::ISODate));
    if (!event.satisfaction.isEmpty())
        parts << DomainText::satisfaction(event.satisfaction);
    if (const QStringList numbers = event.kind == CaseEventKind::Renumbered ? CaseEventKind::renumberedNumbers(event.note)
                                                                           : QStringList();
        !numbers.isEmpty())
        parts << tr("Number changed from %1 to %2: another PC had used the old number").arg(numbers.at(0), numbers.at(1));
    else if (const QStringList reported = event.kind == CaseEventKind::ReportedElsewhere
                                               ? CaseEventKind::reportedElsewhereParts(event.note)
                                               : QStringList();
             !reported.isEmpty()) {
        // One sentence with what the visitor added: joined as a separate fact it read "...station; They added".
        if (reported.at(2).isEmpty())
            parts << tr("A visitor at %1 reported this again on %2, before the case came to this station")
                         .arg(reported.at(0), reported.at(1));
        else
            parts << tr("A visitor at %1 reported this again on %2, before the case came to this station, and added: %3")
                         .arg(reported.at(0), reported.at(1), reported.at(2));
    } else if (!event.note.isEmpty())
        parts << event.note;
    if (!entry.actorName.isEmpty())
        parts << tr("Recorded by %1").arg(entry.actorName);
    return parts.join(tr("; ", "between the facts of one timeline entry"));
}

QVector<ReadOnlyTableModel::Row> CaseTimelineModel::load()
{
    QVector<Row> rows;
    rows.reserve(m_timeline.size());
    for (const CaseDetails::TimelineEntry &entry : std::as_const(m_timeline)) {
        const CaseEvent &e = entry.event;
        Row row;
        row.id = e.id;
        const QString details = detailsText(entry);
        row.cells = {e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     DomainText::caseEventKind(e.kind), details};
        row.tooltips = {QVariant(), QVariant(), details};
        rows.append(row);
    }
    return rows;
}

} // namespace zt
