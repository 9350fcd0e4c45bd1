#pragma once
// One row per month of the last year with the month's figures: the reports page's overview.

#include "models/ReadOnlyTableModel.h"

#include <QDate>

namespace zt {

class MonthFiguresModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Month, Visitors, Raised, Solved, Completion, Satisfaction, OnTimeReply, ColumnCount };
    explicit MonthFiguresModel(Store &store, QObject *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }
    void setMonths(int months) { m_months = months; }

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QDate m_today;
    int m_months = 12;
};

} // namespace zt
