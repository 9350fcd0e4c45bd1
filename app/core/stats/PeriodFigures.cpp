#include "stats/PeriodFigures.h"

#include <QString>

namespace zt {

QString PeriodFigures::percent(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("—");
    return QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%');
}

QString PeriodFigures::days(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    return QString::number(*value, 'f', 1);
}

} // namespace zt
