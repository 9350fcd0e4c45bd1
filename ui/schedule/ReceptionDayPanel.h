#pragma once
// One reception day on the schedule page: who is on duty, the notice (preview, PDF, WeChat text with a
// copy button) and, once the day has come, attendance marking.

#include "schedule/ReceptionDay.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace zt {

class ReceptionSchedule;
class Store;

class ReceptionDayPanel : public QWidget
{
    Q_OBJECT
public:
    ReceptionDayPanel(Store &store, ReceptionSchedule &schedule, QWidget *parent = nullptr);

    void showDay(const std::optional<ReceptionDay> &day);
    // Public for tests: the notice as PDF; the attendance as the table says.
    QString exportNoticePdf(const QString &path);
    bool saveAttendance();
    QString weChatText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillAttendance();

    Store &m_store;
    ReceptionSchedule &m_schedule;
    std::optional<ReceptionDay> m_day;
    QLabel *m_titleLabel;
    QLabel *m_deputiesLabel;
    QPushButton *m_previewButton;
    QPushButton *m_pdfButton;
    QPushButton *m_copyButton;
    QPlainTextEdit *m_weChatTextEdit;
    QLabel *m_attendanceLabel;
    QTableWidget *m_attendanceTable;
    QPushButton *m_saveAttendanceButton;
    QLabel *m_messageLabel;
};

} // namespace zt
