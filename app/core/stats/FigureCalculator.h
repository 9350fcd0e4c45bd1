#pragma once
// Computes PeriodFigures from the store with indexed range queries.

#include "stats/PeriodFigures.h"

#include <QSqlDatabase>

namespace zt {

class FigureCalculator
{
public:
    static PeriodFigures compute(const QSqlDatabase &db, const QString &stationId, const QDate &from, const QDate &to,
                                 const QDate &today);
    static PeriodFigures month(const QSqlDatabase &db, const QString &stationId, int year, int month, const QDate &today);
};

} // namespace zt
