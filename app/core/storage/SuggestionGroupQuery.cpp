#include "storage/SuggestionGroupQuery.h"

#include "storage/SqliteStatement.h"

namespace zt {

bool SuggestionGroupQuery::forEachCase(const QDate &from, const QDate &to, int pageSize,
                                       const std::function<bool(const CaseLine &)> &visit) const
{
    const QString select =
        QStringLiteral("SELECT c.id, c.case_no, c.title, coalesce(c.category_id, ''), coalesce(cat.name, ''), "
                       " c.community_code, coalesce(d.name, ''), c.citizen_name, c.citizen_phone, c.registered_on, "
                       " c.status "
                       "FROM cases c LEFT JOIN category cat ON cat.id = c.category_id AND cat.deleted = 0 "
                       "LEFT JOIN division d ON d.code = c.community_code "
                       "WHERE c.station_id = ? AND c.deleted = 0 AND c.registered_on BETWEEN ? AND ? "
                       " AND c.status NOT IN ('cancelled', 'merged', 'not_accepted')");
    const QString order = QStringLiteral(" ORDER BY c.registered_on, c.case_no LIMIT ?");
    pageSize = qMax(1, pageSize);
    QString lastDay;
    QString lastNumber;
    for (;;) {
        // A later page starts the date range at the last row's day, so each page is an index range from there
        // (the row value alone would be a filter over every case from the period's start: quadratic).
        QVariantList binds{m_stationId, lastDay.isNull() ? from.toString(Qt::ISODate) : lastDay,
                           to.toString(Qt::ISODate)};
        QString sql = select;
        if (!lastDay.isNull()) {
            // Strictly after the last row read: case numbers are unique, so no row is read twice or skipped.
            sql += QStringLiteral(" AND (c.registered_on, c.case_no) > (?, ?)");
            binds << lastDay << lastNumber;
        }
        binds << pageSize;
        SqliteStatement q(m_db, sql + order, binds);
        if (!q.ok())
            return false;
        int rows = 0;
        CaseLine line;
        while (q.next()) {
            ++rows;
            line.id = q.text(0);
            line.caseNo = q.text(1);
            line.title = q.text(2);
            line.categoryId = q.text(3);
            line.categoryName = q.text(4);
            line.communityCode = q.text(5);
            line.communityName = q.text(6);
            line.citizenName = q.text(7);
            line.citizenPhone = q.text(8);
            lastDay = q.text(9);
            line.registeredOn = QDate::fromString(lastDay, Qt::ISODate);
            line.status = q.text(10);
            lastNumber = line.caseNo;
            if (!visit(line))
                return true;
        }
        if (!q.error().isEmpty())
            return false;
        if (rows < pageSize)
            return true;
    }
}

} // namespace zt
