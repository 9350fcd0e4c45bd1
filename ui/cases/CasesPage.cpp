#include "CasesPage.h"

#include "CaseDetailPanel.h"
#include "CaseExportJob.h"
#include "CaseFilterBar.h"
#include "LedgerImportDialog.h"
#include "SupervisionBoardPanel.h"
#include "SuggestionDraftDialog.h"
#include "SuggestionGroupsDialog.h"

#include "models/CaseListModel.h"
#include "common/Clock.h"
#include "storage/Store.h"
#include "workflow/WorkingDayCalendar.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace zt {

CasesPage::CasesPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_tabs(new QTabWidget(this)), m_filterBar(new CaseFilterBar(store)),
      m_model(new CaseListModel(store, this)), m_view(new QTableView), m_detail(nullptr), m_board(nullptr),
      m_splitter(new QSplitter(Qt::Horizontal)), m_draftButton(new QPushButton),
      m_groupsButton(new QPushButton), m_importButton(new QPushButton), m_exportButton(new QPushButton),
      m_exportLabel(new QLabel), m_exportJob(new CaseExportJob(store, this))
{
    m_groupsButton->setObjectName(QStringLiteral("proposedGroupsButton"));
    m_importButton->setObjectName(QStringLiteral("importLedgerButton"));
    m_draftButton->setObjectName(QStringLiteral("draftSuggestionButton"));
    m_exportButton->setObjectName(QStringLiteral("exportCasesButton"));
    m_exportLabel->setObjectName(QStringLiteral("exportMessageLabel"));
    m_exportLabel->setWordWrap(true);
    m_exportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportLabel->hide();
    m_calendar = WorkingDayCalendar::fromStore(store.db());
    m_detail = new CaseDetailPanel(store, m_calendar);
    m_board = new SupervisionBoardPanel(store, m_calendar);
    m_tabs->setObjectName(QStringLiteral("casesTabWidget"));
    m_view->setObjectName(QStringLiteral("caseListView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several cases can be chosen (Ctrl/Shift+click) to draft a suggestion from them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    // The title takes the width that is left; the other columns fit their contents.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_importButton);
    listButtons->addWidget(m_exportButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_groupsButton);
    listButtons->addWidget(m_draftButton);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_exportLabel);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    // Two thirds for the list, a third for the detail; the splitter scales these to its width.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({2000, 1000});

    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_board, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_filterBar, &CaseFilterBar::filterChanged, m_model, &CaseListModel::setFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showCase(m_model->rowId(current.row()));
            });
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedCaseIds();
        if (ids.isEmpty())
            return;
        SuggestionDraftDialog dialog(m_store, m_calendar, ids, this);
        dialog.exec();
    });
    connect(m_importButton, &QPushButton::clicked, this, &CasesPage::openLedgerImport);
    connect(m_groupsButton, &QPushButton::clicked, this, &CasesPage::openSuggestionGroups);
    connect(m_exportButton, &QPushButton::clicked, this, &CasesPage::exportShownCases);
    connect(m_exportJob, &CaseExportJob::progressed, this, &CasesPage::showExportProgress);
    connect(m_exportJob, &CaseExportJob::finished, this, &CasesPage::exportEnded);
    connect(m_detail, &CaseDetailPanel::openCaseRequested, this, &CasesPage::openCase);
    connect(m_board, &SupervisionBoardPanel::openCaseRequested, this, &CasesPage::openCase);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->focusSearch();
    });
    retranslate();
}

void CasesPage::showEvent(QShowEvent *event)
{
    if (!m_loaded) {
        m_loaded = true;
        m_model->setFilter(m_filterBar->filter());
        fitColumns();
    }
    QWidget::showEvent(event);
}

void CasesPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Long department names are cut (the full name is in the detail) so the title keeps its room.
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != CaseListModel::Title && c != CaseListModel::Number)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 120));
}

void CasesPage::showFiltered(const CaseFilter &filter)
{
    m_loaded = true;
    m_tabs->setCurrentIndex(0);
    m_filterBar->setFilter(filter);
}

void CasesPage::openCase(const QString &caseId)
{
    m_tabs->setCurrentIndex(0);
    m_detail->showCase(caseId);
}

QStringList CasesPage::selectedCaseIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->rowId(index.row());
    return ids;
}

void CasesPage::openLedgerImport()
{
    LedgerImportDialog dialog(m_store, this);
    emit dialogOpened(&dialog);
    dialog.exec();
}

void CasesPage::openSuggestionGroups()
{
    SuggestionGroupsDialog dialog(m_store, m_calendar, this);
    emit dialogOpened(&dialog);
    dialog.exec();
}

void CasesPage::exportShownCases()
{
    if (m_exportJob->isRunning())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        tr("cases-%1.xlsx", "file name of a case export; %1 is today's date").arg(Clock::today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the cases the list shows"), suggested,
                                                      tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        exportShownCasesTo(path);
}

void CasesPage::exportShownCasesTo(const QString &path)
{
    if (m_exportJob->isRunning())
        return;
    m_exportPath = path;
    m_exportButton->setEnabled(false);
    m_exportLabel->hide();
    // Shown only when the export takes longer than a second; Cancel stops it and leaves no file.
    m_exportProgress = new QProgressDialog(tr("Exporting cases…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(1000);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &CaseExportJob::cancel);
    m_exportJob->start(path, m_filterBar->filter());
}

void CasesPage::showExportProgress(qint64 done, qint64 total)
{
    if (!m_exportProgress || total <= 0)
        return;
    m_exportProgress->setMaximum(1000);
    m_exportProgress->setValue(int(done * 1000 / total));
    m_exportProgress->setLabelText(tr("Exporting cases: %1 of %2…")
                                       .arg(QLocale().toString(done), QLocale().toString(total)));
}

void CasesPage::exportEnded(bool ok, qint64 count, const QString &message)
{
    if (m_exportProgress) {
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    m_exportButton->setEnabled(true);
    m_exportOk = ok;
    m_exportCount = count;
    m_exportError = message;
    showExportMessage();
    m_exportLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_exportLabel->show();
    emit exportFinished(ok);
}

void CasesPage::showExportMessage()
{
    // Built again on a language switch; a failure's reason comes from the export in the language it ran in.
    m_exportLabel->setText(m_exportOk ? tr("%n case(s) exported to %1.", nullptr, int(m_exportCount))
                                            .arg(QDir::toNativeSeparators(m_exportPath))
                                      : m_exportError);
}

void CasesPage::retranslate()
{
    m_importButton->setText(tr("&Import a ledger…"));
    m_importButton->setToolTip(tr("Imports a station's reception ledger from an Excel or CSV file"));
    m_groupsButton->setText(tr("Proposed &groups…"));
    m_groupsButton->setToolTip(tr("Groups of similar cases the program proposes for a deputy's suggestion"));
    m_draftButton->setText(tr("Draft a suggestion from the selected cases…"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Saves the cases the list shows, with every date of their handling, as an Excel "
                                  "workbook or CSV file; phone and ID numbers are masked unless your role may see them"));
    m_tabs->setTabText(0, tr("Case list"));
    m_tabs->setTabText(1, tr("Supervision board"));
    m_model->languageChanged();
    if (m_exportLabel->isVisibleTo(this))
        showExportMessage();
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
