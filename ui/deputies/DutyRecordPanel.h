#pragma once
// The duty record (履职记录) of one deputy on the deputies page: receptions attended, visits received,
// cases followed and how they ended, for this year or the whole term.

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace zt {

class Store;

class DutyRecordPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DutyRecordPanel(Store &store, QWidget *parent = nullptr);
    void showDeputy(const QString &deputyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Store &m_store;
    QString m_deputyId;
    QLabel *m_periodLabel;
    QComboBox *m_periodComboBox;
    QLabel *m_receptionsLabel;
    QLabel *m_visitsLabel;
    QLabel *m_casesLabel;
    QLabel *m_satisfactionLabel;
    QLabel *m_daysLabel;
    QListWidget *m_daysList;
};

} // namespace zt
