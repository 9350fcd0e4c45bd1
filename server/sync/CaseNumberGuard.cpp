#include "sync/CaseNumberGuard.h"

#include "storage/RowStore.h"

namespace zt::server {

namespace {
const QString kCases = QStringLiteral("cases");
constexpr QLatin1StringView kCaseNo("case_no");
constexpr QLatin1StringView kStationId("station_id");
} // namespace

Result<std::optional<QString>> CaseNumberGuard::refusal(const Scope &scope, const sync::Mutation &m,
                                                        const std::optional<StoredRow> &existing, const CurrentRow &current)
{
    if (m.table != kCases || m.op == QLatin1String("delete"))
        return std::optional<QString>();
    QString station;
    QString number;
    QString key;
    const Numbered *known = existing ? nullptr : prefetched(m);
    if (known) {
        // A new case whose number prefetch() looked up (the push's usual case).
        station = known->station;
        number = known->number;
        key = known->key;
    } else {
        // field() / hasField(): an insert's fields may be in the scanned form (decision 36).
        const bool setsNumber = m.hasField(kCaseNo);
        const bool setsStation = m.hasField(kStationId);
        if (!setsNumber && !setsStation)
            return std::optional<QString>();
        station = setsStation ? m.field(kStationId).toString() : QString();
        number = setsNumber ? m.field(kCaseNo).toString() : QString();
        if (existing) {
            if (station.isEmpty())
                station = existing->stationId;
            if (number.isEmpty())
                number = existing->data.value(kCaseNo).toString();
            // Same number, same station: nothing new to check (also an insert sent again).
            if (station == existing->stationId && number == existing->data.value(kCaseNo).toString())
                return std::optional<QString>();
        }
    }
    // Out of scope is refused as such later; the answer must not tell about another station's rows.
    if (number.isEmpty() || !scope.contains(station))
        return std::optional<QString>();
    if (key.isEmpty())
        key = keyOf(station, number);

    auto holders = m_numbered.find(key);
    if (holders == m_numbered.end()) {
        auto read = m_rows.caseRowsNumbered(station, number);
        if (!read)
            return read.error();
        holders = m_numbered.insert(key, read.value());
    }
    // A holder found in the table may have changed its number earlier in this batch (not written
    // yet), and one given in this batch may have been refused or changed since: ask for the row now.
    for (const QString &id : std::as_const(*holders)) {
        if (id == m.rowId)
            continue;
        auto row = current(id);
        if (!row)
            return row.error();
        const std::optional<StoredRow> &holder = row.value();
        if (holder && holder->stationId == station && holder->data.value(kCaseNo).toString() == number)
            return std::optional<QString>(QStringLiteral("case number %1 is already another case's at this station").arg(number));
    }
    if (!holders->contains(m.rowId))
        holders->append(m.rowId);
    return std::optional<QString>();
}

const CaseNumberGuard::Numbered *CaseNumberGuard::prefetched(const sync::Mutation &m) const
{
    const qint64 i = m.deviceSeq - m_firstSeq;
    if (i < 0 || i >= m_inserts.size() || m_inserts.at(i).mutation != &m)
        return nullptr;
    return &m_inserts.at(i);
}

Status CaseNumberGuard::prefetch(const Scope &scope, const QList<const sync::Mutation *> &mutations)
{
    m_numbered.clear();
    m_inserts.clear();
    m_firstSeq = mutations.isEmpty() ? 0 : mutations.first()->deviceSeq;
    QHash<QString, QStringList> numbersByStation;
    for (const sync::Mutation *m : mutations) {
        if (m->table != kCases || m->op != QLatin1String("insert"))
            continue;
        const qint64 i = m->deviceSeq - m_firstSeq;
        if (i < 0 || i >= mutations.size())
            continue; // not in device_seq order (PushBatch checks it is): refusal() reads the fields itself
        if (m_inserts.size() <= i)
            m_inserts.resize(i + 1);
        Numbered &n = m_inserts[i];
        n.mutation = m;
        n.station = m->field(kStationId).toString();
        n.number = m->field(kCaseNo).toString();
        n.key = keyOf(n.station, n.number);
        if (!n.number.isEmpty() && scope.contains(n.station))
            numbersByStation[n.station] << n.number;
    }
    QHash<QString, QHash<QString, QStringList>> foundByStation;
    for (auto it = numbersByStation.constBegin(); it != numbersByStation.constEnd(); ++it) {
        auto found = m_rows.caseRowsNumberedMany(it.key(), it.value());
        if (!found)
            return found.error();
        foundByStation.insert(it.key(), std::move(found.value()));
    }
    // Every number asked for gets an entry, an empty one when no row has it.
    m_numbered.reserve(m_inserts.size());
    for (const Numbered &n : std::as_const(m_inserts))
        if (n.mutation && !n.number.isEmpty() && scope.contains(n.station))
            m_numbered.insert(n.key, foundByStation.value(n.station).value(n.number));
    return {};
}

} // namespace zt::server
