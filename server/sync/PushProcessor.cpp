#include "sync/PushProcessor.h"

#include "JsonLog.h"
#include "common/ThreadCpuTime.h"
#include "common/Uuid7.h"
#include "storage/AccountRepository.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "storage/SyncedTables.h"
#include "storage/TombstoneRepository.h"
#include "sync/CaseMove.h"
#include "sync/DevicePushOrder.h"
#include "sync/HybridClock.h"
#include "sync/JsonText.h"
#include "sync/OwnershipRules.h"
#include "sync/RowValidator.h"
#include "sync/SyncLimits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <ctime>

namespace zt::server {

namespace {

// The JSON text of a row a push creates: its data in one pass over its fields (forEachField(field)
// calls field(quotedKeyAndColon, appendValue) for each field in key order), and its field_sv and
// field_by in the compact form of a new row (decision 49).
template<typename ForEachField>
RowStore::RowText createdRowText(const sync::Mutation &m, qint64 sv, const QString &deviceId, qsizetype fieldCount,
                                 ForEachField forEachField)
{
    RowStore::RowText text;
    QByteArray &data = text.data;
    data.reserve(256 + fieldCount * 64);
    data.append('{');
    forEachField([&](const QByteArray &key, auto &&appendValue) {
        data.append(key);
        appendValue(data);
        data.append(',');
    });
    PushPrecheck::endCreatedData(data, m);
    text.fieldSv = StoredRow::createdFieldSv(sv);
    text.fieldBy = StoredRow::createdFieldBy(deviceId);
    return text;
}

} // namespace

PushProcessor::PushProcessor(ServerDatabase &db, AccountRepository &accounts, RowStore &rows, RowValidator &validator)
    : m_db(db), m_group(PushGroup::of(db.identity())), m_accounts(accounts), m_rows(rows), m_validator(validator)
{
}

QString PushProcessor::serverTime()
{
    return HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("server"));
}

void PushProcessor::submit(const Scope &scope, sync::PushBatch batch, PushGroup::Answer answer)
{
    if (batch.deviceId != scope.deviceId) {
        JsonLog::warn(QStringLiteral("push.device_mismatch"),
                      {{QStringLiteral("device"), scope.deviceId}, {QStringLiteral("claimed"), batch.deviceId}});
        answer({403, {{QStringLiteral("error"), QStringLiteral("forbidden")},
                      {QStringLiteral("reason"), QStringLiteral("device_id does not match the token")}}});
        return;
    }
    // Before the write lock (decision 39): the scanned inserts' test inserts and row texts. The
    // ticket keeps this device's later batches behind this one until it is answered.
    const qint64 firstSeq = batch.mutations.first().deviceSeq;
    DevicePushOrder::Ticket inOrder = DevicePushOrder::enter(scope.deviceId, firstSeq);
    auto job = std::make_unique<PushGroup::Job>(scope, std::move(batch), std::move(inOrder));
    job->precheck.run(m_validator, job->scope, job->batch);
    // A gap while nothing earlier of the device is in progress: its predecessor may be on its way in.
    job->maybeLate = firstSeq > m_accounts.lastDeviceSeq(scope.deviceId) + 1 && job->ticket.earlier().isEmpty();
    job->answer = std::move(answer);
    // Then in a group with the other devices' batches, applied by the writer (decisions 40, 45).
    m_group.submit(std::move(job));
}

void PushProcessor::serveGroups(const std::function<void()> &serving)
{
    m_group.serve(
        m_db, [this](const Scope &s, const sync::PushBatch &b, const PushPrecheck &p) { return applyBatch(s, b, p); }, serving);
}

PushGroup::Applied PushProcessor::applyBatch(const Scope &scope, const sync::PushBatch &batch, const PushPrecheck &precheck)
{
    // The precheck is read by insertScanned while this batch is applied.
    struct UsePrecheck
    {
        const PushPrecheck *&slot;
        ~UsePrecheck() { slot = nullptr; }
    } usePrecheck{m_precheck};
    m_precheck = &precheck;
    // The validator's test transaction ends with the batch, whichever way the batch ends.
    struct EndValidatorBatch
    {
        RowValidator &validator;
        ~EndValidatorBatch() { validator.endBatch(); }
    } endValidatorBatch{m_validator};
    // PushGroup undoes a batch whose answer is not kept (to its savepoint, or the transaction).
    auto failed = [](const QString &why) -> PushGroup::Applied {
        JsonLog::error(QStringLiteral("push.db_error"), {{QStringLiteral("reason"), why}});
        return {{503, {{QStringLiteral("error"), QStringLiteral("unavailable")},
                       {QStringLiteral("reason"), QStringLiteral("a database error; try again later")}}},
                false};
    };

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = ThreadCpuTime::ms();
    // The batch is in consecutive device_seq order (PushBatch checks): one range lookup finds replays.
    auto start = m_rows.batchStart(scope.deviceId, batch.mutations.first().deviceSeq, batch.mutations.last().deviceSeq);
    if (!start)
        return failed(start.error().message);
    qint64 last = start->lastDeviceSeq;
    const QHash<qint64, LoggedMutation> *logged = &start->logged;
    QList<const sync::Mutation *> freshMutations;
    for (const sync::Mutation &m : batch.mutations)
        if (!logged->contains(m.deviceSeq))
            freshMutations << &m;
    m_batchRows.clear();
    m_dirty.clear();
    if (Status s = preloadRows(freshMutations); !s)
        return failed(s.error().message);
    // The stations of the rows the batch names, in a statement per table (decision 34); the case
    // numbers the batch's cases take, in a statement per station (decision 36).
    const auto batchRow = [this](const QString &t, const QString &id) { return this->batchRow(t, id); };
    if (Status s = m_references.prepare(freshMutations, batchRow); !s)
        return failed(s.error().message);
    if (Status s = m_caseNumbers.prefetch(scope, freshMutations); !s)
        return failed(s.error().message);
    const qint64 readNs = timer.nsecsElapsed();
    QByteArray results;
    results.reserve(batch.mutations.size() * 128 + 96);
    results.append("{\"results\":[");
    auto addResult = [&results](const QByteArray &text) {
        if (results.back() != '[')
            results.append(',');
        results.append(text);
    };
    QList<RowStore::NewLogEntry> newLog;
    newLog.reserve(batch.mutations.size());
    for (const sync::Mutation &m : batch.mutations) {
        if (auto it = logged->constFind(m.deviceSeq); it != logged->constEnd()) {
            if (it->mutationId != m.mutationId) {
                JsonLog::warn(QStringLiteral("push.fork"), {{QStringLiteral("device"), scope.deviceId},
                                                            {QStringLiteral("device_seq"), m.deviceSeq}});
                return {{409, {{QStringLiteral("error"), QStringLiteral("fork")},
                               {QStringLiteral("device_seq"), m.deviceSeq},
                               {QStringLiteral("reason"), QStringLiteral("this device_seq was used by another mutation: "
                                                                         "re-enrol as a new device and send again")}}},
                        false};
            }
            addResult(sync::JsonText::object(it->result)); // a replay: the stored answer
            continue;
        }
        if (m.deviceSeq != last + 1) {
            const bool gap = m.deviceSeq > last + 1;
            return {{409, {{QStringLiteral("error"), gap ? QStringLiteral("gap") : QStringLiteral("fork")},
                           {QStringLiteral("expected"), last + 1},
                           {QStringLiteral("reason"), gap ? QStringLiteral("device_seq %1 expected first").arg(last + 1)
                                                          : QStringLiteral("device_seq %1 was never applied here: "
                                                                           "re-enrol as a new device")
                                                                .arg(m.deviceSeq)}}},
                    false};
        }
        Applied applied = applyOne(scope, m);
        if (!applied.ok)
            return failed(applied.dbError);
        const QByteArray result = applied.result.toJsonText();
        newLog.append({m.deviceSeq, m.mutationId, result});
        addResult(result);
        last = m.deviceSeq;
    }
    const qsizetype fresh = newLog.size();
    const qint64 appliedNs = timer.nsecsElapsed();
    if (Status s = writeRows(RowStore::BatchEnd{scope.deviceId, newLog, last}); !s)
        return failed(s.error().message);
    // The batch's own work (its COMMIT is the group's: the push.group line): its reads before the
    // loop, the loop, and its writes after it.
    const qint64 doneNs = timer.nsecsElapsed();
    const auto ms = [](qint64 ns) { return double(ns / 1000) / 1000.0; };
    JsonLog::info(QStringLiteral("push"), {{QStringLiteral("device"), scope.deviceId},
                                           {QStringLiteral("mutations"), batch.mutations.size()},
                                           {QStringLiteral("new"), fresh},
                                           {QStringLiteral("waited"), precheck.waitedForEarlier()},
                                           {QStringLiteral("ms"), ms(doneNs)},
                                           {QStringLiteral("read_ms"), ms(readNs)},
                                           {QStringLiteral("apply_ms"), ms(appliedNs - readNs)},
                                           {QStringLiteral("write_ms"), ms(doneNs - appliedNs)},
                                           {QStringLiteral("cpu_ms"), double(qint64((ThreadCpuTime::ms() - cpuStart) * 1000)) / 1000.0}});
    results.append("],\"server_time\":");
    sync::JsonText::appendString(results, serverTime());
    results.append('}');
    return {{200, {}, results}, true};
}

Status PushProcessor::preloadRows(const QList<const sync::Mutation *> &fresh)
{
    QHash<QString, QStringList> idsByTable;
    m_batchRows.reserve(fresh.size());
    for (const sync::Mutation *m : fresh) {
        const qsizetype before = m_batchRows.size();
        m_batchRows[RowKey{m->table, m->rowId}]; // (QHash::tryEmplace is Qt 6.9)
        if (m_batchRows.size() != before)
            idsByTable[m->table] << m->rowId;
    }
    for (auto it = idsByTable.constBegin(); it != idsByTable.constEnd(); ++it) {
        auto found = m_rows.findMany(it.key(), it.value());
        if (!found)
            return found.error();
        for (auto row = found->begin(); row != found->end(); ++row)
            m_batchRows[RowKey{it.key(), row.key()}].row = std::move(row.value());
    }
    return {};
}

const std::optional<StoredRow> *PushProcessor::batchRow(const QString &table, const QString &rowId) const
{
    const auto it = m_batchRows.constFind(RowKey{table, rowId});
    return it == m_batchRows.constEnd() ? nullptr : &it->row;
}

Result<std::optional<StoredRow>> PushProcessor::row(const QString &table, const QString &rowId)
{
    if (auto it = m_batchRows.find(RowKey{table, rowId}); it != m_batchRows.end()) {
        if (it->textOnly) {
            // Created by insertScanned: its objects from its text, as a row read from the table is.
            it->textOnly = false;
            StoredRow &created = *it->row;
            created.data = QJsonDocument::fromJson(it->createdText.data).object();
            created.fieldSv = StoredRow::fieldMap(it->createdText.fieldSv, created.data);
            created.fieldBy = StoredRow::fieldMap(it->createdText.fieldBy, created.data);
        }
        return it->row;
    }
    auto found = m_rows.find(table, rowId);
    if (found)
        m_batchRows[RowKey{table, rowId}].row = found.value();
    return found;
}

PushProcessor::BatchRow &PushProcessor::putRow(const QString &table, const QString &rowId, const StoredRow &row)
{
    RowKey key{table, rowId};
    BatchRow &entry = m_batchRows[key];
    if (!entry.dirty) {
        entry.dirty = true;
        m_dirty << std::move(key);
    }
    entry.row = row;
    entry.textOnly = false;
    return entry;
}

Status PushProcessor::writeRows(const RowStore::BatchEnd &end)
{
    QList<std::pair<std::pair<QString, QString>, StoredRow>> rows;
    QList<RowStore::RowText> texts;
    rows.reserve(m_dirty.size());
    texts.reserve(m_dirty.size());
    for (const RowKey &key : std::as_const(m_dirty)) {
        const BatchRow &entry = *m_batchRows.constFind(key);
        rows.append({{key.table, key.rowId}, *entry.row});
        texts.append(entry.createdSv != 0 && entry.createdSv == entry.row->sv ? entry.createdText : RowStore::RowText{});
    }
    m_dirty.clear();
    m_batchRows.clear();
    return m_rows.writeBatch(rows, texts, end);
}

PushProcessor::Applied PushProcessor::reject(const Scope &scope, const sync::Mutation &m, const QString &code,
                                             const QString &reason)
{
    if (code == QLatin1String("out_of_scope") || code == QLatin1String("reference_out_of_scope"))
        JsonLog::warn(QStringLiteral("push.") + code, {{QStringLiteral("device"), scope.deviceId},
                                                            {QStringLiteral("account"), scope.username},
                                                            {QStringLiteral("tbl"), m.table},
                                                            {QStringLiteral("row_id"), m.rowId}});
    Applied a;
    a.result.deviceSeq = m.deviceSeq;
    a.result.mutationId = m.mutationId;
    a.result.status = QStringLiteral("rejected");
    a.result.code = code;
    a.result.reason = reason;
    // The client holds a value the server refused; when the row exists in scope, give it a new
    // version so the next pull brings the server's row back and the device converges.
    auto existing = row(m.table, m.rowId);
    if (!existing) {
        a.ok = false;
        a.dbError = existing.error().message;
        return a;
    }
    if (existing.value() && scope.contains(existing.value()->stationId)) {
        auto seq = m_db.nextSeq();
        if (!seq) {
            a.ok = false;
            a.dbError = seq.error().message;
            return a;
        }
        StoredRow bumped = *existing.value();
        bumped.sv = seq.value();
        putRow(m.table, m.rowId, bumped);
        a.result.sv = bumped.sv;
    }
    return a;
}

std::optional<PushProcessor::Applied> PushProcessor::purgedRowAnswer(const Scope &scope, const sync::Mutation &m)
{
    // Rows leave row_store only when purge-tombstones removes their tombstone, and it removes only
    // seqs at or below the horizon; a base version at or below it, for a row that is gone, is such a row.
    if (m.op == QLatin1String("insert") || m.baseSv <= 0)
        return std::nullopt;
    auto horizon = TombstoneRepository(m_db).horizon();
    if (!horizon) {
        Applied a;
        a.ok = false;
        a.dbError = horizon.error().message;
        return a;
    }
    if (m.baseSv > horizon.value())
        return std::nullopt;
    if (m.op == QLatin1String("delete")) { // deleted already: the delete stands, as for a tombstone
        Applied a;
        a.result.deviceSeq = m.deviceSeq;
        a.result.mutationId = m.mutationId;
        a.result.status = QStringLiteral("merged");
        return a;
    }
    return reject(scope, m, QStringLiteral("row_deleted"),
                  QStringLiteral("the record was deleted on another device and is gone from the server"));
}

PushProcessor::Applied PushProcessor::applyOne(const Scope &scope, const sync::Mutation &m)
{
    if (!m_validator.hasTable(m.table))
        return reject(scope, m, QStringLiteral("unknown_table"), QStringLiteral("no synced table %1").arg(m.table));
    // The scanned form: the same check, the same order; an insert the precheck prepared passed it there.
    const bool prechecked = m_precheck && m_precheck->find(m);
    for (qsizetype i = 0; !prechecked && i < m.scannedFields.size(); ++i)
        if (!m_validator.isWritableColumn(m.table, m.scannedFields.key(i)))
            return reject(scope, m, QStringLiteral("unknown_field"),
                          QStringLiteral("%1.%2 cannot be written").arg(m.table, QString::fromLatin1(m.scannedFields.key(i))));
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        if (it.key() == QLatin1String("id") || SyncedTables::metadataColumns().contains(it.key())
            || !m_validator.hasColumn(m.table, it.key()))
            return reject(scope, m, QStringLiteral("unknown_field"), QStringLiteral("%1.%2 cannot be written").arg(m.table, it.key()));
    }
    qint64 stampMsecs = 0;
    quint16 counter = 0;
    if (!HybridClock::parse(m.hlc, &stampMsecs, &counter))
        return reject(scope, m, QStringLiteral("bad_hlc"), QStringLiteral("hlc is not a clock stamp"));
    if (stampMsecs > QDateTime::currentMSecsSinceEpoch() + sync::kMaxClockAheadMsecs)
        return reject(scope, m, QStringLiteral("clock_ahead"), QStringLiteral("the device clock is more than 24 h ahead"));

    Applied a;
    a.result.deviceSeq = m.deviceSeq;
    a.result.mutationId = m.mutationId;
    auto dbFail = [&a](const Error &e) {
        a.ok = false;
        a.dbError = e.message;
        return a;
    };
    auto found = row(m.table, m.rowId);
    if (!found)
        return dbFail(found.error());
    if (m.fieldsScanned && found.value()) {
        // An insert of a row the server has is judged as an update (below), on the object form.
        sync::Mutation object = m;
        object.fields = m.scannedFields.toObject();
        object.scannedFields.clear();
        object.fieldsScanned = false;
        return applyOne(scope, object);
    }
    // A station's case numbers stay unique, as on every PC (decision 25).
    auto taken = m_caseNumbers.refusal(scope, m, found.value(), [this](const QString &id) { return row(QStringLiteral("cases"), id); });
    if (!taken)
        return dbFail(taken.error());
    if (taken.value())
        return reject(scope, m, QStringLiteral("duplicate_case_no"), *taken.value());
    // A row names rows of its own station only (decision 34).
    auto foreign = m_references.refusal(scope, m, found.value(),
                                        [this](const QString &t, const QString &id) { return batchRow(t, id); });
    if (!foreign)
        return dbFail(foreign.error());
    if (foreign.value())
        return reject(scope, m, QStringLiteral("reference_out_of_scope"), *foreign.value());
    // A row does not leave its station while rows of that station still name it (decision 42).
    auto named = m_references.leavingRefusal(scope, m, found.value(), [this](const QString &t, const QString &id) { return batchRow(t, id); },
                                             [this](const QString &t, const QString &id) { return row(t, id); });
    if (!named)
        return dbFail(named.error());
    if (named.value())
        return reject(scope, m, QStringLiteral("still_referenced"), *named.value());

    if (!found.value()) {
        if (auto purged = purgedRowAnswer(scope, m))
            return *purged;
        if (m.op != QLatin1String("insert"))
            return reject(scope, m, QStringLiteral("unknown_row"), QStringLiteral("no such row on the server"));
        if (m.fieldsScanned)
            return insertScanned(scope, m, a);
        const QString stationId = m.fields.value(QStringLiteral("station_id")).toString();
        if (!scope.contains(stationId))
            return reject(scope, m, QStringLiteral("out_of_scope"), QStringLiteral("the row's station is not yours"));
        StoredRow created;
        created.stationId = stationId;
        created.data = m.fields;
        created.data.insert(QStringLiteral("hlc"), m.hlc);
        created.data.insert(QStringLiteral("updated_by"), m.userId.isEmpty() ? QJsonValue() : QJsonValue(m.userId));
        if (Status s = m_validator.check(m.table, m.rowId, created.data); !s)
            return reject(scope, m, s.error().code, s.error().message);
        auto seq = m_db.nextSeq();
        if (!seq)
            return dbFail(seq.error());
        created.sv = seq.value();
        // Every field has the new version and this device: the field set's keys are copied once and
        // only the values set (inserting key by key cost more than the rest of an insert).
        const QJsonValue sv(created.sv);
        const QJsonValue by(scope.deviceId);
        created.fieldSv = m.fields;
        created.fieldBy = m.fields;
        for (auto it = created.fieldSv.begin(); it != created.fieldSv.end(); ++it)
            it.value() = sv;
        for (auto it = created.fieldBy.begin(); it != created.fieldBy.end(); ++it)
            it.value() = by;
        BatchRow &entry = putRow(m.table, m.rowId, created);
        // The row's JSON text in one pass over the pushed fields (writing the three objects
        // separately was the largest part of the push's row writes).
        entry.createdSv = created.sv;
        entry.createdText = createdRowText(m, created.sv, scope.deviceId, m.fields.size(), [&m](auto &&field) {
            for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
                QByteArray key;
                sync::JsonText::appendString(key, it.key());
                key.append(':');
                field(key, [&it](QByteArray &out) { sync::JsonText::appendValue(out, it.value()); });
            }
        });
        a.result.status = QStringLiteral("applied");
        a.result.sv = created.sv;
        return a;
    }

    StoredRow row = *found.value();
    if (!scope.contains(row.stationId))
        return reject(scope, m, QStringLiteral("out_of_scope"), QStringLiteral("the row's station is not yours"));

    if (m.op == QLatin1String("delete")) {
        // A tombstone always stands (delete wins); the data stays for conflicts and audits.
        if (row.deleted) {
            a.result.status = QStringLiteral("merged");
            a.result.sv = row.sv;
            return a;
        }
        auto seq = m_db.nextSeq();
        if (!seq)
            return dbFail(seq.error());
        row.deleted = true;
        row.sv = seq.value();
        row.fieldSv.insert(QStringLiteral("deleted"), row.sv);
        row.fieldBy.insert(QStringLiteral("deleted"), scope.deviceId);
        row.data.insert(QStringLiteral("hlc"), m.hlc);
        putRow(m.table, m.rowId, row);
        a.result.status = QStringLiteral("applied");
        a.result.sv = row.sv;
        return a;
    }

    // An insert of a row the server already has (sent by two devices, or a replay after the log
    // was lost) is judged as an update made from nothing.
    const qint64 baseSv = m.op == QLatin1String("insert") ? 0 : m.baseSv;
    if (OwnershipRules::isImmutable(m.table)) {
        bool same = true;
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            same = same && row.data.value(it.key()) == it.value();
        if (!same)
            return reject(scope, m, QStringLiteral("immutable"), QStringLiteral("%1 rows never change").arg(m.table));
    }
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        if (OwnershipRules::isAppendOnlyField(m.table, it.key()) && row.data.value(it.key()) != it.value())
            return reject(scope, m, QStringLiteral("append_only"),
                          QStringLiteral("%1.%2 never changes: add a correcting event").arg(m.table, it.key()));
    const QString newStation = m.fields.value(QStringLiteral("station_id")).toString();
    if (m.fields.contains(QStringLiteral("station_id")) && !scope.contains(newStation))
        return reject(scope, m, QStringLiteral("out_of_scope"), QStringLiteral("the row cannot move to a station not yours"));

    StoredRow next = row;
    QStringList appliedFields;
    QList<sync::FieldConflict> conflicts;
    bool noop = false;
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonValue current = row.data.value(field);
        const qint64 fieldSv = row.fieldSv.value(field).toInteger(0);
        if (current == it.value()) {
            noop = true;
            continue;
        }
        // A device's later edit builds on its own earlier one (it may not have pulled it back yet, so
        // its base_sv is older than the version its own change got).
        const bool ownChange = row.fieldBy.value(field).toString() == scope.deviceId;
        if (fieldSv <= baseSv || ownChange) {
            next.data.insert(field, it.value());
            appliedFields << field;
            continue;
        }
        // Both sides changed the field since base_sv: the owner's value stands, the other is kept.
        const bool districtOwns = OwnershipRules::ownerOf(m.table, field) == OwnershipRules::Owner::District;
        const bool pusherOwns = districtOwns == scope.isDistrict();
        sync::FieldConflict c;
        c.id = Uuid7::generate();
        c.field = field;
        c.baseValue = m.baseFields.contains(field) ? m.baseFields.value(field) : QJsonValue(QJsonValue::Null);
        c.serverValue = current;
        c.localValue = it.value();
        c.kept = pusherOwns ? QStringLiteral("local") : QStringLiteral("server");
        if (pusherOwns) {
            next.data.insert(field, it.value());
            appliedFields << field;
        }
        conflicts << c;
    }
    if (!appliedFields.isEmpty()) {
        if (Status s = m_validator.check(m.table, m.rowId, next.data, next.deleted ? 1 : 0); !s)
            return reject(scope, m, s.error().code, s.error().message);
    }
    if (!appliedFields.isEmpty() || !conflicts.isEmpty()) {
        auto seq = m_db.nextSeq();
        if (!seq)
            return dbFail(seq.error());
        next.sv = seq.value();
        for (const QString &f : appliedFields) {
            next.fieldSv.insert(f, next.sv);
            next.fieldBy.insert(f, scope.deviceId);
        }
        if (!appliedFields.isEmpty()) {
            next.data.insert(QStringLiteral("hlc"), m.hlc);
            next.data.insert(QStringLiteral("updated_by"), m.userId.isEmpty() ? QJsonValue() : QJsonValue(m.userId));
        }
        if (newStation != row.stationId && !newStation.isEmpty() && appliedFields.contains(QStringLiteral("station_id"))) {
            // The row leaves the old station's devices: they get a revoke, drawn before the put.
            if (Status s = m_rows.addRevoke(next.sv, m.table, m.rowId, row.stationId); !s)
                return dbFail(s.error());
            auto putSeq = m_db.nextSeq();
            if (!putSeq)
                return dbFail(putSeq.error());
            next.sv = putSeq.value();
            next.stationId = newStation;
            if (m.table == QLatin1String("cases")) {
                // Its references re-pointed or cleared, its events and attachments along (decision 33).
                CaseMove move(m_db, m_rows, {[this](const QString &t, const QString &id) { return this->row(t, id); },
                                             [this](const QString &t, const QString &id, const StoredRow &r) { putRow(t, id, r); }});
                if (Status s = move.run(m.rowId, row.stationId, next, scope.deviceId); !s)
                    return dbFail(s.error());
            }
        }
        putRow(m.table, m.rowId, next);
        for (const sync::FieldConflict &c : conflicts)
            if (Status s = m_rows.addConflict({m.table, m.rowId, next.stationId, scope.deviceId, next.sv, c}); !s)
                return dbFail(s.error());
    }
    a.result.sv = next.sv;
    a.result.conflicts = conflicts;
    if (!conflicts.isEmpty())
        a.result.status = QStringLiteral("conflict");
    else if (noop || baseSv < row.sv)
        a.result.status = QStringLiteral("merged");
    else
        a.result.status = QStringLiteral("applied");
    return a;
}

PushProcessor::Applied PushProcessor::insertScanned(const Scope &scope, const sync::Mutation &m, Applied a)
{
    const QString stationId = m.field(QLatin1StringView("station_id")).toString();
    if (!scope.contains(stationId))
        return reject(scope, m, QStringLiteral("out_of_scope"), QStringLiteral("the row's station is not yours"));
    // Checked and written out before the write lock (PushPrecheck), or here when it was not.
    const PushPrecheck::Insert *prepared = m_precheck ? m_precheck->find(m) : nullptr;
    const PushPrecheck::Insert preparedHere = prepared ? PushPrecheck::Insert{} : PushPrecheck::prepare(m_validator, scope, m);
    const PushPrecheck::Insert &insert = prepared ? *prepared : preparedHere;
    if (!insert.verdict)
        return reject(scope, m, insert.verdict.error().code, insert.verdict.error().message);
    auto seq = m_db.nextSeq();
    if (!seq) {
        a.ok = false;
        a.dbError = seq.error().message;
        return a;
    }
    StoredRow created;
    created.stationId = stationId;
    created.sv = seq.value();
    BatchRow &entry = putRow(m.table, m.rowId, created);
    entry.textOnly = true;
    entry.createdSv = created.sv;
    entry.createdText = PushPrecheck::text(insert, created.sv);
    if (m.table == QLatin1StringView("cases"))
        entry.createdText.caseNo = m.field(QLatin1StringView("case_no")).toString();
    a.result.status = QStringLiteral("applied");
    a.result.sv = created.sv;
    return a;
}

} // namespace zt::server
