#pragma once
// 同步: what is waiting to reach the server, what the server refused and why, and the conflicts it
// reported, each shown as base / theirs / mine with one click to choose. A choice is itself a synced change.

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace zt {

class Store;
class SyncController;
struct SyncStatus;

class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(Store &store, SyncController &controller, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshConflicts();
    // What waits, one line per kind of record (a page of its changes when opened), and what the
    // server refused, one line per change with its reason.
    void refreshOutbox();
    void loadMoreOf(QTreeWidgetItem *kindItem);
    void showStatus(const SyncStatus &status);
    void showChecksumNotice(const SyncStatus &status);
    // Cases this PC renumbered because another PC had given out their number (decision 25).
    void refreshRenumbered();
    // Rows from the server kept aside because they name a record this PC does not have (decision 33).
    void refreshHeldRows();
    void resolve(const QString &conflictId, bool keepMine);

    Store &m_store;
    SyncController &m_controller;
    QLabel *m_titleLabel;
    QLabel *m_stateLabel;
    QPushButton *m_syncNowButton;
    QLabel *m_copyNoticeLabel;
    QLabel *m_clockWarningLabel;
    QLabel *m_checksumNoticeLabel;
    QFrame *m_renumberedNotice;
    QLabel *m_renumberedLabel;
    QPushButton *m_dismissRenumberedButton;
    QLabel *m_heldRowsLabel;
    QLabel *m_outboxLabel;
    QTreeWidget *m_waitingTree;
    QLabel *m_refusedLabel;
    QTableWidget *m_refusedTable;
    QLabel *m_conflictLabel;
    QTableWidget *m_conflictTable;
    QLabel *m_message;
    // The outbox changed while the page was hidden: counted again when it is shown (a commit or a
    // pulled page need not group ~25,000 waiting changes for a page nobody looks at).
    bool m_outboxStale = true;
};

} // namespace zt
