#include "SchedulePage.h"

#include "Printout.h"
#include "ReceptionDayPanel.h"
#include "RuleEditorForm.h"

#include "common/Clock.h"
#include "deputies/DeputyService.h"
#include "domain/DomainText.h"
#include "schedule/IcsExporter.h"
#include "schedule/ReceptionNotice.h"
#include "schedule/ReceptionRuleParser.h"
#include "schedule/ReceptionSchedule.h"
#include "schedule/WallSchedule.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace zt {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

SchedulePage::SchedulePage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_schedule(std::make_unique<ReceptionSchedule>(store))
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scheduleTabWidget"));

    // Month: calendar and the month's list on the left, the chosen day on the right.
    auto *month = new QWidget(this);
    m_calendar = new QCalendarWidget(month);
    m_calendar->setObjectName(QStringLiteral("monthCalendarWidget"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    m_monthTable = new QTableWidget(month);
    m_monthTable->setObjectName(QStringLiteral("monthSessionsTableWidget"));
    m_monthTable->setColumnCount(4);
    m_monthTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_monthTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monthTable->verticalHeader()->hide();
    m_monthTable->horizontalHeader()->setStretchLastSection(true);
    m_dayPanel = new ReceptionDayPanel(store, *m_schedule, month);
    m_dayPanel->setObjectName(QStringLiteral("receptionDayPanel"));
    auto *monthLeft = new QVBoxLayout;
    monthLeft->addWidget(m_calendar);
    monthLeft->addWidget(m_monthTable, 1);
    auto *monthLayout = new QHBoxLayout(month);
    monthLayout->addLayout(monthLeft, 3);
    monthLayout->addWidget(m_dayPanel, 2);

    // Year: one row per reception day, the printouts and the export.
    auto *yearPage = new QWidget(this);
    m_yearSpinBox = new QSpinBox(yearPage);
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_yearSpinBox->setValue(Clock::today().year());
    m_paperComboBox = new QComboBox(yearPage);
    m_paperComboBox->setObjectName(QStringLiteral("paperComboBox"));
    m_paperComboBox->addItem(QString(), int(QPageSize::A4));
    m_paperComboBox->addItem(QString(), int(QPageSize::A3));
    m_previewWallButton = new QPushButton(yearPage);
    m_previewWallButton->setObjectName(QStringLiteral("previewWallScheduleButton"));
    m_wallPdfButton = new QPushButton(yearPage);
    m_wallPdfButton->setObjectName(QStringLiteral("wallSchedulePdfButton"));
    m_icsButton = new QPushButton(yearPage);
    m_icsButton->setObjectName(QStringLiteral("exportIcsButton"));
    m_yearMessageLabel = new QLabel(yearPage);
    m_yearMessageLabel->setObjectName(QStringLiteral("yearMessageLabel"));
    m_yearMessageLabel->setWordWrap(true);
    m_yearTable = new QTableWidget(yearPage);
    m_yearTable->setObjectName(QStringLiteral("yearSessionsTableWidget"));
    m_yearTable->setColumnCount(5);
    m_yearTable->verticalHeader()->hide();
    m_yearTable->horizontalHeader()->setStretchLastSection(true);
    m_yearTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *yearBar = new QHBoxLayout;
    yearBar->addWidget(m_yearSpinBox);
    yearBar->addStretch(1);
    yearBar->addWidget(m_paperComboBox);
    yearBar->addWidget(m_previewWallButton);
    yearBar->addWidget(m_wallPdfButton);
    yearBar->addWidget(m_icsButton);
    auto *yearLayout = new QVBoxLayout(yearPage);
    yearLayout->addLayout(yearBar);
    yearLayout->addWidget(m_yearMessageLabel);
    yearLayout->addWidget(m_yearTable, 1);

    // Rules: the list and the form.
    auto *rulesPage = new QWidget(this);
    m_rulesList = new QListWidget(rulesPage);
    m_rulesList->setObjectName(QStringLiteral("rulesListWidget"));
    m_rulesList->setWordWrap(true);
    m_newRuleButton = new QPushButton(rulesPage);
    m_newRuleButton->setObjectName(QStringLiteral("newRuleButton"));
    m_ruleForm = new RuleEditorForm(store, *m_schedule, rulesPage);
    m_ruleForm->setObjectName(QStringLiteral("ruleEditorForm"));
    auto *rulesLeft = new QVBoxLayout;
    rulesLeft->addWidget(m_rulesList, 1);
    rulesLeft->addWidget(m_newRuleButton);
    auto *rulesLayout = new QHBoxLayout(rulesPage);
    rulesLayout->addLayout(rulesLeft, 2);
    rulesLayout->addWidget(m_ruleForm, 3);

    m_tabs->addTab(month, QString());
    m_tabs->addTab(yearPage, QString());
    m_tabs->addTab(rulesPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] { refreshMonth(); });
    connect(m_calendar, &QCalendarWidget::clicked, this, &SchedulePage::selectDay);
    connect(m_monthTable, &QTableWidget::itemSelectionChanged, this, &SchedulePage::sessionChosen);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, [this] { refreshYear(); });
    connect(m_previewWallButton, &QPushButton::clicked, this, [this] {
        const int year = m_yearSpinBox->value();
        Printout::wallSchedule(m_store, WallSchedule::build(m_store, m_yearDays, year),
                               QPageSize::PageSizeId(m_paperComboBox->currentData().toInt()))
            ->preview(this);
    });
    connect(m_wallPdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the wall schedule as PDF"),
                                                          tr("Reception schedule %1.pdf").arg(m_yearSpinBox->value()),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            const QString error = exportWallSchedulePdf(path);
            m_yearMessageLabel->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : error);
        }
    });
    connect(m_icsButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the reception days for calendars"),
                                                          tr("Reception days %1.ics").arg(m_yearSpinBox->value()),
                                                          tr("Calendar (*.ics)"));
        if (!path.isEmpty()) {
            const QString error = exportIcs(path);
            m_yearMessageLabel->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : error);
        }
    });
    connect(m_rulesList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<StoredReceptionRule> rules = m_schedule->rules();
        if (row >= 0 && row < rules.size())
            m_ruleForm->showRule(rules.at(row));
    });
    connect(m_newRuleButton, &QPushButton::clicked, this, [this] {
        m_rulesList->clearSelection();
        m_ruleForm->showRule({});
    });
    // Rules, deputies, points and attendance change from here and from sync: every view follows.
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        static const QStringList tables{QStringLiteral("reception_rule"), QStringLiteral("deputy"),
                                        QStringLiteral("point"), QStringLiteral("station")};
        if (tables.contains(table))
            refresh();
    });
    retranslate();
    refresh();
    selectDay(Clock::today());
}

SchedulePage::~SchedulePage() = default;

QString SchedulePage::pointName(const QString &pointId) const
{
    if (pointId.isEmpty())
        return tr("Station");
    const auto p = PointRepository(m_store).find(pointId);
    return p ? p->name : QString();
}

void SchedulePage::refresh()
{
    refreshRules();
    refreshMonth();
    refreshYear();
}

void SchedulePage::showMonth(int year, int month)
{
    m_calendar->setCurrentPage(year, month);
    refreshMonth();
}

void SchedulePage::refreshMonth()
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    m_monthDays = m_schedule->days(first, last);
    // Mark the reception days (bold, tinted) and holidays (red) in the calendar: colour and weight.
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!m_schedule->calendar().holidayName(d).isEmpty() && !m_schedule->calendar().isWorkingDay(d)) {
            QTextCharFormat f;
            f.setForeground(QColor(0xb0, 0x00, 0x20));
            f.setToolTip(m_schedule->calendar().holidayName(d));
            m_calendar->setDateTextFormat(d, f);
        }
    }
    const DeputyService deputies(m_store);
    QHash<QString, QString> names;
    for (const Deputy &d : deputies.all())
        names.insert(d.id, d.name);
    const QSignalBlocker blocker(m_monthTable);
    m_monthTable->setRowCount(0);
    for (const ReceptionDay &day : std::as_const(m_monthDays)) {
        QTextCharFormat f = m_calendar->dateTextFormat(day.session.date);
        f.setFontWeight(QFont::Bold);
        f.setBackground(QColor(0xd6, 0xea, 0xf8));
        f.setToolTip(day.title);
        m_calendar->setDateTextFormat(day.session.date, f);
        QStringList who;
        for (const QString &id : day.session.deputyIds)
            who << names.value(id);
        const int row = m_monthTable->rowCount();
        m_monthTable->insertRow(row);
        QString when = QLocale().toString(day.session.date, QStringLiteral("M/d ddd"));
        if (day.session.movedFrom.isValid())
            when += QLatin1Char(' ') + tr("(moved, %1)").arg(day.session.holidayName);
        m_monthTable->setItem(row, 0, cell(when));
        m_monthTable->setItem(row, 1, cell(DomainText::halfDay(day.session.halfDay)));
        m_monthTable->setItem(row, 2, cell(day.topic.isEmpty() ? day.title : day.title + QStringLiteral(": ") + day.topic));
        m_monthTable->setItem(row, 3, cell(who.join(QStringLiteral("、"))));
    }
    m_monthTable->resizeColumnsToContents();
}

void SchedulePage::selectDay(QDate date)
{
    if (m_calendar->yearShown() != date.year() || m_calendar->monthShown() != date.month())
        showMonth(date.year(), date.month());
    m_calendar->setSelectedDate(date);
    for (int i = 0; i < m_monthDays.size(); ++i) {
        if (m_monthDays.at(i).session.date == date) {
            m_monthTable->selectRow(i);
            return;
        }
    }
    m_monthTable->clearSelection();
    m_dayPanel->showDay(std::nullopt);
}

void SchedulePage::sessionChosen()
{
    const QList<QTableWidgetItem *> selected = m_monthTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_monthDays.size()) {
        m_dayPanel->showDay(std::nullopt);
        return;
    }
    m_dayPanel->showDay(m_monthDays.at(row));
}

void SchedulePage::refreshYear()
{
    const int year = m_yearSpinBox->value();
    m_yearDays = m_schedule->days(QDate(year, 1, 1), QDate(year, 12, 31));
    QHash<QString, QString> names;
    for (const Deputy &d : DeputyService(m_store).all())
        names.insert(d.id, d.name);
    m_yearTable->setRowCount(0);
    for (const ReceptionDay &day : std::as_const(m_yearDays)) {
        QStringList who;
        for (const QString &id : day.session.deputyIds)
            who << names.value(id);
        const int row = m_yearTable->rowCount();
        m_yearTable->insertRow(row);
        m_yearTable->setItem(row, 0, cell(QLocale().toString(day.session.date, QStringLiteral("yyyy-MM-dd ddd"))));
        m_yearTable->setItem(row, 1, cell(DomainText::halfDay(day.session.halfDay)));
        m_yearTable->setItem(row, 2, cell(day.topic.isEmpty() ? day.title : day.title + QStringLiteral(": ") + day.topic));
        m_yearTable->setItem(row, 3, cell(pointName(day.pointId)));
        QString note = who.join(QStringLiteral("、"));
        if (day.session.movedFrom.isValid())
            note += QStringLiteral("  ") + tr("(moved from %1, %2)")
                                               .arg(QLocale().toString(day.session.movedFrom, QStringLiteral("M/d")),
                                                    day.session.holidayName);
        m_yearTable->setItem(row, 4, cell(note));
    }
    m_yearTable->resizeColumnsToContents();
    m_yearMessageLabel->setText(
        m_schedule->calendar().covers(year)
            ? tr("%n reception day(s) in %1.", nullptr, int(m_yearDays.size())).arg(year)
            : tr("The official holidays of %1 are not in this version's calendar yet; days are not moved for "
                 "holidays.")
                  .arg(year));
}

void SchedulePage::refreshRules()
{
    const int current = m_rulesList->currentRow();
    const QSignalBlocker blocker(m_rulesList);
    m_rulesList->clear();
    for (const StoredReceptionRule &r : m_schedule->rules()) {
        const auto parsed = ReceptionRuleParser::parse(r.ruleText);
        const QString title = r.title.isEmpty() && parsed ? ReceptionSchedule::kindTitle(parsed.value()) : r.title;
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(title, pointName(r.pointId)), m_rulesList);
        item->setToolTip(r.ruleText);
        if (!r.active)
            item->setForeground(QColor(0x88, 0x88, 0x88));
    }
    if (current >= 0 && current < m_rulesList->count())
        m_rulesList->setCurrentRow(current);
}

QString SchedulePage::exportWallSchedulePdf(const QString &path)
{
    const int year = m_yearSpinBox->value();
    return Printout::wallSchedule(m_store, WallSchedule::build(m_store, m_yearDays, year),
                                  QPageSize::PageSizeId(m_paperComboBox->currentData().toInt()))
        ->writePdf(path);
}

QString SchedulePage::exportIcs(const QString &path)
{
    QList<ReceptionNotice> notices;
    for (const ReceptionDay &day : std::as_const(m_yearDays))
        notices << ReceptionNotice::build(m_store, day);
    const QString station = StationRepository(m_store).find(m_store.stationId()).value_or(Station{}).name;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(IcsExporter::toIcs(notices, tr("%1 reception days %2").arg(station).arg(m_yearSpinBox->value())));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void SchedulePage::retranslate()
{
    m_titleLabel->setText(tr("Reception schedule"));
    m_tabs->setTabText(0, tr("Month"));
    m_tabs->setTabText(1, tr("Year"));
    m_tabs->setTabText(2, tr("Rules"));
    m_monthTable->setHorizontalHeaderLabels({tr("Date"), tr("Half-day"), tr("Reception"), tr("Deputies on duty")});
    m_yearTable->setHorizontalHeaderLabels({tr("Date"), tr("Half-day"), tr("Reception"), tr("Where"), tr("Deputies")});
    m_paperComboBox->setItemText(0, tr("A4 landscape"));
    m_paperComboBox->setItemText(1, tr("A3 landscape"));
    m_previewWallButton->setText(tr("Wall schedule: preview and print…"));
    m_wallPdfButton->setText(tr("Wall schedule as PDF…"));
    m_icsButton->setText(tr("Export for calendars (.ics)…"));
    m_newRuleButton->setText(tr("New rule"));
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace zt
