#include "sync/CaseNumberGuard.h"

#include "storage/RowStore.h"

namespace zt::server {

namespace {
const QString kCases = QStringLiteral("cases");
constexpr QLatin1StringView kCaseNo("case_no");
constexpr QLatin1StringView kStationId("station_id");
// Bounds m_given; it only has to span one batch (see the header).
constexpr qsizetype kMaxGiven = 20000;
} // namespace

Result<std::optional<QString>> CaseNumberGuard::refusal(const Scope &scope, const sync::Mutation &m,
                                                        const std::optional<StoredRow> &existing, const CurrentRow &current)
{
    if (m.table != kCases || m.op == QLatin1String("delete"))
        return std::optional<QString>();
    // field() / hasField(): an insert's fields may be in the scanned form (decision 36).
    const bool setsNumber = m.hasField(kCaseNo);
    const bool setsStation = m.hasField(kStationId);
    if (!setsNumber && !setsStation)
        return std::optional<QString>();
    QString station = setsStation ? m.field(kStationId).toString() : QString();
    QString number = setsNumber ? m.field(kCaseNo).toString() : QString();
    if (existing) {
        if (station.isEmpty())
            station = existing->stationId;
        if (number.isEmpty())
            number = existing->data.value(kCaseNo).toString();
        // Same number, same station: nothing new to check (also an insert sent again).
        if (station == existing->stationId && number == existing->data.value(kCaseNo).toString())
            return std::optional<QString>();
    }
    // Out of scope is refused as such later; the answer must not tell about another station's rows.
    if (number.isEmpty() || !scope.contains(station))
        return std::optional<QString>();

    QStringList holders;
    const QString key = station + QChar(0x1f) + number;
    if (auto given = m_given.constFind(key); given != m_given.constEnd() && *given != m.rowId)
        holders << *given;
    QStringList numbered;
    if (auto prefetched = m_numbered.constFind(key); prefetched != m_numbered.constEnd()) {
        numbered = *prefetched;
    } else {
        auto read = m_rows.caseRowsNumbered(station, number);
        if (!read)
            return read.error();
        numbered = read.value();
    }
    for (const QString &id : std::as_const(numbered))
        if (id != m.rowId && !holders.contains(id))
            holders << id;
    // A holder found in the table may have changed its number earlier in this batch (not written
    // yet), and one given in this batch may have been refused or changed since: ask for the row now.
    for (const QString &id : std::as_const(holders)) {
        auto row = current(id);
        if (!row)
            return row.error();
        const std::optional<StoredRow> &holder = row.value();
        if (holder && holder->stationId == station && holder->data.value(kCaseNo).toString() == number)
            return std::optional<QString>(QStringLiteral("case number %1 is already another case's at this station").arg(number));
    }
    if (m_given.size() >= kMaxGiven)
        m_given.clear();
    m_given.insert(key, m.rowId);
    return std::optional<QString>();
}

Status CaseNumberGuard::prefetch(const Scope &scope, const QList<const sync::Mutation *> &mutations)
{
    m_numbered.clear();
    QHash<QString, QStringList> numbersByStation;
    for (const sync::Mutation *m : mutations) {
        if (m->table != kCases || m->op != QLatin1String("insert"))
            continue;
        const QString station = m->field(kStationId).toString();
        const QString number = m->field(kCaseNo).toString();
        if (!number.isEmpty() && scope.contains(station))
            numbersByStation[station] << number;
    }
    for (auto it = numbersByStation.constBegin(); it != numbersByStation.constEnd(); ++it) {
        auto found = m_rows.caseRowsNumberedMany(it.key(), it.value());
        if (!found)
            return found.error();
        // Every number asked for gets an entry, an empty one when no row has it.
        for (const QString &number : it.value())
            m_numbered.insert(it.key() + QChar(0x1f) + number, found->value(number));
    }
    return {};
}

} // namespace zt::server
