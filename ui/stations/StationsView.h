#pragma once
// Stations and points (一站多点), a tab of the deputies page: the station and its points in a tree with
// the number of deputies at each, and the form of the chosen one.

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace zt {

class PlaceForm;
class Store;

class StationsView : public QWidget
{
    Q_OBJECT
public:
    explicit StationsView(Store &store, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void placeChosen();
    void retranslate();

    Store &m_store;
    QTreeWidget *m_tree;
    QPushButton *m_newPointButton;
    PlaceForm *m_form;
};

} // namespace zt
