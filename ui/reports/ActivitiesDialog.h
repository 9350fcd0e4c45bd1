#pragma once
// Records and edits the activities the station's deputies held in one month (活动开展: themed
// receptions, field visits, surveys, law publicity, ...), which the monthly report lists. Keyboard
// first: the form is ready to type on open, Enter or Ctrl+S saves and starts the next one, Ctrl+N
// starts a new one, a row of the list opens it for editing.

#include "domain/Activity.h"

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class ActivitiesDialog;
}

namespace zt {

class Store;

class ActivitiesDialog : public QDialog
{
    Q_OBJECT
public:
    // month: any day of the month whose activities are shown.
    ActivitiesDialog(Store &store, QDate month, QWidget *parent = nullptr);
    ~ActivitiesDialog() override;

    // Saves what the form holds (a new activity or the one being edited); false with the reason shown.
    bool saveActivity();
    // Empties the form for a new activity.
    void startNew();
    // The month's activities as listed.
    const QList<Activity> &activities() const { return m_activities; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadList(const QString &selectId = {});
    void editRow(int row);
    void removeSelected();
    void fillKinds();
    void retranslate();
    QDate defaultDate() const;

    Store &m_store;
    std::unique_ptr<Ui::ActivitiesDialog> m_ui;
    QDate m_from;
    QDate m_to;
    QList<Activity> m_activities;
    QString m_editingId; // empty: a new activity
};

} // namespace zt
