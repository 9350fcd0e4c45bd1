#include "sync/ReferenceScopeGuard.h"

#include "storage/Migrator.h"
#include "storage/StationRows.h"
#include "storage/SyncedTables.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace zt::server {

namespace {

const QString kStationId = QStringLiteral("station_id");
const QString kOwnerTable = QStringLiteral("owner_table");

struct ReferenceMap
{
    bool loaded = false;
    QHash<QString, QList<ReferenceScopeGuard::Reference>> byTable;
    QHash<QString, QList<ReferenceScopeGuard::Reference>> namedBy; // referenced table -> {column, naming table}
};

// Read once per process from the client schema (its migrations applied to a private in-memory
// database): the foreign keys of the synced tables are the references a PC checks when it stores a row.
const ReferenceMap &referenceMap()
{
    static const ReferenceMap map = [] {
        ReferenceMap m;
        const QString name = QStringLiteral("zt-references-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(QStringLiteral(":memory:"));
            if (d.open() && Migrator::migrate(d)) {
                m.loaded = true;
                for (const QString &table : SyncedTables::names()) {
                    QSqlQuery q(d);
                    // Table names come from the fixed list, never from a request.
                    if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
                        m.loaded = false;
                        continue;
                    }
                    while (q.next()) {
                        const QString column = q.value(QStringLiteral("from")).toString();
                        if (column != kStationId) // the row's own station: the scope check's business
                            m.byTable[table].append({column, q.value(QStringLiteral("table")).toString(), column.toUtf8()});
                    }
                }
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
        // No foreign key: the owner is a row of the table owner_table names.
        m.byTable[QStringLiteral("attachment")].append({QStringLiteral("owner_id"), QString(), QByteArrayLiteral("owner_id")});
        for (auto it = m.byTable.constBegin(); it != m.byTable.constEnd(); ++it)
            for (const ReferenceScopeGuard::Reference &r : it.value())
                if (!r.table.isEmpty())
                    m.namedBy[r.table].append({r.column, it.key(), r.columnUtf8});
        for (const QString &table : SyncedTables::names())
            m.namedBy[table].append({QStringLiteral("owner_id"), QStringLiteral("attachment"), QByteArrayLiteral("owner_id")});
        return m;
    }();
    return map;
}

} // namespace

const QList<ReferenceScopeGuard::Reference> &ReferenceScopeGuard::referencesOf(const QString &table)
{
    static const QList<Reference> none;
    const ReferenceMap &map = referenceMap();
    const auto it = map.byTable.constFind(table);
    return it == map.byTable.constEnd() ? none : *it;
}

const QList<ReferenceScopeGuard::Reference> &ReferenceScopeGuard::namedBy(const QString &table)
{
    static const QList<Reference> none;
    const ReferenceMap &map = referenceMap();
    const auto it = map.namedBy.constFind(table);
    return it == map.namedBy.constEnd() ? none : *it;
}

Status ReferenceScopeGuard::prepare(const QList<const sync::Mutation *> &fresh, const BatchRow &batchRow)
{
    if (!referenceMap().loaded) // refuse to guess: a push is better failed than let through unchecked
        return Error{QStringLiteral("references.schema_failed"), QStringLiteral("cannot read the client schema's references")};
    m_stored.clear();
    m_asked.clear();
    m_inserted.clear();
    m_known.clear();
    m_moved.clear();
    m_caseMoved = false;
    m_fresh = &fresh;
    m_batch = &fresh;
    QHash<QString, QStringList> ask;
    QSet<QString> seen; // ids met already: most of a batch names the same few categories, departments, deputies
    for (const sync::Mutation *m : fresh) {
        if (m->op == QLatin1String("delete"))
            continue;
        const QList<Reference> &references = referencesOf(m->table);
        if (references.isEmpty())
            continue;
        // A row that moves keeps the references it does not change: they are checked too (refusal()),
        // but for a case, whose references CaseMove re-points.
        const std::optional<StoredRow> *existing =
            m->table != QLatin1String("cases") && m->hasField(kStationId) ? batchRow(m->table, m->rowId) : nullptr;
        const QJsonObject *stored = existing && existing->has_value() ? &(*existing)->data : nullptr;
        for (const Reference &r : references) {
            // (field() / hasField(): a plain insert's fields are held as the body's bytes, decision 36)
            const bool pushed = m->hasField(r.column, r.columnUtf8);
            if (!pushed && !stored)
                continue;
            const QString id = (pushed ? m->field(r.column, r.columnUtf8) : stored->value(r.column)).toString();
            if (id.isEmpty() || seen.contains(id))
                continue; // (an id named from two tables: the second is asked for when it is checked)
            seen.insert(id);
            QString table = r.table;
            if (table.isEmpty()) {
                table = m->hasField(kOwnerTable) ? m->field(kOwnerTable).toString()
                                                        : stored ? stored->value(kOwnerTable).toString() : QString();
                if (!SyncedTables::names().contains(table))
                    continue; // not a synced table: the schema's CHECK refuses the row
            }
            if (batchRow(table, id))
                continue;
            const QString k = key(table, id);
            if (m_asked.contains(k))
                continue;
            m_asked.insert(k);
            ask[table] << id;
        }
    }
    for (auto it = ask.constBegin(); it != ask.constEnd(); ++it) {
        auto found = m_rows.stationsOf(it.key(), it.value());
        if (!found)
            return found.error();
        for (auto row = found->constBegin(); row != found->constEnd(); ++row) {
            m_stored.insert(key(it.key(), row.key()), row.value());
            m_known.insert(row.key(), {it.key(), row.value()});
        }
    }
    return {};
}

Result<std::optional<QString>> ReferenceScopeGuard::stationOf(const QString &table, const QString &rowId, const BatchRow &batchRow)
{
    // A stored row the batch had not met when it began stays where it was unless a mutation of the
    // batch moved it (refusal() sees every mutation first): one hash lookup, no key built.
    if (!m_caseMoved)
        if (const auto known = m_known.constFind(rowId);
            known != m_known.constEnd() && known->first == table && (m_moved.isEmpty() || !m_moved.contains(rowId)))
            return std::optional<QString>(known->second);
    const QString k = key(table, rowId);
    // What the batch holds comes first: it may have created, changed or moved the row already.
    if (const std::optional<StoredRow> *row = batchRow(table, rowId)) {
        if (row->has_value())
            return std::optional<QString>((*row)->stationId);
        // Not on the server (yet): a fresh insert of this batch may create it, at its pushed station
        // (listed when first needed: a batch that names a row it creates later is rare).
        if (m_inserted.isEmpty() && m_fresh) {
            for (const sync::Mutation *m : *m_fresh)
                if (m->op == QLatin1String("insert"))
                    m_inserted.insert(key(m->table, m->rowId), m->field(kStationId).toString());
            m_fresh = nullptr;
        }
        if (const auto inserted = m_inserted.constFind(k); inserted != m_inserted.constEnd())
            return std::optional<QString>(*inserted);
        return std::optional<QString>();
    }
    if (const auto stored = m_stored.constFind(k); stored != m_stored.constEnd())
        return std::optional<QString>(*stored);
    if (m_asked.contains(k))
        return std::optional<QString>();
    // A reference prepare() did not see (the batch changed the row it came from): one statement.
    auto found = m_rows.stationsOf(table, {rowId});
    if (!found)
        return found.error();
    m_asked.insert(k);
    if (found->isEmpty())
        return std::optional<QString>();
    m_stored.insert(k, found->constBegin().value());
    return std::optional<QString>(found->constBegin().value());
}

Result<std::optional<QString>> ReferenceScopeGuard::refusal(const Scope &scope, const sync::Mutation &m,
                                                            const std::optional<StoredRow> &existing, const BatchRow &batchRow)
{
    const bool stationPushed = m.hasField(kStationId);
    const QString pushedStation = stationPushed ? m.field(kStationId).toString() : QString();
    // A row this mutation may move is no longer where the batch found it; a moved case takes its
    // events, attachments, picks and links along (CaseMove), so then nothing read before is sure.
    if (existing && stationPushed && pushedStation != existing->stationId) {
        m_moved.insert(m.rowId);
        m_caseMoved = m_caseMoved || m.table == QLatin1String("cases");
    }
    if (m.op == QLatin1String("delete")) // a tombstone names nothing new
        return std::optional<QString>();
    const QList<Reference> &references = referencesOf(m.table);
    if (references.isEmpty())
        return std::optional<QString>();
    const QString station = stationPushed ? pushedStation : existing ? existing->stationId : QString();
    if (station.isEmpty() || !scope.contains(station))
        return std::optional<QString>();
    const bool moves = existing && station != existing->stationId;
    // A moved case's references (the pushed ones too) are re-pointed or cleared by CaseMove (decision
    // 33) in the same transaction when they name another station's row; the pushed ones may name
    // its old station's rows. Any other row that moves must name the new station's rows only.
    const bool caseMoves = moves && m.table == QLatin1String("cases");
    const QString oldStation = caseMoves ? existing->stationId : QString();
    const bool unchangedToo = moves && !caseMoves;
    for (const Reference &r : references) {
        const bool pushed = m.hasField(r.column, r.columnUtf8);
        if (!pushed && !unchangedToo)
            continue; // unchanged: it was checked when it was written
        const QString id = (pushed ? m.field(r.column, r.columnUtf8) : existing->data.value(r.column)).toString();
        if (id.isEmpty())
            continue;
        QString table = r.table;
        if (table.isEmpty()) {
            table = m.hasField(kOwnerTable) ? m.field(kOwnerTable).toString()
                                                   : existing ? existing->data.value(kOwnerTable).toString() : QString();
            if (!SyncedTables::names().contains(table))
                continue; // not a synced table: the schema's CHECK refuses the row
        }
        auto named = stationOf(table, id, batchRow);
        if (!named)
            return named.error();
        // A row the server does not have is let through: it may come later from the same PC (the
        // events of a case refused as duplicate_case_no arrive before its renumbered insert,
        // decision 25), and ids are UUIDv7 made on the PCs, so no one can name another station's
        // row before it exists.
        const std::optional<QString> &at = named.value();
        if (!at || *at == station || (!oldStation.isEmpty() && *at == oldStation))
            continue;
        return std::optional<QString>(QStringLiteral("%1.%2 names a %3 row of another station").arg(m.table, r.column, table));
    }
    return std::optional<QString>();
}

Result<std::optional<QString>> ReferenceScopeGuard::leavingRefusal(const Scope &scope, const sync::Mutation &m,
                                                                   const std::optional<StoredRow> &existing,
                                                                   const BatchRow &batchRow, const RowRead &read)
{
    // Only a mutation that moves a stored row (ordinary pushes cost one field lookup here). A case
    // takes its events, attachments and picks along and ends its visit links (CaseMove, decisions
    // 33-34); a row leaving or entering a station outside the scope is the out-of-scope refusal's.
    if (!existing || m.op == QLatin1String("delete") || !m.hasField(kStationId) || m.table == QLatin1String("cases"))
        return std::optional<QString>();
    const QString oldStation = existing->stationId;
    const QString station = m.field(kStationId).toString();
    if (station.isEmpty() || station == oldStation || !scope.contains(station) || !scope.contains(oldStation))
        return std::optional<QString>();
    const QList<Reference> &namers = namedBy(m.table);
    if (namers.isEmpty())
        return std::optional<QString>();

    // Does this row (the batch's version when it holds one) still name the moving row from the old station?
    auto names = [&](const Reference &r, const QJsonObject &data, const QString &at) {
        return at == oldStation && data.value(r.column).toString() == m.rowId
               && (r.table != QLatin1String("attachment") || data.value(kOwnerTable).toString() == m.table);
    };
    StationRows lookup(m_db);
    QStringList counts;
    int total = 0;
    for (const Reference &r : namers) {
        // The old station's stored rows naming it: its stored text searched (decision 33's lookup: no
        // index is kept for it, since a move of a referenced row is rare and every push would pay for
        // one index per reference column), each candidate compared exactly.
        auto stored = lookup.withValue(r.table, oldStation, r.column, {m.rowId});
        if (!stored)
            return stored.error();
        QSet<QString> seen;
        int n = 0;
        for (const StationRows::Entry &e : stored.value()) {
            seen.insert(e.rowId);
            if (!batchRow(r.table, e.rowId)) { // the batch has not touched it: the stored row is the row
                n += names(r, e.data, oldStation) ? 1 : 0;
                continue;
            }
            auto now = read(r.table, e.rowId); // the batch may have cleared or moved it already
            if (!now)
                return now.error();
            n += now.value() && names(r, now.value()->data, now.value()->stationId) ? 1 : 0;
        }
        // Rows the batch wrote before this mutation and has not stored yet (a case it just made).
        if (m_batch)
            for (const sync::Mutation *other : *m_batch) {
                if (other == &m || other->table != r.table || seen.contains(other->rowId) || !batchRow(r.table, other->rowId))
                    continue;
                seen.insert(other->rowId);
                auto now = read(r.table, other->rowId);
                if (!now)
                    return now.error();
                n += now.value() && names(r, now.value()->data, now.value()->stationId) ? 1 : 0;
            }
        if (n > 0) {
            counts << QStringLiteral("%1.%2 %3").arg(r.table, r.column).arg(n);
            total += n;
        }
    }
    if (total == 0)
        return std::optional<QString>();
    return std::optional<QString>(QStringLiteral("%1 rows of its station still name this %2 row (%3): change or move them first")
                                      .arg(total)
                                      .arg(m.table, counts.join(QStringLiteral(", "))));
}

} // namespace zt::server
