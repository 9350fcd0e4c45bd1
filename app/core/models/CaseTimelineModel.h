#pragma once
// A case's history as a table, oldest first: when, what happened, and the facts of the step in one
// wrapped column (department, deputy, deadline, rating, note, who recorded it). One column for the
// facts because the detail panel is narrow: seven mostly empty columns needed a horizontal scroll
// bar and hid the note, the part people read.

#include "domain/CaseDetails.h"
#include "models/ReadOnlyTableModel.h"

namespace zt {

class CaseTimelineModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { When, What, Details, ColumnCount };

    explicit CaseTimelineModel(Store &store, QObject *parent = nullptr);

    void setTimeline(const QList<CaseDetails::TimelineEntry> &timeline);

    // What the Details column shows for an entry: department, deputy, deadline, the rating in words,
    // the note and who recorded the step, each only when the entry has it.
    static QString detailsText(const CaseDetails::TimelineEntry &entry);

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QList<CaseDetails::TimelineEntry> m_timeline;
};

} // namespace zt
