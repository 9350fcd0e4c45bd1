#pragma once
// The station's cases, newest first, read a page at a time with keyset paging, so the list opens
// instantly however many cases the store holds.

#include "models/ReadOnlyTableModel.h"

namespace zt {

class CaseListModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, Category, Community, Status, Department, Deadline, Registered, ColumnCount };
    static constexpr int PageSize = 200;

    explicit CaseListModel(Store &store, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QVector<Row> page(const QString &afterDate, const QString &afterId);

    QString m_lastDate;
    QString m_lastId;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace zt
