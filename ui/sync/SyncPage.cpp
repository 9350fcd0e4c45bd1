#include "sync/SyncPage.h"

#include "models/OutboxModel.h"
#include "storage/Store.h"
#include "storage/SyncConflictRepository.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zt {

namespace {

enum ConflictColumn { RecordColumn, FieldColumn, BaseColumn, TheirsColumn, MineColumn, ChoiceColumn, ColumnCount };

QString shown(const QVariant &value)
{
    return value.isNull() ? SyncPage::tr("(empty)") : value.toString();
}

} // namespace

SyncPage::SyncPage(Store &store, SyncController &controller, QWidget *parent)
    : QWidget(parent), m_store(store), m_controller(controller), m_outboxModel(new OutboxModel(store, this))
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    auto *syncNow = new QPushButton(this);
    syncNow->setObjectName(QStringLiteral("syncPageSyncNowButton"));
    syncNow->setText(tr("Sync now"));
    connect(syncNow, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(syncNow);

    // Shown once this session found the data file to be a copy (a cloned disk, a restored backup).
    m_copyNoticeLabel = new QLabel(this);
    m_copyNoticeLabel->setObjectName(QStringLiteral("copyNoticeLabel"));
    m_copyNoticeLabel->setWordWrap(true);
    m_copyNoticeLabel->setTextFormat(Qt::PlainText);
    m_copyNoticeLabel->setFrameShape(QFrame::StyledPanel);
    m_copyNoticeLabel->hide();
    m_clockWarningLabel = new QLabel(this);
    m_clockWarningLabel->setObjectName(QStringLiteral("clockWarningLabel"));
    m_clockWarningLabel->setWordWrap(true);
    m_clockWarningLabel->setTextFormat(Qt::PlainText);
    m_clockWarningLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_clockWarningLabel->hide();

    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_outboxLabel->setWordWrap(true);
    m_outboxView = new QTableView(this);
    m_outboxView->setObjectName(QStringLiteral("outboxTableView"));
    m_outboxView->setModel(m_outboxModel);
    m_outboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outboxView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outboxView->horizontalHeader()->setStretchLastSection(true);
    m_outboxView->verticalHeader()->hide();
    m_outboxView->setWordWrap(false);

    m_conflictLabel = new QLabel(this);
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    m_conflictTable = new QTableWidget(0, ColumnCount, this);
    m_conflictTable->setObjectName(QStringLiteral("conflictTableWidget"));
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflictTable->verticalHeader()->hide();
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncPageMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(stateRow);
    layout->addWidget(m_copyNoticeLabel);
    layout->addWidget(m_clockWarningLabel);
    layout->addWidget(m_outboxLabel);
    layout->addWidget(m_outboxView, 2);
    layout->addWidget(m_conflictLabel);
    layout->addWidget(m_conflictTable, 1);
    layout->addWidget(m_message);

    connect(&m_controller, &SyncController::statusChanged, this, &SyncPage::showStatus);
    // A conflict arrives with a push answer on the worker's connection; the status change says so.
    connect(&m_store, &Store::changed, this, [this] { showStatus(m_controller.status()); });
    retranslate();
    m_outboxModel->reload();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_titleLabel->setText(tr("Sync"));
    m_conflictTable->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Before"), tr("Server's value"), tr("This PC's value"), tr("Keep")});
    m_outboxModel->languageChanged();
    showStatus(m_controller.status());
}

void SyncPage::showStatus(const SyncStatus &status)
{
    m_stateLabel->setText(SyncController::describe(status));
    m_clockWarningLabel->setText(SyncController::clockWarning(status));
    m_clockWarningLabel->setVisible(status.clockIsOff());
    m_copyNoticeLabel->setVisible(status.reenrolled);
    m_copyNoticeLabel->setText(tr("This PC's data file is a copy of another PC's (a copied disk or a restored backup). "
                                  "So that the two PCs do not mix up their changes, this PC now syncs under a new "
                                  "identity. Its changes that the server did not have yet are being sent; nothing was "
                                  "lost or sent twice. If this PC should use its own letter for case numbers, ask the "
                                  "administrator to change the device letter."));
    m_outboxModel->reload();
    m_outboxView->resizeColumnsToContents();
    m_outboxLabel->setText(
        tr("Waiting to sync, and refused by the server (with the reason): %n change(s) waiting.", nullptr,
           int(OutboxModel::pendingCount(m_store))));
    refreshConflicts();
}

void SyncPage::refreshConflicts()
{
    const QList<SyncConflict> conflicts = SyncConflictRepository(m_store).open();
    m_conflictLabel->setText(conflicts.isEmpty()
                                 ? tr("No conflicts: nobody else changed what this PC changed.")
                                 : tr("Conflicts: someone else changed the same field. Choose which value to keep; "
                                      "your choice is sent to the server like any other change."));
    // An empty table would take half the page for nothing: the sentence above says there are none.
    m_conflictTable->setVisible(!conflicts.isEmpty());
    m_conflictTable->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const SyncConflict &c = conflicts.at(row);
        const QStringList cells{QStringLiteral("%1 …%2").arg(OutboxModel::tableLabel(c.table), c.rowId.right(6)), c.field, shown(c.baseValue),
                                shown(c.serverValue), shown(c.localValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_conflictTable->setItem(row, column, item);
        }
        m_conflictTable->item(row, RecordColumn)->setToolTip(QStringLiteral("%1 %2").arg(c.table, c.rowId));
        auto *choice = new QWidget(m_conflictTable);
        auto *theirs = new QPushButton(tr("Theirs"), choice);
        theirs->setObjectName(QStringLiteral("keepTheirsButton"));
        theirs->setProperty("conflictId", c.id);
        auto *mine = new QPushButton(tr("Mine"), choice);
        mine->setObjectName(QStringLiteral("keepMineButton"));
        mine->setProperty("conflictId", c.id);
        auto *buttons = new QHBoxLayout(choice);
        buttons->setContentsMargins(2, 0, 2, 0);
        buttons->addWidget(theirs);
        buttons->addWidget(mine);
        connect(theirs, &QPushButton::clicked, this, [this, id = c.id] { resolve(id, false); });
        connect(mine, &QPushButton::clicked, this, [this, id = c.id] { resolve(id, true); });
        m_conflictTable->setCellWidget(row, ChoiceColumn, choice);
    }
    m_conflictTable->resizeRowsToContents();
}

void SyncPage::resolve(const QString &conflictId, bool keepMine)
{
    const Status s = ConflictResolver(m_store).resolve(conflictId, keepMine ? ConflictResolver::Keep::Mine
                                                                            : ConflictResolver::Keep::Theirs);
    m_message->setText(s ? (keepMine ? tr("Kept this PC's value; it will be sent with the next sync.")
                                     : tr("Kept the server's value."))
                         : s.error().message);
    // Deferred: the clicked button belongs to the row being rebuilt.
    QMetaObject::invokeMethod(this, [this] { showStatus(m_controller.status()); }, Qt::QueuedConnection);
}

} // namespace zt
