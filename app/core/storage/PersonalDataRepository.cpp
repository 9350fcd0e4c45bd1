#include "storage/PersonalDataRepository.h"

#include "storage/Store.h"

#include <QSqlQuery>

namespace zt {

QString PersonalDataRepository::table(Field field)
{
    return field == Field::CaseCitizenPhone ? QStringLiteral("cases") : QStringLiteral("visitor");
}

QString PersonalDataRepository::column(Field field)
{
    switch (field) {
    case Field::CaseCitizenPhone:
        return QStringLiteral("citizen_phone");
    case Field::VisitorPhone:
        return QStringLiteral("phone");
    case Field::VisitorIdNumber:
        return QStringLiteral("id_number");
    }
    return {};
}

Result<QString> PersonalDataRepository::value(Field field, const QString &rowId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(column(field), table(field)));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("personal.not_found"), QStringLiteral("no row %1 in %2").arg(rowId, table(field))};
    return q.value(0).toString();
}

namespace {
QStringList ids(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

QStringList PersonalDataRepository::casesToAnonymise(QDate closedBefore) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE deleted = 0 AND status = 'closed' AND closed_on IS NOT NULL "
                             "AND closed_on < ? AND (citizen_name <> '' OR citizen_phone <> '') ORDER BY closed_on, id"));
    q.addBindValue(closedBefore.toString(Qt::ISODate));
    if (!q.exec())
        return {};
    return ids(q);
}

QStringList PersonalDataRepository::visitorsToAnonymise(QDate closedBefore) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "SELECT v.id FROM visitor v WHERE v.deleted = 0 AND (v.name <> '' OR v.phone <> '' OR v.id_number <> '') "
        "AND EXISTS (SELECT 1 FROM cases c WHERE c.visit_id = v.visit_id AND c.deleted = 0) "
        "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.visit_id = v.visit_id AND c.deleted = 0 "
        "  AND NOT (c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on < ?)) ORDER BY v.id"));
    q.addBindValue(closedBefore.toString(Qt::ISODate));
    if (!q.exec())
        return {};
    return ids(q);
}

} // namespace zt
