#include "models/ReceptionDayModel.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/Store.h"

#include <QLocale>
#include <QSqlQuery>

namespace zt {

ReceptionDayModel::ReceptionDayModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("visit"), QStringLiteral("visit_deputy")});
}

QStringList ReceptionDayModel::headers() const
{
    return {tr("Date"), tr("Weekday"), tr("Half-day"), tr("Deputies on duty"), tr("Visits"), tr("People")};
}

QVector<ReadOnlyTableModel::Row> ReceptionDayModel::load()
{
    const QDate today = m_today.isValid() ? m_today : Clock::today();
    QVector<Row> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT v.visit_date, v.half_day, count(*), sum(v.visitor_count), "
        " (SELECT group_concat(name, '、') FROM (SELECT DISTINCT d.name FROM visit v2 "
        "   JOIN visit_deputy vd ON vd.visit_id = v2.id JOIN deputy d ON d.id = vd.deputy_id "
        "   WHERE v2.station_id = v.station_id AND v2.visit_date = v.visit_date AND v2.half_day = v.half_day "
        "   AND v2.channel = ? AND vd.deleted = 0)) "
        "FROM visit v WHERE v.station_id = ? AND v.visit_date BETWEEN ? AND ? AND v.channel = ? "
        "AND v.status = 'active' AND v.deleted = 0 GROUP BY v.visit_date, v.half_day ORDER BY v.visit_date DESC"));
    q.addBindValue(Channel::WalkIn);
    q.addBindValue(m_store.stationId());
    q.addBindValue(today.addYears(-1).toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(Channel::WalkIn);
    if (!q.exec())
        return out;
    const QLocale locale;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        Row row;
        row.id = q.value(0).toString();
        row.cells = {q.value(0), locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                     DomainText::halfDay(q.value(1).toString()), q.value(4), q.value(2), q.value(3)};
        out.append(row);
    }
    return out;
}

} // namespace zt
