#include "storage/ActivityRepository.h"

#include "domain/ActivityKind.h"
#include "security/AccessPolicy.h"
#include "storage/RecordReader.h"
#include "storage/ReportSectionQueries.h"

#include <QHash>

namespace zt {

QVariantMap ActivityRepository::toFields(const Activity &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("held_on"), nullableDate(row.heldOn)},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("place"), row.place},
            {QStringLiteral("participants"), row.participants},
            {QStringLiteral("note"), row.note}};
}

Activity ActivityRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Activity a;
    a.id = r.text("id");
    a.stationId = r.text("station_id");
    a.heldOn = r.date("held_on");
    a.kind = r.text("kind");
    a.title = r.text("title");
    a.place = r.text("place");
    a.participants = int(r.integer("participants"));
    a.note = r.text("note");
    a.meta = r.meta();
    return a;
}

Status ActivityRepository::saveActivity(Activity &activity) const
{
    // The station's own record of its work, kept by those who work there (staff and head: RecordVisits); a
    // district officer reads other stations' reports but does not write their records, nor does the administrator.
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s;
    activity.title = activity.title.trimmed();
    if (!activity.heldOn.isValid())
        return Error{QStringLiteral("activity.no_date"), tr("Enter the date the activity was held.")};
    if (!ActivityKind::all().contains(activity.kind))
        return Error{QStringLiteral("activity.bad_kind"), tr("Choose what kind of activity it was.")};
    if (activity.title.isEmpty())
        return Error{QStringLiteral("activity.no_title"), tr("Enter a title, e.g. the theme of the reception.")};
    if (activity.participants < 0)
        return Error{QStringLiteral("activity.bad_count"), tr("The number of participants cannot be negative.")};
    if (activity.stationId.isEmpty())
        activity.stationId = m_store.stationId();

    WriteTransaction tx(m_store);
    if (Status s = save(tx, activity); !s)
        return s;
    // The deputy rows: keep those still ticked, tombstone the others, add the new ones.
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("SELECT id, deputy_id FROM station_activity_deputy WHERE activity_id = ? AND deleted = 0"));
    q.addBindValue(activity.id);
    if (!q.exec())
        return Error{QStringLiteral("activity.read_failed"), tr("The activity's deputies could not be read.")};
    QHash<QString, QString> existing; // deputy id -> row id
    while (q.next())
        existing.insert(q.value(1).toString(), q.value(0).toString());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        if (!activity.deputyIds.contains(it.key()))
            if (Status s = tx.markDeleted(QStringLiteral("station_activity_deputy"), it.value()); !s)
                return s;
    for (const QString &deputy : std::as_const(activity.deputyIds)) {
        if (existing.contains(deputy))
            continue;
        if (Status s = tx.insert(QStringLiteral("station_activity_deputy"), Uuid7::generate(),
                                 {{QStringLiteral("station_id"), activity.stationId},
                                  {QStringLiteral("activity_id"), activity.id},
                                  {QStringLiteral("deputy_id"), deputy}});
            !s)
            return s;
    }
    return tx.commit();
}

Status ActivityRepository::removeActivity(const QString &id) const
{
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::RecordVisits); !s)
        return s;
    WriteTransaction tx(m_store);
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("SELECT id FROM station_activity_deputy WHERE activity_id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{QStringLiteral("activity.read_failed"), tr("The activity's deputies could not be read.")};
    QStringList links;
    while (q.next())
        links << q.value(0).toString();
    for (const QString &link : std::as_const(links))
        if (Status s = tx.markDeleted(QStringLiteral("station_activity_deputy"), link); !s)
            return s;
    if (Status s = tx.markDeleted(table(), id); !s)
        return s;
    return tx.commit();
}

QList<Activity> ActivityRepository::listBetween(const QString &stationId, QDate from, QDate to) const
{
    return ReportSectionQueries(m_store.db(), StatsScope::station(stationId)).activities(from, to);
}

std::optional<Activity> ActivityRepository::findWithDeputies(const QString &id) const
{
    QList<Activity> rows = select(QStringLiteral("WHERE id = ? AND deleted = 0"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    ReportSectionQueries::fillDeputies(m_store.db(), rows);
    return rows.first();
}

} // namespace zt
