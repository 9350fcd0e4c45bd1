#pragma once
// The inline form for one move of a case (assign, reply, rate, ...): shows only the fields the move
// needs, prefilled with what the station would type anyway, and carries the move out through the
// core workflow. A refusal appears in the form, in the user's words; nothing is written then.

#include "domain/CaseDetails.h"
#include "workflow/CaseWorkflow.h"

#include <QFrame>
#include <memory>

namespace Ui {
class CaseMoveForm;
}

namespace zt {

class Store;

class CaseMoveForm : public QFrame
{
    Q_OBJECT
public:
    CaseMoveForm(Store &store, WorkingDayCalendar calendar, QWidget *parent = nullptr);
    ~CaseMoveForm() override;

    // Prepares the form for this move of this case and shows it.
    void start(CaseWorkflow::Move move, const CaseDetails &details);
    CaseWorkflow::Move move() const { return m_move; }
    // Carries the move out; on success the form hides and moved() is emitted.
    Status submit();
    QString errorText() const;

signals:
    void moved(const QString &caseId);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fillChoices();
    void showFieldsFor(CaseWorkflow::Move move);
    void updateRateFields();
    QDate defaultDeadline(const QString &categoryId) const;
    Status carryOut();

    std::unique_ptr<Ui::CaseMoveForm> m_ui;
    Store &m_store;
    WorkingDayCalendar m_calendar;
    CaseWorkflow::Move m_move = CaseWorkflow::Move::Accept;
    CaseDetails m_details;
};

} // namespace zt
