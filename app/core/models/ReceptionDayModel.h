#pragma once
// Reception days held (接待日) in the last year: date, half-day, deputies on duty, visits and people.

#include "models/ReadOnlyTableModel.h"

#include <QDate>

namespace zt {

class ReceptionDayModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Weekday, HalfDay, Deputies, Visits, People, ColumnCount };
    explicit ReceptionDayModel(Store &store, QObject *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QDate m_today;
};

} // namespace zt
