#pragma once
// 同步: what is waiting to reach the server, what the server refused and why, and the conflicts it
// reported, each shown as base / theirs / mine with one click to choose. A choice is itself a synced change.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace zt {

class OutboxModel;
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

private:
    void retranslate();
    void refreshConflicts();
    void showStatus(const SyncStatus &status);
    void showChecksumNotice(const SyncStatus &status);
    void resolve(const QString &conflictId, bool keepMine);

    Store &m_store;
    SyncController &m_controller;
    OutboxModel *m_outboxModel;
    QLabel *m_titleLabel;
    QLabel *m_stateLabel;
    QPushButton *m_syncNowButton;
    QLabel *m_copyNoticeLabel;
    QLabel *m_clockWarningLabel;
    QLabel *m_checksumNoticeLabel;
    QLabel *m_outboxLabel;
    QTableView *m_outboxView;
    QLabel *m_conflictLabel;
    QTableWidget *m_conflictTable;
    QLabel *m_message;
};

} // namespace zt
