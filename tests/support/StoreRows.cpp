#include "StoreRows.h"

#include <QSqlQuery>
#include <QSqlRecord>

QMap<QString, QVariantMap> StoreRows::all(const QSqlDatabase &db, const QString &table)
{
    QMap<QString, QVariantMap> rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < q.record().count(); ++i)
            row.insert(q.record().fieldName(i), q.value(i));
        rows.insert(row.value(QStringLiteral("id")).toString(), row);
    }
    return rows;
}

int StoreRows::count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}
