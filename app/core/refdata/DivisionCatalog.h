#pragma once
// Looks up Zhejiang's administrative divisions in the store's division table (filled by
// ReferenceDataLoader), for pickers and for printing a location in full.

#include "refdata/Division.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace zt {

class DivisionCatalog
{
public:
    explicit DivisionCatalog(const QSqlDatabase &db);

    std::optional<Division> find(const QString &code) const;
    // Direct children sorted by code; an empty code gives the top level (the province).
    QList<Division> children(const QString &code) const;
    // The names from the province down, run together as Chinese addresses write them:
    // "浙江省宁波市海曙区白云街道". Empty if the code is unknown.
    QString fullName(const QString &code) const;
    // The villages and communities of a township or street, sorted by code; empty for any other level.
    QList<Division> villagesOf(const QString &townshipCode) const;

    // From the code's shape alone: 12 digits village, 9 township, 6 digits ending 0000 province, ending 00
    // city, else county. Division::Invalid for anything else. (Zhejiang has no county-level division
    // directly under a province and no township directly under a city, so the shape is enough here.)
    static int levelOf(const QString &code);
    // The parent's code derived the same way; empty for a province or an invalid code.
    static QString parentOf(const QString &code);

private:
    QList<Division> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace zt
