#include "models/CaseFilter.h"

#include "domain/Codes.h"

#include <QJsonArray>
#include <algorithm>

namespace zt {

namespace {

const QLatin1String kStatuses("statuses");
const QLatin1String kCategory("category");
const QLatin1String kNoCategory("noCategory");
const QLatin1String kDepartment("department");
const QLatin1String kPoint("point");
const QLatin1String kDeputy("deputy");
const QLatin1String kFrom("registeredFrom");
const QLatin1String kTo("registeredTo");
const QLatin1String kOverdue("overdueOnly");
const QLatin1String kText("text");
const QLatin1String kSort("sort");
const QLatin1String kVersion("version");
const QLatin1String kCounted("countedOnly");
const QLatin1String kStation("station");
const QLatin1String kDistrict("district");
const QLatin1String kCommunity("community");
const QLatin1String kSatisfaction("satisfaction");
const QLatin1String kClosedFrom("closedFrom");
const QLatin1String kClosedTo("closedTo");
const QLatin1String kRepliedFrom("repliedFrom");
const QLatin1String kRepliedTo("repliedTo");
const QLatin1String kReplyDaysMin("replyDaysMin");
const QLatin1String kReplyDaysMax("replyDaysMax");

constexpr CaseFilter::Sort kSorts[] = {CaseFilter::Sort::RegisteredNewest, CaseFilter::Sort::RegisteredOldest,
                                       CaseFilter::Sort::DeadlineSoonest, CaseFilter::Sort::CaseNumber};

void putIfSet(QJsonObject &json, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

void putIfSet(QJsonObject &json, QLatin1String key, const QDate &value)
{
    if (value.isValid())
        json.insert(key, value.toString(Qt::ISODate));
}

QDate dateOf(const QJsonObject &json, QLatin1String key)
{
    return QDate::fromString(json.value(key).toString(), Qt::ISODate);
}

} // namespace

bool CaseFilter::isUnfiltered() const
{
    return statuses.isEmpty() && categoryId.isEmpty() && !noCategory && departmentId.isEmpty() && pointId.isEmpty() &&
           deputyId.isEmpty() && !registeredFrom.isValid() && !registeredTo.isValid() && !overdueOnly &&
           text.trimmed().isEmpty() && !countedOnly && stationId.isEmpty() && districtCode.isEmpty() &&
           communityCode.isEmpty() && satisfaction.isEmpty() && !closedFrom.isValid() && !closedTo.isValid() &&
           !repliedFrom.isValid() && !repliedTo.isValid() && replyDaysMin < 0 && replyDaysMax < 0;
}

QString CaseFilter::sortCode(Sort sort)
{
    switch (sort) {
    case Sort::RegisteredNewest:
        return QStringLiteral("registered_newest");
    case Sort::RegisteredOldest:
        return QStringLiteral("registered_oldest");
    case Sort::DeadlineSoonest:
        return QStringLiteral("deadline_soonest");
    case Sort::CaseNumber:
        return QStringLiteral("case_number");
    }
    return QStringLiteral("registered_newest");
}

QJsonObject CaseFilter::toJson() const
{
    QJsonObject json;
    json.insert(kVersion, 1);
    if (!statuses.isEmpty()) {
        // Sorted, so the same filter always saves as the same text.
        QStringList list(statuses.cbegin(), statuses.cend());
        list.sort();
        json.insert(kStatuses, QJsonArray::fromStringList(list));
    }
    putIfSet(json, kCategory, categoryId);
    putIfSet(json, kDepartment, departmentId);
    putIfSet(json, kPoint, pointId);
    putIfSet(json, kDeputy, deputyId);
    if (registeredFrom.isValid())
        json.insert(kFrom, registeredFrom.toString(Qt::ISODate));
    if (registeredTo.isValid())
        json.insert(kTo, registeredTo.toString(Qt::ISODate));
    if (overdueOnly)
        json.insert(kOverdue, true);
    putIfSet(json, kText, text);
    if (countedOnly)
        json.insert(kCounted, true);
    if (noCategory)
        json.insert(kNoCategory, true);
    putIfSet(json, kStation, stationId);
    putIfSet(json, kDistrict, districtCode);
    putIfSet(json, kCommunity, communityCode);
    putIfSet(json, kSatisfaction, satisfaction);
    putIfSet(json, kClosedFrom, closedFrom);
    putIfSet(json, kClosedTo, closedTo);
    putIfSet(json, kRepliedFrom, repliedFrom);
    putIfSet(json, kRepliedTo, repliedTo);
    if (replyDaysMin >= 0)
        json.insert(kReplyDaysMin, replyDaysMin);
    if (replyDaysMax >= 0)
        json.insert(kReplyDaysMax, replyDaysMax);
    json.insert(kSort, sortCode(sort));
    return json;
}

CaseFilter CaseFilter::fromJson(const QJsonObject &json)
{
    CaseFilter f;
    const QStringList known = CaseStatus::all();
    const QJsonArray statusArray = json.value(kStatuses).toArray();
    for (const QJsonValue &v : statusArray) {
        const QString s = v.toString();
        if (known.contains(s))
            f.statuses.insert(s);
    }
    f.categoryId = json.value(kCategory).toString();
    f.departmentId = json.value(kDepartment).toString();
    f.pointId = json.value(kPoint).toString();
    f.deputyId = json.value(kDeputy).toString();
    f.registeredFrom = QDate::fromString(json.value(kFrom).toString(), Qt::ISODate);
    f.registeredTo = QDate::fromString(json.value(kTo).toString(), Qt::ISODate);
    f.overdueOnly = json.value(kOverdue).toBool();
    f.text = json.value(kText).toString();
    f.countedOnly = json.value(kCounted).toBool();
    f.noCategory = json.value(kNoCategory).toBool();
    f.stationId = json.value(kStation).toString();
    f.districtCode = json.value(kDistrict).toString();
    f.communityCode = json.value(kCommunity).toString();
    if (Satisfaction::all().contains(json.value(kSatisfaction).toString()))
        f.satisfaction = json.value(kSatisfaction).toString();
    f.closedFrom = dateOf(json, kClosedFrom);
    f.closedTo = dateOf(json, kClosedTo);
    f.repliedFrom = dateOf(json, kRepliedFrom);
    f.repliedTo = dateOf(json, kRepliedTo);
    f.replyDaysMin = qMax(-1, json.value(kReplyDaysMin).toInt(-1));
    f.replyDaysMax = qMax(-1, json.value(kReplyDaysMax).toInt(-1));
    const QString sort = json.value(kSort).toString();
    const auto *found = std::find_if(std::begin(kSorts), std::end(kSorts), [&](Sort s) { return sortCode(s) == sort; });
    if (found != std::end(kSorts))
        f.sort = *found;
    return f;
}

} // namespace zt
