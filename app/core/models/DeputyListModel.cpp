#include "models/DeputyListModel.h"

#include "domain/DomainText.h"
#include "privacy/PersonalDataMask.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"

namespace zt {

DeputyListModel::DeputyListModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("deputy"), QStringLiteral("point")});
}

QStringList DeputyListModel::headers() const
{
    return {tr("Name"), tr("Level"), tr("Occupation"), tr("Expertise"), tr("Liaison point"), tr("Phone"), tr("Term")};
}

QVector<ReadOnlyTableModel::Row> DeputyListModel::load()
{
    QHash<QString, QString> pointNames;
    for (const zt::Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        pointNames.insert(p.id, p.name);
    QVector<Row> out;
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId())) {
        Row row;
        row.id = d.id;
        const QString term = d.termStart.isValid() || d.termEnd.isValid()
                                 ? QStringLiteral("%1 – %2").arg(d.termStart.toString(Qt::ISODate), d.termEnd.toString(Qt::ISODate))
                                 : QString();
        row.cells = {d.name, DomainText::deputyLevel(d.level), d.occupation, d.expertise.join(QStringLiteral("、")),
                     d.pointId.isEmpty() ? tr("Station") : pointNames.value(d.pointId), PersonalDataMask::phone(d.phone),
                     term};
        out.append(row);
    }
    return out;
}

} // namespace zt
