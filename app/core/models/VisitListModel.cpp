#include "models/VisitListModel.h"

#include "domain/DomainText.h"
#include "privacy/PersonalDataMask.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace zt {

VisitListModel::VisitListModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("visit"), QStringLiteral("visitor"), QStringLiteral("visit_deputy")});
}

QStringList VisitListModel::headers() const
{
    return {tr("Date"), tr("Half-day"), tr("Channel"), tr("Visitors"), tr("People"), tr("Deputies"), tr("What was said"),
            tr("Status")};
}

QVector<ReadOnlyTableModel::Row> VisitListModel::load()
{
    QVector<Row> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // The subqueries run only for the rows on the page (LIMIT first, in the inner select).
    q.prepare(QStringLiteral(
        "SELECT v.id, v.visit_date, v.half_day, v.channel, v.visitor_count, v.summary, v.status, "
        " (SELECT group_concat(vr.name, '、') FROM visitor vr WHERE vr.visit_id = v.id AND vr.deleted = 0), "
        " (SELECT group_concat(d.name, '、') FROM visit_deputy vd JOIN deputy d ON d.id = vd.deputy_id "
        "   WHERE vd.visit_id = v.id AND vd.deleted = 0) "
        "FROM (SELECT * FROM visit WHERE station_id = ? AND deleted = 0 ORDER BY visit_date DESC, hlc DESC LIMIT ?) v "
        "ORDER BY v.visit_date DESC, v.hlc DESC"));
    q.addBindValue(m_store.stationId());
    q.addBindValue(m_limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        QStringList names;
        for (const QString &n : q.value(7).toString().split(QStringLiteral("、"), Qt::SkipEmptyParts))
            names << PersonalDataMask::name(n);
        const bool cancelled = q.value(6).toString() == QLatin1String("cancelled");
        row.cells = {q.value(1), DomainText::halfDay(q.value(2).toString()), DomainText::channel(q.value(3).toString()),
                     names.join(QStringLiteral("、")), q.value(4), q.value(8), q.value(5),
                     cancelled ? tr("Cancelled") : tr("Recorded")};
        row.tooltips = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), q.value(5)};
        out.append(row);
    }
    return out;
}

} // namespace zt
