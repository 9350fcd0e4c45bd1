#include "storage/SyncedTables.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

const QStringList &SyncedTables::names()
{
    static const QStringList list{
        QStringLiteral("station"),  QStringLiteral("point"),      QStringLiteral("deputy"),
        QStringLiteral("department"), QStringLiteral("category"), QStringLiteral("visit"),
        QStringLiteral("visit_deputy"), QStringLiteral("visitor"), QStringLiteral("cases"),
        QStringLiteral("case_event"), QStringLiteral("attachment"), QStringLiteral("app_user"),
        QStringLiteral("reception_rule"), QStringLiteral("reception_attendance"),
        QStringLiteral("visit_case"), QStringLiteral("notable_case"), QStringLiteral("station_activity"),
        QStringLiteral("station_activity_deputy"),
    };
    return list;
}

const QStringList &SyncedTables::metadataColumns()
{
    static const QStringList list{QStringLiteral("sv"), QStringLiteral("hlc"), QStringLiteral("deleted"),
                                  QStringLiteral("updated_by")};
    return list;
}

void SyncedTables::load(const QSqlDatabase &db)
{
    m_columns.clear();
    for (const QString &table : names()) {
        QSqlQuery q(db);
        // Table names come from the fixed list above, never from input.
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            continue;
        QStringList cols;
        while (q.next())
            cols << q.value(1).toString();
        if (!cols.isEmpty())
            m_columns.insert(table, cols);
    }
}

bool SyncedTables::hasColumn(const QString &table, const QString &column) const
{
    const auto it = m_columns.constFind(table);
    return it != m_columns.constEnd() && it->contains(column);
}

QStringList SyncedTables::columns(const QString &table) const
{
    return m_columns.value(table);
}

} // namespace zt
