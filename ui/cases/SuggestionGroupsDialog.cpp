#include "SuggestionGroupsDialog.h"
#include "ui_SuggestionGroupsDialog.h"

#include "SuggestionDraftDialog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "suggestions/SuggestionGrouper.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSqlDatabase>
#include <QThread>
#include <QtConcurrent>

namespace zt {

namespace {

enum Column { CategoryColumn, CommunityColumn, CasesColumn, CitizensColumn, RaisedColumn, WordsColumn, DraftColumn };

// On its own read connection (like the dashboard's figures): a year of a busy station is thousands of titles.
// A cancelled search gives an empty list, which nobody shows: the dialog starts the next one or is gone.
std::optional<QList<SuggestionGroup>> findGroups(const QString &path, const QString &stationId, const QDate &today,
                                                 const SuggestionGrouperOptions &options,
                                                 std::shared_ptr<std::atomic_bool> cancel)
{
    const QString name = QStringLiteral("zt-groups-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    std::optional<QList<SuggestionGroup>> result;
    {
        if (!Database::openExtraConnection(path, name))
            return result;
        QSqlDatabase db = QSqlDatabase::database(name);
        result = SuggestionGrouper(db, stationId).propose(today, options, cancel.get());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QTableWidgetItem *number(int n)
{
    auto *item = new QTableWidgetItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SuggestionGroupsDialog::SuggestionGroupsDialog(Store &store, WorkingDayCalendar calendar, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SuggestionGroupsDialog>()), m_store(store),
      m_calendar(std::move(calendar))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("suggestionGroupsDialog"));
    auto *header = m_ui->groupsTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WordsColumn, QHeaderView::Stretch);
    m_ui->draftButton->setEnabled(false);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->monthsSpinBox, &QSpinBox::valueChanged, this, &SuggestionGroupsDialog::search);
    connect(m_ui->minCasesSpinBox, &QSpinBox::valueChanged, this, &SuggestionGroupsDialog::search);
    connect(m_ui->draftButton, &QPushButton::clicked, this,
            [this] { draftFromGroup(m_ui->groupsTableWidget->currentRow()); });
    connect(m_ui->groupsTableWidget, &QTableWidget::cellActivated, this, [this](int row) { draftFromGroup(row); });
    connect(m_ui->groupsTableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->draftButton->setEnabled(row >= 0 && row < m_groups.size()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SuggestionGroupsDialog::showGroups);
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(1000);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_watcher.isRunning())
            m_ui->searchProgressBar->show();
    });
    resize(1000, 560);
    search();
}

SuggestionGroupsDialog::~SuggestionGroupsDialog()
{
    // Closing stops a long search after the case it is at, rather than waiting for it.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SuggestionGroupsDialog::search()
{
    if (m_watcher.isRunning()) {
        m_searchAgain = true; // the running search stops, then this one starts
        m_cancel->store(true);
        return;
    }
    SuggestionGrouperOptions options;
    options.months = m_ui->monthsSpinBox->value();
    options.minCases = m_ui->minCasesSpinBox->value();
    // Reported from the worker thread; queued to this dialog, which outlives the search (see the destructor).
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_ui->stateLabel->setText(tr("Looking for similar cases…"));
    m_ui->searchProgressBar->setRange(0, 0); // busy until the cases are counted
    m_busyTimer.start();
    m_watcher.setFuture(
        QtConcurrent::run(findGroups, m_store.path(), m_store.stationId(), Clock::today(), options, m_cancel));
}

void SuggestionGroupsDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_watcher.isRunning() || m_searchAgain)
        return;
    if (total <= 0) {
        m_ui->searchProgressBar->setRange(0, 0);
        return;
    }
    // Three passes over the cases (see SuggestionGrouper): per mille of all of them.
    m_ui->searchProgressBar->setRange(0, 1000);
    m_ui->searchProgressBar->setValue(int(done * 1000 / total));
}

void SuggestionGroupsDialog::showGroups()
{
    m_busyTimer.stop();
    m_ui->searchProgressBar->hide();
    if (m_searchAgain) {
        m_searchAgain = false;
        search();
        return;
    }
    const auto result = m_watcher.result();
    if (!result) {
        m_groups.clear();
        m_ui->groupsTableWidget->setRowCount(0);
        m_ui->stateLabel->setText(tr("The cases could not be read. Check the store with ztctl check."));
        return;
    }
    m_groups = *result;
    auto *table = m_ui->groupsTableWidget;
    table->setRowCount(int(m_groups.size()));
    for (int r = 0; r < m_groups.size(); ++r) {
        const SuggestionGroup &g = m_groups.at(r);
        table->setItem(r, CategoryColumn,
                       new QTableWidgetItem(g.categoryName.isEmpty() ? tr("Several categories") : g.categoryName));
        table->setItem(r, CommunityColumn,
                       new QTableWidgetItem(g.communityName.isEmpty() ? tr("Several communities") : g.communityName));
        QTableWidgetItem *cases = number(g.caseCount());
        cases->setToolTip(tr("%n still open", nullptr, g.openCases));
        table->setItem(r, CasesColumn, cases);
        table->setItem(r, CitizensColumn, number(g.citizens));
        table->setItem(r, RaisedColumn,
                       new QTableWidgetItem(
                           tr("%1 – %2").arg(g.firstRaised.toString(Qt::ISODate), g.lastRaised.toString(Qt::ISODate))));
        auto *words = new QTableWidgetItem(g.words.join(tr(", ")));
        words->setToolTip(g.kind == SuggestionGroup::Kind::SharedWords
                              ? tr("Brought together by the words their titles share")
                              : tr("The same category in the same community"));
        table->setItem(r, WordsColumn, words);
        // One click from a group to its draft.
        auto *draft = new QPushButton(tr("Draft…"));
        draft->setObjectName(QStringLiteral("draftGroupButton%1").arg(r));
        draft->setToolTip(g.caseIds.size() < g.caseCount()
                              ? tr("Draft a suggestion from the latest %n case(s) of this group", nullptr,
                                   int(g.caseIds.size()))
                              : tr("Draft a suggestion from the %n case(s) of this group", nullptr, g.caseCount()));
        connect(draft, &QPushButton::clicked, this, [this, r] { draftFromGroup(r); });
        table->setCellWidget(r, DraftColumn, draft);
    }
    if (m_groups.isEmpty()) {
        m_ui->stateLabel->setText(
            tr("No %1 or more similar cases in the last %n month(s).", nullptr, m_ui->monthsSpinBox->value())
                .arg(m_ui->minCasesSpinBox->value()));
    } else {
        m_ui->stateLabel->setText(tr("%n group(s) proposed.", nullptr, int(m_groups.size())));
        table->setCurrentCell(0, CategoryColumn);
    }
}

void SuggestionGroupsDialog::draftFromGroup(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    SuggestionDraftDialog draft(m_store, m_calendar, m_groups.at(row).caseIds, this);
    m_draft = &draft;
    emit draftOpened(&draft);
    draft.exec();
    m_draft = nullptr;
}

void SuggestionGroupsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    if (!m_watcher.isRunning() && m_watcher.future().isValid())
        showGroups();
}

void SuggestionGroupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace zt
