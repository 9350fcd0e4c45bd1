#pragma once
// The demo station and everyone in it: Baiyun street station with a point in each of its communities,
// its deputies of all five levels and the departments it hands cases to.

#include "common/Result.h"
#include "domain/Category.h"
#include "domain/Department.h"
#include "domain/Deputy.h"
#include "domain/Point.h"
#include "domain/Station.h"
#include "refdata/Division.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace zt {

class Store;

struct DemoCast
{
    Q_DECLARE_TR_FUNCTIONS(DemoCast)
public:
    Station station;
    QList<Division> communities; // the station's villages/communities, by code
    QList<Point> points;         // points[i] sits in communities[i]
    QList<Deputy> deputies;      // national first, township last
    QList<Department> departments;
    QList<Category> categories; // as seeded, in sort order
    // Category code -> ids of the departments that usually handle it, the most usual first.
    QHash<QString, QStringList> handlers;

    // Sets the store (not yet set up, reference data loaded) up as the Baiyun station and writes its
    // points, deputies and departments. Deputies' terms cover the whole of [from, to].
    static Result<DemoCast> create(Store &store, QRandomGenerator &rng, QDate from, QDate to,
                                   WriteTransaction::Outbox outbox);

    QList<int> deputiesOfLevel(const QString &level) const;
};

} // namespace zt
