#include "models/TodayVisitsModel.h"

#include "common/Clock.h"
#include "domain/DomainText.h"
#include "privacy/PersonalDataMask.h"
#include "storage/CaseRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/Store.h"

namespace zt {

TodayVisitsModel::TodayVisitsModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("visit"), QStringLiteral("visitor"), QStringLiteral("visit_deputy"), QStringLiteral("cases"),
           QStringLiteral("visit_case")});
}

void TodayVisitsModel::setDate(const QDate &date)
{
    m_date = date;
    reload();
}

bool TodayVisitsModel::isCancelled(int row) const
{
    return m_cancelled.contains(rowId(row));
}

QStringList TodayVisitsModel::headers() const
{
    return {tr("Half-day"), tr("Visitor"), tr("People"), tr("Channel"), tr("Case numbers"), tr("Deputies"), tr("Status")};
}

QVector<ReadOnlyTableModel::Row> TodayVisitsModel::load()
{
    QVector<Row> out;
    m_cancelled.clear();
    const QDate day = m_date.isValid() ? m_date : Clock::today();
    const ReceptionLookup lookup(m_store);
    const CaseRepository cases(m_store);
    const DeputyRepository deputies(m_store);
    QHash<QString, QString> deputyNames;
    for (const Visit &v : lookup.visitsOn(m_store.stationId(), day)) {
        QStringList names;
        for (const zt::Visitor &p : v.visitors)
            names << PersonalDataMask::name(p.name) + (p.phone.isEmpty() ? QString() : QLatin1Char(' ') + PersonalDataMask::phone(p.phone));
        QStringList numbers;
        for (const CaseRecord &c : cases.listForVisit(v.id))
            numbers << c.caseNo;
        for (const CaseRecord &c : lookup.linkedCases(v.id))
            numbers << tr("%1 (linked)").arg(c.caseNo);
        QStringList who;
        for (const QString &id : v.deputyIds) {
            if (!deputyNames.contains(id))
                deputyNames.insert(id, deputies.find(id) ? deputies.find(id)->name : QString());
            who << deputyNames.value(id);
        }
        const bool cancelled = v.status == QLatin1String("cancelled");
        if (cancelled)
            m_cancelled.insert(v.id);
        Row row;
        row.id = v.id;
        row.cells = {DomainText::halfDay(v.halfDay), names.join(QStringLiteral("、")), v.visitorCount,
                     DomainText::channel(v.channel), numbers.join(QStringLiteral("，")), who.join(QStringLiteral("、")),
                     cancelled ? tr("Cancelled: %1").arg(v.cancelReason) : tr("Recorded")};
        row.tooltips = {QVariant(), QVariant(), QVariant(), QVariant(), numbers.join(QLatin1Char('\n')), QVariant(),
                        cancelled ? QVariant(v.cancelReason) : QVariant()};
        out.append(row);
    }
    return out;
}

} // namespace zt
