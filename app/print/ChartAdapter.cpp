#include "ChartAdapter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <cmath>

namespace zt {

namespace {

const char *kKeyProperty = "ztChartKey";

// Fixed colours, so screen and paper agree and a theme cannot make two series alike.
QColor colour(int i)
{
    static const QColor palette[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x2e, 0x86, 0xc1), QColor(0x27, 0xae, 0x60),
                                     QColor(0xf3, 0x9c, 0x12), QColor(0x8e, 0x44, 0xad), QColor(0x7f, 0x8c, 0x8d)};
    return palette[i % 6];
}

double niceMax(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (max <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

QChart *buildChart(const ChartData &data, ChartAdapter *adapter)
{
    auto *chart = new QChart;
    chart->setProperty(kKeyProperty, data.key);
    chart->setTitle(data.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(11);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QString key = data.key;

    if (data.kind == ChartData::Kind::Pie) {
        auto *series = new QPieSeries;
        double total = 0;
        const QList<double> values = data.series.value(0).values;
        for (double v : values)
            total += v;
        for (int i = 0; i < data.categories.size(); ++i) {
            const double v = values.value(i);
            const QString share = total > 0 ? QString::number(v * 100.0 / total, 'f', 1) + QLatin1Char('%') : QString();
            QPieSlice *slice = series->append(QStringLiteral("%1 %2 (%3)").arg(data.categories.at(i)).arg(v).arg(share), v);
            slice->setColor(colour(i == 2 ? 0 : i == 0 ? 2 : 1)); // satisfied green, unsatisfied red
            slice->setLabelVisible(v > 0);
        }
        if (adapter)
            QObject::connect(series, &QPieSeries::clicked, adapter, [adapter, series, key](QPieSlice *slice) {
                emit adapter->activated(key, int(series->slices().indexOf(slice)), 0);
            });
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        return chart;
    }

    auto *axisX = new QBarCategoryAxis;
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    double max = 0;
    for (const ChartData::Series &s : data.series)
        if (!s.percent)
            for (double v : s.values)
                if (!std::isnan(v))
                    max = std::max(max, v);
    axisY->setRange(0, niceMax(max));
    axisY->applyNiceNumbers();

    if (data.kind == ChartData::Kind::Line) {
        axisX->append(data.categories);
        axisX->setTruncateLabels(false);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        QValueAxis *percentAxis = nullptr;
        for (int si = 0; si < data.series.size(); ++si) {
            const ChartData::Series &s = data.series.at(si);
            auto *line = new QLineSeries;
            line->setName(s.name);
            line->setColor(colour(si));
            line->setPointsVisible(true);
            QPen pen = line->pen();
            pen.setWidthF(2);
            pen.setColor(colour(si));
            if (s.percent)
                pen.setStyle(Qt::DashLine); // not colour alone: the rate is dashed
            line->setPen(pen);
            for (int i = 0; i < s.values.size(); ++i)
                if (!std::isnan(s.values.at(i))) // no point where there is no value
                    line->append(i, s.percent ? s.values.at(i) * 100.0 : s.values.at(i));
            chart->addSeries(line);
            line->attachAxis(axisX);
            if (s.percent) {
                if (!percentAxis) {
                    percentAxis = new QValueAxis;
                    percentAxis->setRange(0, 100);
                    percentAxis->setLabelFormat(QStringLiteral("%.0f%%"));
                    chart->addAxis(percentAxis, Qt::AlignRight);
                }
                line->attachAxis(percentAxis);
            } else {
                line->attachAxis(axisY);
            }
            if (adapter)
                QObject::connect(line, &QLineSeries::clicked, adapter, [adapter, key, si](const QPointF &p) {
                    emit adapter->activated(key, int(std::lround(p.x())), si);
                });
        }
        return chart;
    }

    const bool horizontal = data.kind == ChartData::Kind::HorizontalBar;
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const int n = int(data.categories.size());
    // Horizontal bars are drawn bottom-up: reverse, so the largest group stands at the top.
    const auto at = [n, horizontal](int i) { return horizontal ? n - 1 - i : i; };
    QStringList categories;
    for (int i = 0; i < n; ++i)
        categories << data.categories.at(at(i));
    for (int si = 0; si < data.series.size(); ++si) {
        const ChartData::Series &s = data.series.at(si);
        auto *set = new QBarSet(s.name);
        set->setColor(colour(si));
        set->setBorderColor(colour(si));
        set->setLabelColor(Qt::black); // the value stands beside the bar, on white
        for (int i = 0; i < n; ++i)
            set->append(s.values.value(at(i)));
        bars->append(set);
        if (adapter)
            QObject::connect(set, &QBarSet::clicked, adapter,
                             [adapter, key, si, at](int index) { emit adapter->activated(key, at(index), si); });
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    axisX->append(categories);
    axisX->setTruncateLabels(false); // a community's name cut to "..." says nothing
    chart->addSeries(bars);
    chart->addAxis(axisX, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    if (data.series.size() < 2)
        chart->legend()->hide();
    return chart;
}

} // namespace

QWidget *ChartAdapter::createView(const ChartData &data, QWidget *parent)
{
    auto *view = new QChartView(buildChart(data, this), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(data.key + QStringLiteral("ChartView"));
    return view;
}

void ChartAdapter::update(QWidget *view, const ChartData &data)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView)
        return;
    QChart *old = chartView->chart();
    chartView->setChart(buildChart(data, this));
    delete old;
}

QImage ChartAdapter::render(const ChartData &data, const QSize &size, qreal devicePixelRatio)
{
    QGraphicsScene scene;
    QChart *chart = buildChart(data, nullptr);
    scene.addItem(chart); // the scene owns it from here
    chart->resize(size);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart->geometry());
    painter.end();
    return image;
}

} // namespace zt
