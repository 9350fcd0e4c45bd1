#include "storage/CaseExportReader.h"

#include "models/CaseListModel.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

// Events store UTC moments; the ledger's day is the local one, as the workflow derives it.
QDate localDay(const QVariant &utc)
{
    if (utc.isNull())
        return {};
    QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(utc.toString(), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QDate day(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

bool CaseExportReader::forEach(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter,
                               const QDate &today, const std::function<bool(const CaseExportRow &)> &row,
                               QString *error)
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.case_no, c.title, c.description, c.status, c.satisfaction, cat.name, dep.name, "
        "coalesce(d.name, c.location), c.citizen_name, c.citizen_phone, "
        "(SELECT vr.id_number FROM visitor vr WHERE vr.visit_id = c.visit_id AND vr.deleted = 0 "
        " ORDER BY vr.rowid LIMIT 1), "
        "(SELECT group_concat(name, '、') FROM (SELECT dp.name FROM visit_deputy vd "
        " JOIN deputy dp ON dp.id = vd.deputy_id WHERE vd.visit_id = c.visit_id AND vd.deleted = 0 ORDER BY vd.rowid)), "
        "(SELECT e.note FROM case_event e WHERE e.case_id = c.id AND e.kind = 'replied' AND e.deleted = 0 "
        " ORDER BY e.occurred_at DESC, e.hlc DESC LIMIT 1), "
        "v.visit_date, c.registered_on, c.assigned_on, c.deadline, c.replied_on, "
        "(SELECT max(e.occurred_at) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'fed_back' AND e.deleted = 0), "
        "(SELECT max(e.occurred_at) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'rated' AND e.deleted = 0), "
        "c.closed_on "
        "FROM cases c "
        "LEFT JOIN category cat ON cat.id = c.category_id "
        "LEFT JOIN department dep ON dep.id = c.department_id "
        "LEFT JOIN division d ON d.code = c.community_code "
        "LEFT JOIN visit v ON v.id = c.visit_id "
        "WHERE c.deleted = 0");
    QVariantList binds;
    // The filter's scope, as the case list reads it: a district user's drill-down reaches every station of the
    // district or another station; otherwise the store's own station. (CaseExporter checks the role may.)
    if (!filter.districtCode.isEmpty()) {
        sql += QStringLiteral(" AND c.station_id IN (SELECT id FROM station WHERE code LIKE ? AND deleted = 0)");
        binds << filter.districtCode.left(6) + QLatin1Char('%');
    } else {
        sql += QStringLiteral(" AND c.station_id = ?");
        binds << (filter.stationId.isEmpty() ? stationId : filter.stationId);
    }
    if (!filter.isUnfiltered()) {
        // The same conditions as the case list (one definition of what a filter means).
        CaseFilter unsorted = filter;
        unsorted.sort = CaseFilter::Sort::RegisteredNewest;
        const CaseListModel::Query ids =
            CaseListModel::pageQuery(stationId, unsorted, today, {}, std::numeric_limits<int>::max());
        sql += QStringLiteral(" AND c.id IN (SELECT id FROM (%1))").arg(ids.sql);
        binds += ids.binds;
    }
    sql += QStringLiteral(" ORDER BY c.registered_on, c.case_no");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        CaseExportRow r;
        r.id = q.value(0).toString();
        r.caseNo = q.value(1).toString();
        r.title = q.value(2).toString();
        r.description = q.value(3).toString();
        r.status = q.value(4).toString();
        r.satisfaction = q.value(5).toString();
        r.category = q.value(6).toString();
        r.department = q.value(7).toString();
        r.community = q.value(8).toString();
        r.citizenName = q.value(9).toString();
        r.citizenPhone = q.value(10).toString();
        r.citizenIdNumber = q.value(11).toString();
        r.deputies = q.value(12).toString();
        r.replyText = q.value(13).toString();
        r.visitDate = day(q.value(14));
        r.registered = day(q.value(15));
        r.assigned = day(q.value(16));
        r.deadline = day(q.value(17));
        r.replied = day(q.value(18));
        r.fedBack = localDay(q.value(19));
        r.rated = localDay(q.value(20));
        r.closed = day(q.value(21));
        if (!row(r))
            break;
    }
    return true;
}

qint64 CaseExportReader::count(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter,
                               const QDate &today)
{
    return CaseListModel::countMatching(db, stationId, filter, today);
}

} // namespace zt
