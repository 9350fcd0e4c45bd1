#pragma once
// The form for one reception rule (not the text grammar): kind, weeks, weekday, half-day, dates, place,
// holiday policy, topic, the deputies in rotation order (suggested by expertise) and how many per session.

#include "domain/Deputy.h"
#include "domain/StoredReceptionRule.h"
#include "schedule/ReceptionRule.h"

#include <QWidget>
#include <memory>

namespace Ui {
class RuleEditorForm;
}

namespace zt {

class ReceptionSchedule;
class Store;

class RuleEditorForm : public QWidget
{
    Q_OBJECT
public:
    RuleEditorForm(Store &store, ReceptionSchedule &schedule, QWidget *parent = nullptr);
    ~RuleEditorForm() override;

    // An empty rule (no id) starts a new one.
    void showRule(const StoredReceptionRule &stored);
    // The rule as the form describes it (before saving).
    ReceptionRule rule() const;
    bool save();
    void suggest();

signals:
    void saved(const QString &ruleId);
    void removed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void fillDeputies(const QStringList &pool);
    void updateEnabled();
    void showError(const QString &message);
    void remove();

    std::unique_ptr<Ui::RuleEditorForm> m_ui;
    Store &m_store;
    ReceptionSchedule &m_schedule;
    StoredReceptionRule m_stored;
    QList<Deputy> m_deputies;
};

} // namespace zt
