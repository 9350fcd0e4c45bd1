#pragma once
// The one place that knows Qt Charts (deprecated in later Qt 6: replacing it means rewriting this
// class only). Turns ChartData into a chart view for the dashboard, or into an image for the report,
// and reports which bar or slice the user clicked.

#include "stats/ChartData.h"

#include <QImage>
#include <QObject>

class QWidget;

namespace zt {

class ChartAdapter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A view showing the chart; clicks on a bar or slice come out of activated().
    QWidget *createView(const ChartData &data, QWidget *parent);
    // Replaces what an earlier createView() shows.
    void update(QWidget *view, const ChartData &data);
    // Draws the chart without a window (animations off, colours fixed), at logical size times ratio.
    static QImage render(const ChartData &data, const QSize &size, qreal devicePixelRatio = 2.0);

signals:
    // chartKey: ChartData::key; index: the category (bar group, slice); series: which series was clicked.
    void activated(const QString &chartKey, int index, int series);
};

} // namespace zt
