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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString rowId(int row) const override;

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
    // Where one value of a row lies in m_text, as UTF-8; decoded only when a view asks for it (a page is 200
    // rows, a screen shows about 30: decoding every value up front cost as much as running the statement).
    struct Span
    {
        quint32 offset = 0;
        qint32 length = -1; // -1: NULL
    };
    // The columns a row keeps: the case's id, then the shown columns (the status as its code's index).
    enum Kept { KeptId, KeptNumber, KeptTitle, KeptCategory, KeptCommunity, KeptDepartment, KeptDeadline,
                KeptRegistered, KeptCount };
    struct PageRow
    {
        Span spans[KeptCount];
        int status = -1; // index into m_statusCodes / m_statusTexts
    };
    struct Page
    {
        QByteArray text; // offsets in the rows are relative to the model's m_text once appended
        QVector<PageRow> rows;
    };

    Page page();
    void append(Page &&page);
    QVariant cell(const PageRow &row, Kept kept) const;
    QString text(const PageRow &row, Kept kept) const;
    void reloadFromStart();

    QByteArray m_text;
    QVector<PageRow> m_rows;
    // The statuses seen, each translated once (a page shows a handful); re-made on every reload, so a language
    // switch (which reloads) shows the new words.
    QList<QByteArray> m_statusCodes;
    QStringList m_statusTexts;
    CaseFilter m_filter;
    QVariantList m_lastKey; // sort key of the last row shown; empty before the first page
    int m_pageSize = PageSize;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace zt
