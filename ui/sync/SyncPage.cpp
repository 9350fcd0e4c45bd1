#include "sync/SyncPage.h"

#include "domain/DomainText.h"
#include "storage/CaseRenumbering.h"
#include "storage/HeldRowRepository.h"
#include "storage/OutboxSummaryQuery.h"
#include "storage/RecordNameQuery.h"
#include "storage/Store.h"
#include "storage/SyncConflictRepository.h"
#include "sync/ConflictResolver.h"
#include "sync/HybridClock.h"
#include "sync/RefusalReason.h"
#include "sync/SyncController.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zt {

namespace {

enum ConflictColumn { RecordColumn, FieldColumn, BaseColumn, TheirsColumn, MineColumn, ChoiceColumn, ColumnCount };
enum WaitingColumn { KindColumn, CountColumn, NewestColumn, WaitingColumnCount };
enum RefusedColumn { RefusedRecordColumn, RefusedChangeColumn, RefusedTimeColumn, RefusedReasonColumn, RefusedColumnCount };

// Changes of one kind listed at a time when its line is opened: enough to recognise them, never
// tens of thousands of rows.
constexpr int kRowsPerPage = 100;
constexpr int kRefusedShown = 500;
constexpr int kRefusedRowsTall = 6;
// Item data: the synced table of a kind's line, the changes listed under it so far, and "show more".
constexpr int TableRole = Qt::UserRole;
constexpr int ShownRole = Qt::UserRole + 1;
constexpr int MoreRole = Qt::UserRole + 2;

QString whenText(const QString &hlc)
{
    qint64 ms = 0;
    quint16 counter = 0;
    if (!HybridClock::parse(hlc, &ms, &counter))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString changeText(const QString &op)
{
    return op == QLatin1String("insert")   ? SyncPage::tr("New")
           : op == QLatin1String("update") ? SyncPage::tr("Changed")
                                           : SyncPage::tr("Deleted");
}

// The record by its case number (and title) where it has one, otherwise by the end of its id.
QString recordName(const OutboxEntry &e)
{
    return e.recordName.isEmpty() ? QStringLiteral("…") + e.rowId.right(6) : e.recordName;
}

QString recordText(const OutboxEntry &e)
{
    return QStringLiteral("%1 %2").arg(DomainText::recordKind(e.table), recordName(e));
}

QString shown(const QVariant &value)
{
    return value.isNull() ? SyncPage::tr("(empty)") : value.toString();
}

} // namespace

SyncPage::SyncPage(Store &store, SyncController &controller, QWidget *parent)
    : QWidget(parent), m_store(store), m_controller(controller)
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
    m_syncNowButton = new QPushButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncPageSyncNowButton"));
    connect(m_syncNowButton, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_syncNowButton);

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

    // The daily comparison with the server: which kinds of records differed, that they are being
    // received again, and whether that fixed them.
    m_checksumNoticeLabel = new QLabel(this);
    m_checksumNoticeLabel->setObjectName(QStringLiteral("checksumNoticeLabel"));
    m_checksumNoticeLabel->setWordWrap(true);
    m_checksumNoticeLabel->setTextFormat(Qt::PlainText);
    m_checksumNoticeLabel->setFrameShape(QFrame::StyledPanel);
    // Never squeezed below its wrapped text by the tables' stretch.
    m_checksumNoticeLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_checksumNoticeLabel->hide();

    // Until dismissed (or a month old): the numbers to give the citizens instead of those on their receipts.
    m_renumberedNotice = new QFrame(this);
    m_renumberedNotice->setObjectName(QStringLiteral("renumberedNoticeFrame"));
    m_renumberedNotice->setFrameShape(QFrame::StyledPanel);
    m_renumberedNotice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_renumberedLabel = new QLabel(m_renumberedNotice);
    m_renumberedLabel->setObjectName(QStringLiteral("renumberedNoticeLabel"));
    m_renumberedLabel->setWordWrap(true);
    m_renumberedLabel->setTextFormat(Qt::PlainText);
    m_renumberedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismissRenumberedButton = new QPushButton(m_renumberedNotice);
    m_dismissRenumberedButton->setObjectName(QStringLiteral("dismissRenumberedButton"));
    connect(m_dismissRenumberedButton, &QPushButton::clicked, this, [this] {
        if (Status s = CaseRenumbering(m_store).dismissNotices(); !s)
            m_message->setText(s.error().message);
        refreshRenumbered();
    });
    auto *renumberedRow = new QHBoxLayout(m_renumberedNotice);
    renumberedRow->addWidget(m_renumberedLabel, 1);
    renumberedRow->addWidget(m_dismissRenumberedButton, 0, Qt::AlignTop);
    m_renumberedNotice->hide();

    m_heldRowsLabel = new QLabel(this);
    m_heldRowsLabel->setObjectName(QStringLiteral("heldRowsLabel"));
    m_heldRowsLabel->setWordWrap(true);
    m_heldRowsLabel->setTextFormat(Qt::PlainText);
    m_heldRowsLabel->setFrameShape(QFrame::StyledPanel);
    m_heldRowsLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_heldRowsLabel->hide();
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_outboxLabel->setWordWrap(true);
    m_waitingTree = new QTreeWidget(this);
    m_waitingTree->setObjectName(QStringLiteral("waitingTreeWidget"));
    m_waitingTree->setColumnCount(WaitingColumnCount);
    m_waitingTree->setRootIsDecorated(true);
    m_waitingTree->setUniformRowHeights(true);
    m_waitingTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waitingTree->header()->setStretchLastSection(false);
    m_waitingTree->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_waitingTree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_waitingTree->header()->setSectionResizeMode(NewestColumn, QHeaderView::ResizeToContents);
    connect(m_waitingTree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->parent() && item->data(KindColumn, ShownRole).toInt() == 0)
            loadMoreOf(item);
    });
    connect(m_waitingTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(KindColumn, MoreRole).toBool() && item->parent())
            loadMoreOf(item->parent());
    });

    m_refusedLabel = new QLabel(this);
    m_refusedLabel->setObjectName(QStringLiteral("refusedLabel"));
    m_refusedLabel->setWordWrap(true);
    m_refusedTable = new QTableWidget(0, RefusedColumnCount, this);
    m_refusedTable->setObjectName(QStringLiteral("refusedTableWidget"));
    m_refusedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refusedTable->verticalHeader()->hide();
    m_refusedTable->setWordWrap(true);
    m_refusedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refusedTable->horizontalHeader()->setSectionResizeMode(RefusedReasonColumn, QHeaderView::Stretch);

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
    layout->addWidget(m_checksumNoticeLabel);
    layout->addWidget(m_renumberedNotice);
    layout->addWidget(m_heldRowsLabel);
    layout->addWidget(m_outboxLabel);
    layout->addWidget(m_waitingTree, 2);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_refusedTable);
    layout->addWidget(m_conflictLabel);
    layout->addWidget(m_conflictTable, 1);
    layout->addWidget(m_message);
    // Takes the room when nothing waits and there are no conflicts (both lists hidden), so the
    // lines above stay together at the top instead of spreading over the page.
    layout->addStretch();

    connect(&m_controller, &SyncController::statusChanged, this, &SyncPage::showStatus);
    // A conflict arrives with a push answer on the worker's connection; the status change says so.
    connect(&m_store, &Store::changed, this, [this] { showStatus(m_controller.status()); });
    retranslate();
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
    m_syncNowButton->setText(tr("Sync now")); // also after a language change
    m_dismissRenumberedButton->setText(tr("Dismiss"));
    m_conflictTable->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Before"), tr("Server's value"), tr("This PC's value"), tr("Keep")});
    m_waitingTree->setHeaderLabels({tr("Kind of record"), tr("Waiting"), tr("Newest change")});
    m_refusedTable->setHorizontalHeaderLabels({tr("Record"), tr("Change"), tr("Time"), tr("Why the server refused it")});
    showStatus(m_controller.status());
}

void SyncPage::showStatus(const SyncStatus &status)
{
    m_stateLabel->setText(SyncController::describe(status));
    m_clockWarningLabel->setText(SyncController::clockWarning(status));
    m_clockWarningLabel->setVisible(status.clockIsOff());
    m_copyNoticeLabel->setVisible(status.reenrolled);
    const QString copied = tr("This PC's data file is a copy of another PC's (a copied disk or a restored backup). "
                              "So that the two PCs do not mix up their changes, this PC now syncs under a new "
                              "identity. Its changes that the server did not have yet are being sent; nothing was "
                              "lost or sent twice.");
    m_copyNoticeLabel->setText(
        copied + QLatin1Char(' ')
        + (status.newDeviceLetter.isEmpty()
               ? tr("If this PC should use its own letter for case numbers, ask the administrator to change the "
                    "device letter.")
               : tr("From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so "
                    "the two never give out the same case number.").arg(status.newDeviceLetter)));
    showChecksumNotice(status);
    if (isVisible())
        refreshOutbox();
    else
        m_outboxStale = true;
    refreshConflicts();
    refreshHeldRows();
}

void SyncPage::showChecksumNotice(const SyncStatus &status)
{
    auto kinds = [](const QStringList &tables) {
        QStringList labels;
        for (const QString &table : tables)
            labels << DomainText::recordKind(table);
        return labels.join(tr(", "));
    };
    QStringList parts;
    if (!status.repairingTables.isEmpty()) {
        parts << tr("These records on this PC differ from the server's and are being received again: %1.")
                     .arg(kinds(status.repairingTables));
    } else {
        if (!status.mismatchedTables.isEmpty())
            parts << tr("These records on this PC still differ from the server's after they were received again: %1. "
                        "This PC may hold records the server never got; the next check runs tomorrow. If this "
                        "stays, ask the administrator to compare this PC's data file with the server.")
                         .arg(kinds(status.mismatchedTables));
        if (!status.repairedTables.isEmpty())
            parts << tr("These records on this PC differed from the server's; they were received again and now "
                        "match: %1.")
                         .arg(kinds(status.repairedTables));
    }
    const QString text = parts.join(QLatin1Char('\n'));
    m_checksumNoticeLabel->setText(text);
    m_checksumNoticeLabel->setVisible(!text.isEmpty());
}

void SyncPage::showEvent(QShowEvent *event)
{
    if (m_outboxStale)
        refreshOutbox();
    QWidget::showEvent(event);
}

void SyncPage::refreshRenumbered()
{
    QStringList lines;
    for (const RenumberedCase &c : CaseRenumbering(m_store).notices())
        lines << CaseRenumbering::describe(c);
    m_renumberedLabel->setText(lines.join(QLatin1Char('\n')));
    m_renumberedNotice->setVisible(!lines.isEmpty());
}

void SyncPage::refreshOutbox()
{
    m_outboxStale = false;
    refreshRenumbered();
    const OutboxSummaryQuery query(m_store);
    const QList<OutboxKind> kinds = query.waitingByKind();
    qint64 waiting = 0;
    for (const OutboxKind &k : kinds)
        waiting += k.waiting;
    const QLocale locale;
    m_outboxLabel->setText(waiting == 0 ? tr("Nothing is waiting to be sent to the server.")
                                        : tr("Waiting to be sent to the server: %Ln change(s), oldest first. Open a "
                                             "kind of record to see its newest changes.",
                                             nullptr, int(std::min<qint64>(waiting, INT_MAX))));

    // Rebuilt on every change; the kinds the user opened stay open.
    QSet<QString> expanded;
    for (int i = 0; i < m_waitingTree->topLevelItemCount(); ++i)
        if (m_waitingTree->topLevelItem(i)->isExpanded())
            expanded.insert(m_waitingTree->topLevelItem(i)->data(KindColumn, TableRole).toString());
    m_waitingTree->clear();
    for (const OutboxKind &k : kinds) {
        auto *item = new QTreeWidgetItem(m_waitingTree);
        item->setText(KindColumn, DomainText::recordKind(k.table));
        item->setText(CountColumn, locale.toString(k.waiting));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NewestColumn, whenText(k.newestHlc));
        item->setData(KindColumn, TableRole, k.table);
        item->setData(CountColumn, TableRole, k.waiting);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    for (int i = 0; i < m_waitingTree->topLevelItemCount(); ++i)
        if (expanded.contains(m_waitingTree->topLevelItem(i)->data(KindColumn, TableRole).toString()))
            m_waitingTree->topLevelItem(i)->setExpanded(true); // loads its first page
    m_waitingTree->setVisible(!kinds.isEmpty());

    const qint64 refusedCount = query.refusedCount();
    m_refusedLabel->setVisible(refusedCount > 0);
    m_refusedTable->setVisible(refusedCount > 0);
    m_refusedLabel->setText(
        refusedCount > kRefusedShown
            ? tr("Refused by the server: %1 changes; the newest %2 are listed. They never hold back the other changes.")
                  .arg(locale.toString(refusedCount))
                  .arg(kRefusedShown)
            : tr("Refused by the server: %Ln change(s). They never hold back the other changes.", nullptr, int(refusedCount)));
    const QList<OutboxEntry> refused = refusedCount > 0 ? query.refused(kRefusedShown) : QList<OutboxEntry>();
    m_refusedTable->setRowCount(int(refused.size()));
    for (int row = 0; row < refused.size(); ++row) {
        const OutboxEntry &e = refused.at(row);
        const QStringList cells{recordText(e), changeText(e.op), whenText(e.hlc), RefusalReason::describe(e.lastError)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == RefusedReasonColumn ? e.lastError : cells.at(column));
            m_refusedTable->setItem(row, column, item);
        }
        m_refusedTable->item(row, RefusedRecordColumn)->setToolTip(QStringLiteral("%1 %2").arg(e.table, e.rowId));
    }
    m_refusedTable->resizeRowsToContents();
    // As tall as its rows, up to a handful (it scrolls beyond): two refusals must not take the room
    // of the waiting list.
    int height = m_refusedTable->horizontalHeader()->sizeHint().height() + 2 * m_refusedTable->frameWidth();
    for (int row = 0; row < std::min<int>(int(refused.size()), kRefusedRowsTall); ++row)
        height += m_refusedTable->rowHeight(row);
    m_refusedTable->setFixedHeight(height);
}

void SyncPage::loadMoreOf(QTreeWidgetItem *kindItem)
{
    const QString table = kindItem->data(KindColumn, TableRole).toString();
    const qint64 total = kindItem->data(CountColumn, TableRole).toLongLong();
    int shown = kindItem->data(KindColumn, ShownRole).toInt();
    // The "show more" line goes; the next page and, if still more, a new one take its place.
    if (kindItem->childCount() > 0 && kindItem->child(kindItem->childCount() - 1)->data(KindColumn, MoreRole).toBool())
        delete kindItem->takeChild(kindItem->childCount() - 1);
    const QList<OutboxEntry> page = OutboxSummaryQuery(m_store).waitingOf(table, kRowsPerPage, shown);
    for (const OutboxEntry &e : page) {
        auto *child = new QTreeWidgetItem(kindItem);
        child->setText(KindColumn, QStringLiteral("%1 %2").arg(changeText(e.op), recordName(e)));
        child->setToolTip(KindColumn, QStringLiteral("%1 %2").arg(e.table, e.rowId));
        child->setText(NewestColumn, whenText(e.hlc));
    }
    shown += int(page.size());
    kindItem->setData(KindColumn, ShownRole, shown);
    if (shown < total) {
        auto *more = new QTreeWidgetItem(kindItem);
        more->setText(KindColumn, tr("Show %1 more (%2 not listed yet)")
                                      .arg(std::min<qint64>(kRowsPerPage, total - shown))
                                      .arg(QLocale().toString(total - shown)));
        more->setData(KindColumn, MoreRole, true);
        QFont italic = more->font(KindColumn);
        italic.setItalic(true);
        more->setFont(KindColumn, italic);
    }
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
    const RecordNameQuery names(m_store);
    for (int row = 0; row < conflicts.size(); ++row) {
        const SyncConflict &c = conflicts.at(row);
        // In words: the record by its name, the field by its label, codes and references as the forms show them.
        const QString name = names.recordName(c.table, c.rowId);
        const auto value = [&names, &c](const QVariant &v) {
            if (v.isNull())
                return shown(v);
            if (const std::optional<QString> referenced = names.referenceName(c.field, v.toString()))
                return *referenced;
            return DomainText::fieldValue(c.table, c.field, v.toString());
        };
        const QStringList cells{QStringLiteral("%1 %2").arg(DomainText::recordKind(c.table),
                                                            name.isEmpty() ? QStringLiteral("…") + c.rowId.right(6) : name),
                                DomainText::fieldLabel(c.table, c.field), value(c.baseValue), value(c.serverValue),
                                value(c.localValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_conflictTable->setItem(row, column, item);
        }
        m_conflictTable->item(row, RecordColumn)->setToolTip(QStringLiteral("%1 %2").arg(c.table, c.rowId));
        m_conflictTable->item(row, FieldColumn)->setToolTip(QStringLiteral("%1.%2").arg(c.table, c.field));
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

void SyncPage::refreshHeldRows()
{
    const QList<HeldRow> held = HeldRowRepository(m_store.db()).all();
    QStringList lines;
    constexpr int kShown = 5;
    for (int i = 0; i < std::min<int>(int(held.size()), kShown); ++i) {
        const HeldRow &h = held.at(i);
        const QJsonObject &row = h.row.row;
        const QString caseNo = row.value(QStringLiteral("case_no")).toString();
        const QString record = h.row.table == QLatin1String("cases") && !caseNo.isEmpty()
                                   ? tr("Case %1 (%2)").arg(caseNo, row.value(QStringLiteral("title")).toString())
                                   : QStringLiteral("%1 …%2").arg(DomainText::recordKind(h.row.table),
                                                                 row.value(QStringLiteral("id")).toString().right(6));
        lines << tr("• %1 names a record this PC does not have: %2 …%3.")
                     .arg(record, DomainText::recordKind(h.refTable), h.refId.right(6));
    }
    if (held.size() > kShown)
        lines << tr("… and %1 more.").arg(held.size() - kShown);
    if (!held.isEmpty())
        lines.prepend(tr("Received from the server but not stored yet: %Ln record(s). Each names a record this PC does "
                         "not have (usually one of another station). Syncing goes on; each is stored as soon as the "
                         "server sends what it names. If one stays here, tell the district office which record it is.",
                         nullptr, int(held.size())));
    m_heldRowsLabel->setText(lines.join(QLatin1Char('\n')));
    m_heldRowsLabel->setVisible(!held.isEmpty());
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
