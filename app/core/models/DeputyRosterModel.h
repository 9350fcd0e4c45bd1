#pragma once
// The deputies page's list: the station's deputies through a DeputyFilter, phones masked; reloads when
// deputies or points change.

#include "deputies/DeputyFilter.h"
#include "models/ReadOnlyTableModel.h"

namespace zt {

class DeputyRosterModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Level, Place, Occupation, Expertise, Phone, Term, ColumnCount };
    explicit DeputyRosterModel(Store &store, QObject *parent = nullptr);

    void setFilter(const DeputyFilter &filter);
    const DeputyFilter &filter() const { return m_filter; }
    // Every expertise tag of the station's deputies, sorted, for the filter's choices.
    QStringList expertiseTags() const { return m_tags; }
    int totalCount() const { return m_total; }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    DeputyFilter m_filter;
    QStringList m_tags;
    int m_total = 0;
};

} // namespace zt
