#pragma once
// A chart as plain data (what is drawn, not how): the dashboard and the printed report both turn it
// into a picture through the one chart adapter (app/print/ChartAdapter), so the charts agree too.

#include <QList>
#include <QString>
#include <QStringList>

namespace zt {

struct ChartData
{
    enum class Kind { Bar, HorizontalBar, Line, Pie };

    struct Series
    {
        QString name;
        QList<double> values; // one per category; NaN where there is no value (a rate of nothing)
        bool percent = false; // values are shares 0..1, drawn on a percentage axis
    };

    QString key;   // "trend", "categories", ... (also names the chart image in the report)
    QString title;
    Kind kind = Kind::Bar;
    QStringList categories; // x-axis labels, or the slices of a pie
    QStringList keys;       // per category: the group's key (category id, community code, ...) for drilling down
    QList<Series> series;

    bool isEmpty() const
    {
        for (const Series &s : series)
            for (double v : s.values)
                if (v != 0)
                    return false;
        return true;
    }
};

} // namespace zt
