#include "CasesPage.h"

#include "CaseDetailPanel.h"
#include "CaseFilterBar.h"
#include "LedgerImportDialog.h"
#include "SupervisionBoardPanel.h"
#include "SuggestionDraftDialog.h"
#include "SuggestionGroupsDialog.h"

#include "models/CaseListModel.h"
#include "storage/Store.h"
#include "workflow/WorkingDayCalendar.h"

#include <QEvent>
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
      m_groupsButton(new QPushButton), m_importButton(new QPushButton)
{
    m_groupsButton->setObjectName(QStringLiteral("proposedGroupsButton"));
    m_importButton->setObjectName(QStringLiteral("importLedgerButton"));
    m_draftButton->setObjectName(QStringLiteral("draftSuggestionButton"));
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
    listButtons->addStretch(1);
    listButtons->addWidget(m_groupsButton);
    listButtons->addWidget(m_draftButton);
    listLayout->addLayout(listButtons);
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

void CasesPage::retranslate()
{
    m_importButton->setText(tr("&Import a ledger…"));
    m_importButton->setToolTip(tr("Imports a station's reception ledger from an Excel or CSV file"));
    m_groupsButton->setText(tr("Proposed &groups…"));
    m_groupsButton->setToolTip(tr("Groups of similar cases the program proposes for a deputy's suggestion"));
    m_draftButton->setText(tr("Draft a suggestion from the selected cases…"));
    m_tabs->setTabText(0, tr("Case list"));
    m_tabs->setTabText(1, tr("Supervision board"));
    m_model->languageChanged();
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
