#pragma once
// The visits of one day (today, at the reception desk), newest first: who came, how, the case numbers
// their problems got, the deputies, and whether the visit was cancelled. Visitors are masked.

#include "models/ReadOnlyTableModel.h"

#include <QDate>
#include <QSet>

namespace zt {

class TodayVisitsModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { HalfDay, Visitor, People, Channel, Cases, Deputies, Status, ColumnCount };
    explicit TodayVisitsModel(Store &store, QObject *parent = nullptr);
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    bool isCancelled(int row) const;

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QDate m_date;
    QSet<QString> m_cancelled;
};

} // namespace zt
