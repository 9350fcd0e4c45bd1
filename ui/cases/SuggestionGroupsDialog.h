#pragma once
// The groups of similar cases the program proposes for a deputy's suggestion (SuggestionGrouper), worked out
// off the GUI thread; one click on a group opens the suggestion draft with its cases.

#include "suggestions/SuggestionGroup.h"
#include "workflow/WorkingDayCalendar.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>

namespace Ui {
class SuggestionGroupsDialog;
}

namespace zt {

class Store;
class SuggestionDraftDialog;

class SuggestionGroupsDialog : public QDialog
{
    Q_OBJECT
public:
    SuggestionGroupsDialog(Store &store, WorkingDayCalendar calendar, QWidget *parent = nullptr);
    ~SuggestionGroupsDialog() override;

    const QList<SuggestionGroup> &groups() const { return m_groups; }
    bool isSearching() const { return m_watcher.isRunning(); }
    // Opens the draft for one group (modal); test seam: the dialog it opens, while it is open.
    void draftFromGroup(int row);
    SuggestionDraftDialog *openDraft() const { return m_draft; }

signals:
    void draftOpened(zt::SuggestionDraftDialog *draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void search();
    void showGroups();
    void showProgress(qint64 done, qint64 total);
    void retranslate();

    std::unique_ptr<Ui::SuggestionGroupsDialog> m_ui;
    Store &m_store;
    WorkingDayCalendar m_calendar;
    QList<SuggestionGroup> m_groups;
    QFutureWatcher<std::optional<QList<SuggestionGroup>>> m_watcher;
    bool m_searchAgain = false; // options changed while a search ran
    // The running search's stop flag (set when the options change again or the dialog closes).
    std::shared_ptr<std::atomic_bool> m_cancel;
    // A search that takes more than a second (a big store) shows its progress; a quick one never flashes a bar.
    QTimer m_busyTimer;
    SuggestionDraftDialog *m_draft = nullptr;
};

} // namespace zt
