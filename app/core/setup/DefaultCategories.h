#pragma once
// The case categories a new station starts with: the problems stations hear most often.

#include "domain/Category.h"

#include <QList>

namespace zt {

class DefaultCategories
{
public:
    static QList<Category> forStation(const QString &stationId);
};

} // namespace zt
