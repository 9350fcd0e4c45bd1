#include "models/DeputyRosterModel.h"

#include "domain/DomainText.h"
#include "privacy/PersonalDataMask.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"

#include <QSet>
#include <algorithm>

namespace zt {

DeputyRosterModel::DeputyRosterModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("deputy"), QStringLiteral("point")});
    reload();
}

void DeputyRosterModel::setFilter(const DeputyFilter &filter)
{
    m_filter = filter;
    reload();
}

QStringList DeputyRosterModel::headers() const
{
    return {tr("Name"), tr("Level"), tr("Station or point"), tr("Occupation"), tr("Expertise"), tr("Phone"), tr("Term")};
}

QVector<ReadOnlyTableModel::Row> DeputyRosterModel::load()
{
    QHash<QString, QString> pointNames;
    for (const zt::Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        pointNames.insert(p.id, p.name);
    QSet<QString> tags;
    QVector<Row> out;
    const QList<Deputy> all = DeputyRepository(m_store).listForStation(m_store.stationId());
    m_total = int(all.size());
    for (const Deputy &d : all) {
        for (const QString &t : d.expertise)
            tags.insert(t);
        if (!m_filter.matches(d))
            continue;
        Row row;
        row.id = d.id;
        const QString term = d.termStart.isValid() || d.termEnd.isValid()
                                 ? QStringLiteral("%1 – %2").arg(d.termStart.toString(QStringLiteral("yyyy.MM")),
                                                                 d.termEnd.toString(QStringLiteral("yyyy.MM")))
                                 : QString();
        row.cells = {d.name,
                     DomainText::deputyLevel(d.level),
                     d.pointId.isEmpty() ? tr("Station") : pointNames.value(d.pointId),
                     d.occupation,
                     d.expertise.join(QStringLiteral("、")),
                     PersonalDataMask::phone(d.phone),
                     term};
        out.append(row);
    }
    m_tags = QStringList(tags.begin(), tags.end());
    std::sort(m_tags.begin(), m_tags.end());
    return out;
}

} // namespace zt
