#pragma once
// The row of filters above the case list: search words, status, category, department, overdue only and
// the order. Tells the list whenever the filter changes; typing waits a moment so each key press does
// not start a query.

#include "models/CaseFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace zt {

class Store;

class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFilterBar(Store &store, QWidget *parent = nullptr);

    CaseFilter filter() const;
    // Shows a filter (e.g. one opened from the dashboard) in the widgets.
    void setFilter(const CaseFilter &filter);
    void focusSearch();
    // Saves the current filter under a name (replacing one of the same name) and lists it.
    void saveCurrentFilter(const QString &name);
    // Applies the saved filter of this name; false when there is none.
    bool applySavedFilter(const QString &name);
    void removeSavedFilter(const QString &name);
    QStringList savedFilterNames() const;

signals:
    void filterChanged(const CaseFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void retranslate();
    void emitChanged();
    void fillSavedFilters();
    void showHiddenConditions();
    void askNameAndSave();

    Store &m_store;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_department;
    QCheckBox *m_overdue;
    QComboBox *m_sort;
    QComboBox *m_saved;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_hiddenLabel;
    QPushButton *m_clearHidden;
    QTimer *m_typingPause;
    bool m_filling = false;
    CaseFilter m_hidden; // conditions set from elsewhere that the bar has no widget for (dates, point, deputy)
};

} // namespace zt
