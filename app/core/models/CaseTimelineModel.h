#pragma once
// A case's history as a table, oldest first: when, what happened, at which department, which deputy,
// the deadline set, the details, and who recorded it.

#include "domain/CaseDetails.h"
#include "models/ReadOnlyTableModel.h"

namespace zt {

class CaseTimelineModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { When, What, Department, Deputy, Deadline, Details, RecordedBy, ColumnCount };

    explicit CaseTimelineModel(Store &store, QObject *parent = nullptr);

    void setTimeline(const QList<CaseDetails::TimelineEntry> &timeline);

    // What the Details column shows for an event: the note, the rating in words, or both.
    static QString detailsText(const CaseEvent &event);

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QList<CaseDetails::TimelineEntry> m_timeline;
};

} // namespace zt
