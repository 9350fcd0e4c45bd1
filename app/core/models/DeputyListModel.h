#pragma once
// The deputies of the station, national first, with phones masked.

#include "models/ReadOnlyTableModel.h"

namespace zt {

class DeputyListModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Level, Occupation, Expertise, Point, Phone, Term, ColumnCount };
    explicit DeputyListModel(Store &store, QObject *parent = nullptr);

protected:
    QStringList headers() const override;
    QVector<Row> load() override;
};

} // namespace zt
