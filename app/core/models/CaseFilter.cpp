#include "models/CaseFilter.h"

#include "domain/Codes.h"

#include <QJsonArray>
#include <algorithm>

namespace zt {

namespace {

const QLatin1String kStatuses("statuses");
const QLatin1String kCategory("category");
const QLatin1String kDepartment("department");
const QLatin1String kPoint("point");
const QLatin1String kDeputy("deputy");
const QLatin1String kFrom("registeredFrom");
const QLatin1String kTo("registeredTo");
const QLatin1String kOverdue("overdueOnly");
const QLatin1String kText("text");
const QLatin1String kSort("sort");
const QLatin1String kVersion("version");

constexpr CaseFilter::Sort kSorts[] = {CaseFilter::Sort::RegisteredNewest, CaseFilter::Sort::RegisteredOldest,
                                       CaseFilter::Sort::DeadlineSoonest, CaseFilter::Sort::CaseNumber};

void putIfSet(QJsonObject &json, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

bool CaseFilter::isUnfiltered() const
{
    return statuses.isEmpty() && categoryId.isEmpty() && departmentId.isEmpty() && pointId.isEmpty() &&
           deputyId.isEmpty() && !registeredFrom.isValid() && !registeredTo.isValid() && !overdueOnly &&
           text.trimmed().isEmpty();
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
    const QString sort = json.value(kSort).toString();
    const auto *found = std::find_if(std::begin(kSorts), std::end(kSorts), [&](Sort s) { return sortCode(s) == sort; });
    if (found != std::end(kSorts))
        f.sort = *found;
    return f;
}

} // namespace zt
