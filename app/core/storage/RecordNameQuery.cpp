#include "storage/RecordNameQuery.h"

#include "storage/Store.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

// One statement per table, fixed here (never built from what a conflict row says): the id is bound.
const QHash<QString, QString> &nameStatements()
{
    static const QHash<QString, QString> statements{
        {QStringLiteral("cases"), QStringLiteral("SELECT case_no || ' ' || title FROM cases WHERE id = ?")},
        {QStringLiteral("case_event"),
         QStringLiteral("SELECT c.case_no FROM case_event e JOIN cases c ON c.id = e.case_id WHERE e.id = ?")},
        {QStringLiteral("notable_case"),
         QStringLiteral("SELECT c.case_no FROM notable_case n JOIN cases c ON c.id = n.case_id WHERE n.id = ?")},
        {QStringLiteral("visit_case"),
         QStringLiteral("SELECT c.case_no FROM visit_case v JOIN cases c ON c.id = v.case_id WHERE v.id = ?")},
        {QStringLiteral("department"), QStringLiteral("SELECT name FROM department WHERE id = ?")},
        {QStringLiteral("category"), QStringLiteral("SELECT name FROM category WHERE id = ?")},
        {QStringLiteral("deputy"), QStringLiteral("SELECT name FROM deputy WHERE id = ?")},
        {QStringLiteral("point"), QStringLiteral("SELECT name FROM point WHERE id = ?")},
        {QStringLiteral("station"), QStringLiteral("SELECT name FROM station WHERE id = ?")},
        {QStringLiteral("visit"), QStringLiteral("SELECT visit_date FROM visit WHERE id = ?")},
        {QStringLiteral("reception_rule"), QStringLiteral("SELECT title FROM reception_rule WHERE id = ?")},
        {QStringLiteral("station_activity"), QStringLiteral("SELECT held_on || ' ' || title FROM station_activity WHERE id = ?")},
        {QStringLiteral("attachment"), QStringLiteral("SELECT file_name FROM attachment WHERE id = ?")},
        {QStringLiteral("app_user"), QStringLiteral("SELECT display_name FROM app_user WHERE id = ?")},
    };
    return statements;
}

} // namespace

QString RecordNameQuery::recordName(const QString &table, const QString &rowId) const
{
    const auto statement = nameStatements().constFind(table);
    if (statement == nameStatements().constEnd() || rowId.isEmpty())
        return {};
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(*statement);
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().trimmed();
}

std::optional<QString> RecordNameQuery::referenceName(const QString &column, const QString &id) const
{
    static const QHash<QString, QString> targets{
        {QStringLiteral("category_id"), QStringLiteral("category")},
        {QStringLiteral("department_id"), QStringLiteral("department")},
        {QStringLiteral("deputy_id"), QStringLiteral("deputy")},
        {QStringLiteral("point_id"), QStringLiteral("point")},
        {QStringLiteral("station_id"), QStringLiteral("station")},
        {QStringLiteral("case_id"), QStringLiteral("cases")},
        {QStringLiteral("visit_id"), QStringLiteral("visit")},
        {QStringLiteral("actor_id"), QStringLiteral("app_user")},
        {QStringLiteral("supersedes"), QStringLiteral("case_event")},
    };
    const auto target = targets.constFind(column);
    if (target == targets.constEnd())
        return std::nullopt;
    const QString name = recordName(*target, id);
    return name.isEmpty() ? QStringLiteral("…") + id.right(6) : name;
}

} // namespace zt
