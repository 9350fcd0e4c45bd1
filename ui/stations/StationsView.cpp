#include "StationsView.h"

#include "PlaceForm.h"

#include "stations/StationService.h"
#include "storage/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace zt {

namespace {
constexpr int StationRole = Qt::UserRole + 1;
}

StationsView::StationsView(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("placesTreeWidget"));
    m_tree->setColumnCount(2);
    m_newPointButton = new QPushButton(this);
    m_newPointButton->setObjectName(QStringLiteral("newPointButton"));
    m_form = new PlaceForm(store, this);
    m_form->setObjectName(QStringLiteral("placeForm"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addWidget(m_newPointButton);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_form, 3);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StationsView::placeChosen);
    connect(m_newPointButton, &QPushButton::clicked, this, [this] {
        m_tree->setCurrentItem(nullptr);
        m_form->showPoint({});
    });
    connect(m_form, &PlaceForm::saved, this, [this](const QString &pointId) {
        refresh();
        // A new point appears in the tree: keep it chosen.
        const QSignalBlocker blocker(m_tree);
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if (!pointId.isEmpty() && (*it)->data(0, Qt::UserRole).toString() == pointId)
                m_tree->setCurrentItem(*it);
    });
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (table == QLatin1String("point") || table == QLatin1String("station") || table == QLatin1String("deputy"))
            refresh();
    });
    retranslate();
    refresh();
}

void StationsView::refresh()
{
    const StationService service(m_store);
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const bool stationCurrent = m_tree->currentItem() && m_tree->currentItem()->data(0, StationRole).toBool();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto *station = new QTreeWidgetItem(m_tree, {service.station().name,
                                                 QString::number(service.deputiesAt(QString()).size())});
    station->setData(0, StationRole, true);
    QTreeWidgetItem *select = stationCurrent || current.isEmpty() ? station : nullptr;
    for (const Point &p : service.points()) {
        auto *item = new QTreeWidgetItem(station, {p.name, QString::number(service.deputiesAt(p.id).size())});
        item->setData(0, Qt::UserRole, p.id);
        if (!stationCurrent && p.id == current)
            select = item;
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    if (select)
        m_tree->setCurrentItem(select);
}

void StationsView::placeChosen()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (item->data(0, StationRole).toBool()) {
        m_form->showStation();
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const Point &p : StationService(m_store).points())
        if (p.id == id)
            m_form->showPoint(p);
}

void StationsView::retranslate()
{
    m_tree->setHeaderLabels({tr("Station and points"), tr("Deputies")});
    m_newPointButton->setText(tr("New liaison point"));
}

void StationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
