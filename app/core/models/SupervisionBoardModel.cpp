#include "models/SupervisionBoardModel.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "storage/Store.h"
#include "storage/SupervisionQueries.h"
#include "workflow/SupervisionColour.h"

namespace zt {

SupervisionBoardModel::SupervisionBoardModel(Store &store, WorkingDayCalendar calendar, QObject *parent)
    : ReadOnlyTableModel(store, parent), m_calendar(std::move(calendar))
{
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (table == QLatin1String("cases") || table == QLatin1String("case_event")) {
            const bool wasFetching = m_fetching;
            m_fetching = true;
            reload();
            m_fetching = wasFetching;
        }
    });
}

QStringList SupervisionBoardModel::headers() const
{
    return {tr("Urgency"), tr("Time left"), tr("Case number"), tr("Title"), tr("Department"),
            tr("Deputy following"), tr("Deadline"), tr("Reminders")};
}

bool SupervisionBoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void SupervisionBoardModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_fetching)
        return;
    m_fetching = true;
    appendRows(page());
    m_fetching = false;
}

void SupervisionBoardModel::setFilter(const SupervisionFilter &filter)
{
    m_filter = filter;
    const bool wasFetching = m_fetching;
    m_fetching = true;
    reload();
    m_fetching = wasFetching;
}

QVector<ReadOnlyTableModel::Row> SupervisionBoardModel::load()
{
    m_items.clear();
    m_colours.clear();
    return page();
}

QVector<ReadOnlyTableModel::Row> SupervisionBoardModel::page()
{
    QDate afterDeadline;
    QString afterCaseNo;
    if (!m_items.isEmpty()) {
        afterDeadline = m_items.last().deadline;
        afterCaseNo = m_items.last().caseNo;
    }
    const QList<SupervisionItem> items =
        SupervisionQueries(m_store).page(m_filter, afterDeadline, afterCaseNo, m_pageSize);
    m_more = items.size() == m_pageSize;
    QVector<Row> rows;
    rows.reserve(items.size());
    for (const SupervisionItem &item : items) {
        rows.append(toRow(item));
        m_items.append(item);
    }
    return rows;
}

ReadOnlyTableModel::Row SupervisionBoardModel::toRow(const SupervisionItem &item)
{
    CaseRecord record;
    record.status = CaseStatus::Assigned;
    record.deadline = item.deadline;
    const QDate today = Clock::today();
    const int left = SupervisionColour::workingDaysLeft(record, today, m_calendar);
    const SupervisionColour::Level level = SupervisionColour::level(record, today, m_calendar);
    m_colours.append(SupervisionColour::colourName(level));

    Row row;
    row.id = item.caseId;
    const QString reminders = item.reminders == 0
                                  ? tr("None")
                                  : tr("%n time(s), last %1", nullptr, item.reminders)
                                        .arg(item.lastReminded.toString(Qt::ISODate));
    row.cells = {SupervisionColour::label(level), SupervisionColour::daysLeftText(left), item.caseNo, item.title,
                 item.departmentName, item.deputyName, item.deadline.toString(Qt::ISODate), reminders};
    row.tooltips = {QVariant(), QVariant(), QVariant(), item.title, QVariant(), QVariant(), QVariant(), QVariant()};
    return row;
}

QVariant SupervisionBoardModel::data(const QModelIndex &index, int role) const
{
    if (role == ColourNameRole) {
        if (!index.isValid() || index.row() >= m_colours.size())
            return {};
        return m_colours.at(index.row());
    }
    return ReadOnlyTableModel::data(index, role);
}

SupervisionCounts SupervisionBoardModel::counts() const
{
    const QDate today = Clock::today();
    // The last date with at most DueSoonDays working days left: the day before the (DueSoonDays+1)th
    // working day, so a deadline set on a weekend right after counts as due soon too.
    const QDate dueSoonThrough = m_calendar.addWorkingDays(today, SupervisionColour::DueSoonDays + 1).addDays(-1);
    return SupervisionQueries(m_store).counts(m_filter, today, dueSoonThrough);
}

QList<SupervisionItem> SupervisionBoardModel::allItems() const
{
    QList<SupervisionItem> all;
    SupervisionQueries queries(m_store);
    for (;;) {
        const QDate after = all.isEmpty() ? QDate() : all.last().deadline;
        const QString afterNo = all.isEmpty() ? QString() : all.last().caseNo;
        const QList<SupervisionItem> chunk = queries.page(m_filter, after, afterNo, 1000);
        all += chunk;
        if (chunk.size() < 1000)
            return all;
    }
}

} // namespace zt
