#include "storage/SuggestionGroupQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

QList<SuggestionGroupQuery::CaseLine> SuggestionGroupQuery::casesBetween(const QDate &from, const QDate &to) const
{
    QList<CaseLine> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.title, coalesce(c.category_id, ''), coalesce(cat.name, ''), c.community_code, "
                       " coalesce(d.name, ''), c.citizen_name, c.citizen_phone, c.registered_on, c.status "
                       "FROM cases c LEFT JOIN category cat ON cat.id = c.category_id AND cat.deleted = 0 "
                       "LEFT JOIN division d ON d.code = c.community_code "
                       "WHERE c.station_id = ? AND c.deleted = 0 AND c.registered_on BETWEEN ? AND ? "
                       " AND c.status NOT IN ('cancelled', 'merged', 'not_accepted') "
                       "ORDER BY c.registered_on, c.case_no"));
    q.addBindValue(m_stationId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return out;
    while (q.next()) {
        CaseLine line;
        line.id = q.value(0).toString();
        line.title = q.value(1).toString();
        line.categoryId = q.value(2).toString();
        line.categoryName = q.value(3).toString();
        line.communityCode = q.value(4).toString();
        line.communityName = q.value(5).toString();
        line.citizenName = q.value(6).toString();
        line.citizenPhone = q.value(7).toString();
        line.registeredOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        line.status = q.value(9).toString();
        out.append(std::move(line));
    }
    return out;
}

} // namespace zt
