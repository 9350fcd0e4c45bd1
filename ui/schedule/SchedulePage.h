#pragma once
// The schedule page (接待日程): the month view (calendar, the month's reception days, the chosen day's
// notice and attendance), the year view (every day of the year, the wall schedule and the .ics export)
// and the rules editor.

#include "schedule/ReceptionDay.h"

#include <QWidget>
#include <memory>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace zt {

class ReceptionDayPanel;
class ReceptionSchedule;
class RuleEditorForm;
class Store;

class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulePage(Store &store, QWidget *parent = nullptr);
    ~SchedulePage() override;

    // Public for tests and the buttons: the year's wall schedule as PDF, the year as .ics. An empty
    // string means it worked; otherwise the message shown.
    QString exportWallSchedulePdf(const QString &path);
    QString exportIcs(const QString &path);
    void showMonth(int year, int month);
    void selectDay(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshMonth();
    void refreshYear();
    void refreshRules();
    void sessionChosen();
    QString pointName(const QString &pointId) const;

    Store &m_store;
    std::unique_ptr<ReceptionSchedule> m_schedule;
    QList<ReceptionDay> m_monthDays;
    QList<ReceptionDay> m_yearDays;

    QLabel *m_titleLabel;
    QTabWidget *m_tabs;
    // Month
    QCalendarWidget *m_calendar;
    QTableWidget *m_monthTable;
    ReceptionDayPanel *m_dayPanel;
    // Year
    QSpinBox *m_yearSpinBox;
    QTableWidget *m_yearTable;
    QComboBox *m_paperComboBox;
    QPushButton *m_previewWallButton;
    QPushButton *m_wallPdfButton;
    QPushButton *m_icsButton;
    QLabel *m_yearMessageLabel;
    // Rules
    QListWidget *m_rulesList;
    QPushButton *m_newRuleButton;
    RuleEditorForm *m_ruleForm;
};

} // namespace zt
