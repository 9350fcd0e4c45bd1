#pragma once
// The cases area: the filtered list with the chosen case's detail beside it, and the supervision board.

#include "models/CaseFilter.h"
#include "workflow/WorkingDayCalendar.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace zt {

class CaseDetailPanel;
class CaseFilterBar;
class CaseListModel;
class Store;
class SupervisionBoardPanel;

class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(Store &store, QWidget *parent = nullptr);

    // Shows the list with this filter (the dashboard's "open these cases").
    void showFiltered(const CaseFilter &filter);
    // Opens one case in the detail pane, on the list tab.
    void openCase(const QString &caseId);

    CaseListModel *listModel() const { return m_model; }
    CaseDetailPanel *detail() const { return m_detail; }
    SupervisionBoardPanel *board() const { return m_board; }
    QStringList selectedCaseIds() const;
    // The ledger import (导入台账) and the proposed groups of similar cases, as the buttons under the list open them.
    void openLedgerImport();
    void openSuggestionGroups();

signals:
    // A dialog of this page is about to run modal (test seam: the GUI tests drive it from here).
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    Store &m_store;
    QTabWidget *m_tabs;
    CaseFilterBar *m_filterBar;
    CaseListModel *m_model;
    QTableView *m_view;
    CaseDetailPanel *m_detail;
    SupervisionBoardPanel *m_board;
    QSplitter *m_splitter;
    QPushButton *m_draftButton;
    QPushButton *m_groupsButton;
    QPushButton *m_importButton;
    WorkingDayCalendar m_calendar;
    bool m_loaded = false;
};

} // namespace zt
