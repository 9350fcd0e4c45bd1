#include "ReceptionDayPanel.h"

#include "Printout.h"

#include "common/Clock.h"
#include "deputies/DeputyService.h"
#include "domain/Attendance.h"
#include "domain/DomainText.h"
#include "schedule/ReceptionNotice.h"
#include "schedule/ReceptionSchedule.h"
#include "storage/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zt {

ReceptionDayPanel::ReceptionDayPanel(Store &store, ReceptionSchedule &schedule, QWidget *parent)
    : QWidget(parent), m_store(store), m_schedule(schedule)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("dayTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_deputiesLabel = new QLabel(this);
    m_deputiesLabel->setObjectName(QStringLiteral("dayDeputiesLabel"));
    m_deputiesLabel->setWordWrap(true);
    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("previewNoticeButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("noticePdfButton"));
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyWeChatButton"));
    m_weChatTextEdit = new QPlainTextEdit(this);
    m_weChatTextEdit->setObjectName(QStringLiteral("weChatTextEdit"));
    m_weChatTextEdit->setReadOnly(true);
    m_attendanceLabel = new QLabel(this);
    m_attendanceTable = new QTableWidget(this);
    m_attendanceTable->setObjectName(QStringLiteral("attendanceTableWidget"));
    m_attendanceTable->setColumnCount(2);
    m_attendanceTable->verticalHeader()->hide();
    m_attendanceTable->horizontalHeader()->setStretchLastSection(true);
    m_attendanceTable->setMaximumHeight(130);
    m_saveAttendanceButton = new QPushButton(this);
    m_saveAttendanceButton->setObjectName(QStringLiteral("saveAttendanceButton"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("attendanceMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_copyButton);
    auto *attendanceButtons = new QHBoxLayout;
    attendanceButtons->addWidget(m_messageLabel, 1);
    attendanceButtons->addWidget(m_saveAttendanceButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_deputiesLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_weChatTextEdit, 1);
    layout->addWidget(m_attendanceLabel);
    layout->addWidget(m_attendanceTable);
    layout->addLayout(attendanceButtons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(weChatText());
        m_messageLabel->setText(tr("The notice text is on the clipboard: paste it into the WeChat group."));
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        if (m_day)
            Printout::notice(ReceptionNotice::build(m_store, *m_day).toHtml())->preview(this);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        if (!m_day)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the notice as PDF"),
            tr("Notice %1.pdf").arg(m_day->session.date.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            const QString error = exportNoticePdf(path);
            m_messageLabel->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : error);
        }
    });
    connect(m_saveAttendanceButton, &QPushButton::clicked, this, &ReceptionDayPanel::saveAttendance);
    retranslate();
    showDay(std::nullopt);
}

void ReceptionDayPanel::showDay(const std::optional<ReceptionDay> &day)
{
    m_day = day;
    m_messageLabel->clear();
    const bool has = day.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_previewButton, m_pdfButton, m_copyButton})
        w->setEnabled(has);
    if (!has) {
        m_titleLabel->setText(tr("Choose a reception day in the calendar or the list."));
        m_deputiesLabel->clear();
        m_weChatTextEdit->clear();
        fillAttendance();
        return;
    }
    const ReceptionNotice notice = ReceptionNotice::build(m_store, *day);
    m_titleLabel->setText(notice.title + QStringLiteral(" · ") + notice.whenText());
    QStringList names;
    for (const NoticeDeputy &d : notice.deputies)
        names << d.name;
    m_deputiesLabel->setText(names.isEmpty() ? tr("No deputies on duty in the rule.")
                                             : tr("On duty: %1").arg(names.join(QStringLiteral("、"))));
    m_weChatTextEdit->setPlainText(notice.weChatText());
    fillAttendance();
}

QString ReceptionDayPanel::weChatText() const
{
    return m_weChatTextEdit->toPlainText();
}

QString ReceptionDayPanel::exportNoticePdf(const QString &path)
{
    if (!m_day)
        return tr("Choose a reception day first.");
    return Printout::notice(ReceptionNotice::build(m_store, *m_day).toHtml())->writePdf(path);
}

void ReceptionDayPanel::fillAttendance()
{
    m_attendanceTable->setRowCount(0);
    const bool open = m_day && m_day->session.date <= Clock::today();
    m_attendanceTable->setEnabled(open);
    m_saveAttendanceButton->setEnabled(open);
    if (!m_day)
        return;
    if (!open) {
        m_messageLabel->setText(tr("Attendance is marked on the day or after it."));
    }
    const QHash<QString, QString> marks = m_schedule.attendance(m_day->session.date, m_day->session.halfDay);
    // The deputies on duty, plus anyone marked (a substitute who came instead).
    QStringList ids = m_day->session.deputyIds;
    for (auto it = marks.constBegin(); it != marks.constEnd(); ++it)
        if (!ids.contains(it.key()))
            ids << it.key();
    const DeputyService deputies(m_store);
    for (const QString &id : ids) {
        const auto d = deputies.find(id);
        if (!d)
            continue;
        const int row = m_attendanceTable->rowCount();
        m_attendanceTable->insertRow(row);
        auto *name = new QTableWidgetItem(d->name);
        name->setData(Qt::UserRole, id);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_attendanceTable->setItem(row, 0, name);
        auto *status = new QComboBox(m_attendanceTable);
        status->setObjectName(QStringLiteral("attendanceComboBox"));
        status->addItem(tr("Not marked"), QString());
        status->addItem(tr("Came"), AttendanceStatus::Attended);
        status->addItem(tr("Did not come"), AttendanceStatus::Absent);
        status->addItem(tr("Came as substitute"), AttendanceStatus::Substitute);
        status->setCurrentIndex(std::max(0, status->findData(marks.value(id))));
        m_attendanceTable->setCellWidget(row, 1, status);
    }
}

bool ReceptionDayPanel::saveAttendance()
{
    if (!m_day)
        return false;
    QHash<QString, QString> statuses;
    for (int row = 0; row < m_attendanceTable->rowCount(); ++row) {
        const QString id = m_attendanceTable->item(row, 0)->data(Qt::UserRole).toString();
        const auto *box = qobject_cast<QComboBox *>(m_attendanceTable->cellWidget(row, 1));
        if (box && !box->currentData().toString().isEmpty())
            statuses.insert(id, box->currentData().toString());
    }
    const Status s = m_schedule.markAttendance(m_day->session.date, m_day->session.halfDay, m_day->ruleId, statuses);
    m_messageLabel->setText(s ? tr("Attendance saved; it counts in the deputies' duty records.") : s.error().message);
    return bool(s);
}

void ReceptionDayPanel::retranslate()
{
    m_previewButton->setText(tr("Notice: preview and print…"));
    m_pdfButton->setText(tr("Notice as PDF…"));
    m_copyButton->setText(tr("Copy WeChat text"));
    m_attendanceLabel->setText(tr("Attendance (after the day):"));
    m_attendanceTable->setHorizontalHeaderLabels({tr("Deputy"), tr("Came?")});
    m_saveAttendanceButton->setText(tr("Save attendance"));
}

void ReceptionDayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showDay(m_day);
    }
    QWidget::changeEvent(event);
}

} // namespace zt
