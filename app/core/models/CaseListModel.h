#pragma once
// The station's cases, filtered and sorted, read a page at a time with keyset paging on the sort key, so
// the list opens instantly however many cases the store holds.

#include "models/CaseFilter.h"
#include "models/ReadOnlyTableModel.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace zt {

class CaseListModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, Category, Community, Status, Department, Deadline, Registered, ColumnCount };
    static constexpr int PageSize = 200;

    // A statement and its values in binding order; the text is assembled from fixed fragments only.
    struct Query
    {
        QString sql;
        QVariantList binds;
    };

    explicit CaseListModel(Store &store, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows the cases that match, from the first page. Never counts them: see countMatching().
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }

    // How many cases match the current filter. Reads every match, so not for the GUI thread on a big
    // store: a worker can call the static overload on its own connection.
    qint64 countMatching() const;
    // -1 when the query fails.
    static qint64 countMatching(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter,
                                const QDate &today);

    // The statement for one page: the first when after is empty, else the rows strictly after the sort
    // key after (as read from the last row shown). today decides what is overdue. Public for the tests'
    // EXPLAIN QUERY PLAN checks.
    static Query pageQuery(const QString &stationId, const CaseFilter &filter, const QDate &today,
                           const QVariantList &after, int limit);
    static Query countQuery(const QString &stationId, const CaseFilter &filter, const QDate &today);

    // Tests only: smaller pages put many page boundaries inside runs of equal sort keys.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QVector<Row> page();
    void reloadFromStart();

    CaseFilter m_filter;
    QVariantList m_lastKey; // sort key of the last row shown; empty before the first page
    int m_pageSize = PageSize;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace zt
