#include "DeputiesPage.h"

#include "DeputyDetailForm.h"
#include "DutyRecordPanel.h"
#include "stations/StationsView.h"

#include "common/Clock.h"
#include "deputies/DeputyService.h"
#include "deputies/RosterImporter.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "models/DeputyRosterModel.h"
#include "storage/PointRepository.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zt {

DeputiesPage::DeputiesPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_model = new DeputyRosterModel(store, this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_levelComboBox = new QComboBox(this);
    m_levelComboBox->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_placeComboBox = new QComboBox(this);
    m_placeComboBox->setObjectName(QStringLiteral("placeFilterComboBox"));
    m_expertiseComboBox = new QComboBox(this);
    m_expertiseComboBox->setObjectName(QStringLiteral("expertiseFilterComboBox"));
    m_servingCheckBox = new QCheckBox(this);
    m_servingCheckBox->setObjectName(QStringLiteral("servingTodayCheckBox"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importRosterButton"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newDeputyButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("deputyCountLabel"));

    m_reportFrame = new QFrame(this);
    m_reportFrame->setObjectName(QStringLiteral("importReportFrame"));
    m_reportFrame->setFrameShape(QFrame::StyledPanel);
    m_reportSummaryLabel = new QLabel(m_reportFrame);
    m_reportSummaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_reportSummaryLabel->setWordWrap(true);
    m_reportProblemsTree = new QTreeWidget(m_reportFrame);
    m_reportProblemsTree->setObjectName(QStringLiteral("importProblemsTreeWidget"));
    m_reportProblemsTree->setRootIsDecorated(false);
    m_reportProblemsTree->setColumnCount(2);
    m_reportProblemsTree->setMaximumHeight(150);
    m_reportProblemsTree->setWordWrap(true);
    m_closeReportButton = new QPushButton(m_reportFrame);
    m_closeReportButton->setObjectName(QStringLiteral("closeReportButton"));
    auto *reportTop = new QHBoxLayout;
    reportTop->addWidget(m_reportSummaryLabel, 1);
    reportTop->addWidget(m_closeReportButton);
    auto *reportLayout = new QVBoxLayout(m_reportFrame);
    reportLayout->addLayout(reportTop);
    reportLayout->addWidget(m_reportProblemsTree);
    m_reportFrame->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deputiesTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_form = new DeputyDetailForm(store, this);
    m_form->setObjectName(QStringLiteral("deputyDetailForm"));
    m_dutyRecord = new DutyRecordPanel(store, this);
    m_dutyRecord->setObjectName(QStringLiteral("dutyRecordPanel"));
    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(QStringLiteral("deputyDetailTabWidget"));
    m_detailTabs->addTab(m_form, QString());
    m_detailTabs->addTab(m_dutyRecord, QString());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLineEdit, 2);
    filters->addWidget(m_levelComboBox, 1);
    filters->addWidget(m_placeComboBox, 1);
    filters->addWidget(m_expertiseComboBox, 1);
    filters->addWidget(m_servingCheckBox);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_countLabel);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("deputiesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *roster = new QWidget(this);
    auto *rosterBar = new QHBoxLayout;
    rosterBar->addStretch(1);
    rosterBar->addWidget(m_newButton);
    rosterBar->addWidget(m_importButton);
    auto *rosterLayout = new QVBoxLayout(roster);
    rosterLayout->addLayout(rosterBar);
    rosterLayout->addWidget(m_reportFrame);
    rosterLayout->addWidget(splitter, 1);
    // Stations and points live here: they are where the deputies are assigned.
    m_stations = new StationsView(store, this);
    m_stations->setObjectName(QStringLiteral("stationsView"));
    m_pageTabs = new QTabWidget(this);
    m_pageTabs->setObjectName(QStringLiteral("deputiesPageTabWidget"));
    m_pageTabs->addTab(roster, QString());
    m_pageTabs->addTab(m_stations, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_pageTabs, 1);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &DeputiesPage::applyFilter);
    for (QComboBox *box : {m_levelComboBox, m_placeComboBox, m_expertiseComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &DeputiesPage::applyFilter);
    connect(m_servingCheckBox, &QCheckBox::toggled, this, &DeputiesPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeputiesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countLabel->setText(tr("%1 of %2 deputies").arg(m_model->rowCount()).arg(m_model->totalCount()));
        // Keep the deputy being edited selected across reloads.
        selectDeputy(m_form->deputyId());
    });
    connect(m_form, &DeputyDetailForm::saved, this, [this](const QString &id) {
        fillFilterChoices();
        selectDeputy(id);
        m_dutyRecord->showDeputy(id);
    });
    connect(m_newButton, &QPushButton::clicked, this, &DeputiesPage::newDeputy);
    connect(m_closeReportButton, &QPushButton::clicked, m_reportFrame, &QWidget::hide);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a deputy roster"), QString(),
                                                          tr("Rosters (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importRoster(path);
    });
    retranslate();
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void DeputiesPage::fillFilterChoices()
{
    const QSignalBlocker b1(m_levelComboBox), b2(m_placeComboBox), b3(m_expertiseComboBox);
    const QString level = m_levelComboBox->currentData().toString();
    const QString place = m_placeComboBox->currentIndex() < 0 ? DeputyFilter::AnyPlace
                                                               : m_placeComboBox->currentData().toString();
    const QString tag = m_expertiseComboBox->currentData().toString();
    m_levelComboBox->clear();
    m_levelComboBox->addItem(tr("All levels"), QString());
    for (const QString &code : DeputyLevel::all())
        m_levelComboBox->addItem(DomainText::deputyLevel(code), code);
    m_placeComboBox->clear();
    m_placeComboBox->addItem(tr("Station and all points"), DeputyFilter::AnyPlace);
    m_placeComboBox->addItem(tr("The station itself"), QString());
    for (const Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        m_placeComboBox->addItem(p.name, p.id);
    m_expertiseComboBox->clear();
    m_expertiseComboBox->addItem(tr("Any expertise"), QString());
    for (const QString &t : m_model->expertiseTags())
        m_expertiseComboBox->addItem(t, t);
    m_levelComboBox->setCurrentIndex(std::max(0, m_levelComboBox->findData(level)));
    m_placeComboBox->setCurrentIndex(std::max(0, m_placeComboBox->findData(place)));
    m_expertiseComboBox->setCurrentIndex(std::max(0, m_expertiseComboBox->findData(tag)));
}

void DeputiesPage::applyFilter()
{
    DeputyFilter f;
    f.search = m_searchLineEdit->text();
    f.level = m_levelComboBox->currentData().toString();
    f.place = m_placeComboBox->currentData().toString();
    f.expertise = m_expertiseComboBox->currentData().toString();
    f.servingOn = m_servingCheckBox->isChecked() ? Clock::today() : QDate();
    m_model->setFilter(f);
}

void DeputiesPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->rowId(current.row()) : QString();
    if (id.isEmpty() || id == m_form->deputyId())
        return;
    if (const auto d = DeputyService(m_store).find(id)) {
        m_form->showDeputy(*d);
        m_dutyRecord->showDeputy(id);
    }
}

void DeputiesPage::selectDeputy(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowId(row) == id) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->selectRow(row);
            return;
        }
    }
}

void DeputiesPage::newDeputy()
{
    m_view->clearSelection();
    m_form->showDeputy({});
    m_dutyRecord->showDeputy({});
    m_detailTabs->setCurrentWidget(m_form);
    m_form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setFocus();
}

void DeputiesPage::importRoster(const QString &path)
{
    auto report = RosterImporter(m_store).importFile(path);
    m_reportProblemsTree->clear();
    if (!report) {
        m_reportSummaryLabel->setText(report.error().message);
        m_reportProblemsTree->hide();
    } else {
        QString summary = tr("%1 rows read: %2 deputies added, %3 updated, %4 rows left out.")
                              .arg(report->rowsRead)
                              .arg(report->added)
                              .arg(report->updated)
                              .arg(report->problems.size());
        if (!report->problems.isEmpty())
            summary += QLatin1Char(' ') + tr("Correct these lines in the file and import it again; the deputies "
                                             "already imported are updated, not doubled.");
        if (!report->ignoredColumns.isEmpty())
            summary += QLatin1Char(' ') + tr("Columns not read: %1.").arg(report->ignoredColumns.join(tr(", ")));
        m_reportSummaryLabel->setText(summary);
        for (const RosterProblem &p : report->problems)
            new QTreeWidgetItem(m_reportProblemsTree, {QString::number(p.line), p.message});
        m_reportProblemsTree->setVisible(!report->problems.isEmpty());
        fillFilterChoices();
    }
    m_reportFrame->show();
}

void DeputiesPage::retranslate()
{
    m_titleLabel->setText(tr("Deputies"));
    m_searchLineEdit->setPlaceholderText(tr("Search: name, pinyin initials (wjg), occupation"));
    m_servingCheckBox->setText(tr("Serving today"));
    m_importButton->setText(tr("Import roster…"));
    m_newButton->setText(tr("New deputy"));
    m_closeReportButton->setText(tr("Close"));
    m_reportProblemsTree->setHeaderLabels({tr("Line"), tr("Why it was left out")});
    m_pageTabs->setTabText(0, tr("Roster"));
    m_pageTabs->setTabText(1, tr("Stations and points"));
    m_detailTabs->setTabText(0, tr("Details"));
    m_detailTabs->setTabText(1, tr("Duty record"));
    fillFilterChoices();
    m_countLabel->setText(tr("%1 of %2 deputies").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void DeputiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->languageChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace zt
