#pragma once
// Beside the report preview: the notable cases (典型案例) picked for the month's report, a field to add
// one by its number, a button to take one off, and the way to the month's activities held. Each change
// is stored at once (synced) and the report is made again.

#include "stats/StatsPeriod.h"

#include <QWidget>
#include <memory>

namespace Ui {
class NotableCasesPanel;
}

namespace zt {

class Store;

class NotableCasesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotableCasesPanel(Store &store, QWidget *parent = nullptr);
    ~NotableCasesPanel() override;

    // The report's period: a month can be picked for; a year lists the picks of its months.
    void setPeriod(const StatsPeriod &period);
    // Adds the case with this number (the whole number, or its end such as A0012); false with the reason shown.
    bool addCase(const QString &caseNumber);
    // Takes the chosen case off the month's report.
    void removeSelected();
    QStringList listedCaseIds() const;

signals:
    // The picks or the activities changed: the report must be made again.
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void showError(const QString &message);
    void openActivities();

    Store &m_store;
    std::unique_ptr<Ui::NotableCasesPanel> m_ui;
    StatsPeriod m_period;
};

} // namespace zt
