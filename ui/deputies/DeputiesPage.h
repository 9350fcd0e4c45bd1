#pragma once
// The deputies page (代表): the roster with filters and search (name or pinyin initials), the detail
// form with photo and duty record beside it, and the roster import with its per-line report.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace zt {

class DeputyDetailForm;
class DeputyRosterModel;
class DutyRecordPanel;
class StationsView;
class Store;

class DeputiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeputiesPage(Store &store, QWidget *parent = nullptr);

    // Imports a roster file and shows the report above the list (the import button asks for the file,
    // then calls this; tests call it directly).
    void importRoster(const QString &path);
    DeputyRosterModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilterChoices();
    void applyFilter();
    void showSelected();
    void newDeputy();
    void selectDeputy(const QString &id);

    Store &m_store;
    DeputyRosterModel *m_model;
    QLabel *m_titleLabel;
    QLineEdit *m_searchLineEdit;
    QComboBox *m_levelComboBox;
    QComboBox *m_placeComboBox;
    QComboBox *m_expertiseComboBox;
    QCheckBox *m_servingCheckBox;
    QPushButton *m_importButton;
    QPushButton *m_newButton;
    QLabel *m_countLabel;
    QFrame *m_reportFrame;
    QLabel *m_reportSummaryLabel;
    QTreeWidget *m_reportProblemsTree;
    QPushButton *m_closeReportButton;
    QTableView *m_view;
    QTabWidget *m_detailTabs;
    DeputyDetailForm *m_form;
    DutyRecordPanel *m_dutyRecord;
    QTabWidget *m_pageTabs;
    StationsView *m_stations;
};

} // namespace zt
