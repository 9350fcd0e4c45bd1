#pragma once
// The right-hand side of the case list: one case with its facts, the steps it can take next (as
// buttons that open an inline form), its timeline, its visit and related cases, and its attachments.

#include "domain/CaseDetails.h"
#include "workflow/CaseWorkflow.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace zt {

class CaseMoveForm;
class CaseTimelineModel;
class Store;

class CaseDetailPanel : public QWidget
{
    Q_OBJECT
public:
    CaseDetailPanel(Store &store, WorkingDayCalendar calendar, QWidget *parent = nullptr);

    void showCase(const QString &caseId);
    QString caseId() const { return m_details.record.id; }
    // Opens the inline form for a move (what the buttons do); Accept is carried out at once.
    void startMove(CaseWorkflow::Move move);
    CaseMoveForm *moveForm() const { return m_form; }
    // A copy of the attachment under its own file name (so the system picks the right program), or an
    // empty string with the reason shown; opening it is what a double-click does.
    QString openableCopy(int attachmentRow);

signals:
    // A related case was chosen (double-click): the list opens it.
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void showFacts();
    void showActions();
    void showRelated();
    void revealPhone();
    void showNotable();
    void toggleNotable(bool notable);
    void openAttachment(int row);
    static QString moveObjectName(CaseWorkflow::Move move);

    Store &m_store;
    WorkingDayCalendar m_calendar;
    CaseDetails m_details;
    QLabel *m_emptyLabel;
    QWidget *m_content;
    QLabel *m_numberLabel;
    QLabel *m_titleLabel;
    QLabel *m_factsLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_messageLabel;
    QPushButton *m_revealButton;
    QPushButton *m_notableButton; // checked: printed among the notable cases of a monthly report
    QString m_revealedPhone; // shown unmasked after an audited reveal, for this case only
    QMap<CaseWorkflow::Move, QPushButton *> m_moveButtons;
    CaseMoveForm *m_form;
    QTabWidget *m_tabs;
    QTableView *m_timelineView;
    CaseTimelineModel *m_timeline;
    QLabel *m_visitLabel;
    QListWidget *m_related;
    QListWidget *m_attachments;
};

} // namespace zt
