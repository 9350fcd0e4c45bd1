#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// What the sync tests compare between stores: every row of a table, and single counts.
// Read behind the app's layers on purpose, so a test sees exactly what is stored.
class StoreRows
{
public:
    // Every row of a table, every column, keyed by id: what "converged" compares.
    static QMap<QString, QVariantMap> all(const QSqlDatabase &db, const QString &table);
    // The first column of the first row of a query as an int; -1 when there is none.
    static int count(const QSqlDatabase &db, const QString &sql);
};
