#include "storage/ReceptionRuleRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap ReceptionRuleRepository::toFields(const StoredReceptionRule &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("rule_text"), row.ruleText},
            {QStringLiteral("point_id"), nullableText(row.pointId)},
            {QStringLiteral("sort_order"), row.sortOrder},
            {QStringLiteral("active"), row.active ? 1 : 0}};
}

StoredReceptionRule ReceptionRuleRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    StoredReceptionRule rule;
    rule.id = r.text("id");
    rule.stationId = r.text("station_id");
    rule.title = r.text("title");
    rule.ruleText = r.text("rule_text");
    rule.pointId = r.text("point_id");
    rule.sortOrder = int(r.integer("sort_order"));
    rule.active = r.flag("active");
    rule.meta = r.meta();
    return rule;
}

QList<StoredReceptionRule> ReceptionRuleRepository::listForStation(const QString &stationId) const
{
    return select(QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY sort_order, id"), {stationId});
}

} // namespace zt
