#pragma once
// The supervision board (督办): open assigned cases, most urgent first, each with its urgency as a word
// and a colour, paged by key so the board opens at once however many cases are open.

#include "models/ReadOnlyTableModel.h"
#include "supervision/SupervisionItem.h"
#include "workflow/WorkingDayCalendar.h"

namespace zt {

class SupervisionBoardModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Urgency, TimeLeft, Number, Title, Department, Deputy, Deadline, Reminders, ColumnCount };
    // Data role with the urgency colour as "#rrggbb" (core has no QColor; the view turns it into a brush).
    static constexpr int ColourNameRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    SupervisionBoardModel(Store &store, WorkingDayCalendar calendar, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setFilter(const SupervisionFilter &filter);
    const SupervisionFilter &filter() const { return m_filter; }
    // The headline for the whole board (not only the rows loaded so far).
    SupervisionCounts counts() const;
    // The items of the rows loaded so far, in board order (for printing a department's list).
    const QList<SupervisionItem> &items() const { return m_items; }
    // Every item of the board under the current filter, for printing; reads them all.
    QList<SupervisionItem> allItems() const;

    const WorkingDayCalendar &calendar() const { return m_calendar; }

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QVector<Row> page();
    Row toRow(const SupervisionItem &item);

    WorkingDayCalendar m_calendar;
    SupervisionFilter m_filter;
    QList<SupervisionItem> m_items;
    QStringList m_colours; // per loaded row
    int m_pageSize = PageSize;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace zt
