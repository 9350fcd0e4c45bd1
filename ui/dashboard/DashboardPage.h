#pragma once
// 一图通览: this month's headline figures against last month, computed by core's FigureCalculator.
// (Charts and period choice come with the dashboard feature.)

#include <QDate>
#include <QWidget>

class QLabel;
class QGridLayout;

namespace zt {

class FigureCard;
class Store;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    Store &m_store;
    QDate m_today;
    QLabel *m_titleLabel;
    QLabel *m_periodLabel;
    QList<FigureCard *> m_cards;
    bool m_loaded = false;
};

} // namespace zt
