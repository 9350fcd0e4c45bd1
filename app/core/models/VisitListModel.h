#pragma once
// The latest visits of the station (接待记录), newest first, with visitors masked.

#include "models/ReadOnlyTableModel.h"

namespace zt {

class VisitListModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Date, HalfDay, Channel, Visitors, People, Deputies, Summary, Status, ColumnCount };
    explicit VisitListModel(Store &store, QObject *parent = nullptr);
    void setLimit(int limit) { m_limit = limit; }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    int m_limit = 100;
};

} // namespace zt
