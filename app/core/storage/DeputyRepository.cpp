#include "storage/DeputyRepository.h"

#include "domain/Codes.h"
#include "storage/RecordReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zt {

QVariantMap DeputyRepository::toFields(const Deputy &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("point_id"), nullableText(row.pointId)},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("gender"), row.gender},
            {QStringLiteral("level"), row.level},
            {QStringLiteral("constituency"), row.constituency},
            {QStringLiteral("occupation"), row.occupation},
            {QStringLiteral("expertise"),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(row.expertise)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("photo_sha256"), nullableText(row.photoSha256)},
            {QStringLiteral("term_start"), nullableDate(row.termStart)},
            {QStringLiteral("term_end"), nullableDate(row.termEnd)},
            {QStringLiteral("active"), row.active ? 1 : 0}};
}

Deputy DeputyRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Deputy d;
    d.id = r.text("id");
    d.stationId = r.text("station_id");
    d.pointId = r.text("point_id");
    d.name = r.text("name");
    d.gender = r.text("gender");
    d.level = r.text("level");
    d.constituency = r.text("constituency");
    d.occupation = r.text("occupation");
    for (const QJsonValue &v : QJsonDocument::fromJson(r.text("expertise").toUtf8()).array())
        d.expertise << v.toString();
    d.phone = r.text("phone");
    d.photoSha256 = r.text("photo_sha256");
    d.termStart = r.date("term_start");
    d.termEnd = r.date("term_end");
    d.active = r.flag("active");
    d.meta = r.meta();
    return d;
}

QList<Deputy> DeputyRepository::listForStation(const QString &stationId) const
{
    // National first, township last: the order the wall schedule uses.
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY CASE level "
                                 "WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'city' THEN 3 "
                                 "WHEN 'county' THEN 4 ELSE 5 END, name"),
                  {stationId});
}

} // namespace zt
