#pragma once
// The supervision board (督办): open cases waiting for a department's reply, most urgent first, coloured
// and worded green / yellow / red; one click sends a reminder; a printable list per department.

#include "workflow/WorkingDayCalendar.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace zt {

class Store;
class SupervisionBoardModel;

class SupervisionBoardPanel : public QWidget
{
    Q_OBJECT
public:
    SupervisionBoardPanel(Store &store, WorkingDayCalendar calendar, QWidget *parent = nullptr);

    SupervisionBoardModel *model() const { return m_model; }
    // Sends a reminder (催办) for the selected cases; returns how many were reminded.
    int remindSelected();
    // The supervision list for the department chosen in the filter (or all), as printed.
    QString listHtml() const;
    // Writes the list as a PDF; false with a message shown on the board when it cannot.
    bool exportPdf(const QString &path);

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();
    void applyFilter();
    void updateCounts();
    void retranslate();
    void printPreview();
    void choosePdf();

    Store &m_store;
    WorkingDayCalendar m_calendar;
    SupervisionBoardModel *m_model;
    QLabel *m_countsLabel;
    QLabel *m_messageLabel;
    QComboBox *m_department;
    QComboBox *m_deputy;
    QPushButton *m_remind;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QTableView *m_view;
    bool m_loaded = false;
};

} // namespace zt
