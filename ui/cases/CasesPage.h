#pragma once
// The cases area: the filtered list with the chosen case's detail beside it, and the supervision board.

#include "models/CaseFilter.h"
#include "workflow/WorkingDayCalendar.h"

#include <QWidget>

class QDialog;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace zt {

class CaseDetailPanel;
class CaseExportJob;
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
    // Asks for a file, then writes the cases the list shows (its filter, every page) to it.
    void exportShownCases();
    // The same without asking (test seam); the type follows the suffix (.csv or .xlsx).
    void exportShownCasesTo(const QString &path);

signals:
    // A dialog of this page is about to run modal (test seam: the GUI tests drive it from here).
    void dialogOpened(QDialog *dialog);
    // An export ended (written, failed or cancelled); the message under the list says which.
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void showExportProgress(qint64 done, qint64 total);
    void exportEnded(bool ok, qint64 count, const QString &message);
    void showExportMessage();

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
    QPushButton *m_exportButton;
    QLabel *m_exportLabel;
    CaseExportJob *m_exportJob;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_exportPath;
    bool m_exportOk = false;
    qint64 m_exportCount = 0;
    QString m_exportError;
    WorkingDayCalendar m_calendar;
    bool m_loaded = false;
};

} // namespace zt
