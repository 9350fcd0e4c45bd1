#include "storage/CaseRenumbering.h"

#include "common/Clock.h"
#include "domain/CaseEvent.h"
#include "domain/Codes.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseNumberAllocator.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

struct Refusal
{
    QString caseId;
    bool insert = false;  // the server never had the case: renumber it
    QString refusedNo;    // an edit's number the server refused
    QString serverNo;     // and the number it was changed from (the server's)
};

Error storeError(const QSqlQuery &q)
{
    return {QStringLiteral("renumber.store_failed"),
            CaseRenumbering::tr("The case numbers could not be changed: %1").arg(q.lastError().text())};
}

} // namespace

Result<QList<RenumberedCase>> CaseRenumbering::settleRefusals()
{
    // The outbox index (state, device_seq) finds the few refusals; there are none almost always.
    QList<Refusal> refusals;
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        // An edit's refusal only while the case still has the refused number (settled once).
        if (!q.exec(QStringLiteral("SELECT o.row_id, o.op, o.fields, o.base_fields FROM sync_outbox o "
                                   "WHERE o.state = 'rejected' AND o.tbl = 'cases' AND o.last_error LIKE 'duplicate_case_no%' "
                                   "AND (o.op = 'insert' OR EXISTS (SELECT 1 FROM cases c WHERE c.id = o.row_id "
                                   "AND c.case_no = json_extract(o.fields, '$.case_no'))) ORDER BY o.device_seq")))
            return storeError(q);
        while (q.next()) {
            const QString id = q.value(0).toString();
            auto it = std::find_if(refusals.begin(), refusals.end(), [&id](const Refusal &r) { return r.caseId == id; });
            if (it == refusals.end())
                it = refusals.insert(refusals.end(), Refusal{id, false, {}, {}});
            if (q.value(1).toString() == QLatin1String("insert")) {
                it->insert = true;
            } else {
                it->refusedNo = QJsonDocument::fromJson(q.value(2).toByteArray()).object().value(QStringLiteral("case_no")).toString();
                it->serverNo = QJsonDocument::fromJson(q.value(3).toByteArray()).object().value(QStringLiteral("case_no")).toString();
            }
        }
    }
    QList<RenumberedCase> renumbered;
    for (const Refusal &r : std::as_const(refusals)) {
        WriteTransaction tx(m_store);
        QSqlQuery row(tx.db());
        row.prepare(QStringLiteral("SELECT c.case_no, c.registered_on, s.code, c.station_id FROM cases c "
                                   "LEFT JOIN station s ON s.id = c.station_id WHERE c.id = ?"));
        row.addBindValue(r.caseId);
        if (!row.exec())
            return storeError(row);
        if (!row.next())
            continue; // gone from this PC (moved away): nothing to renumber
        const QString current = row.value(0).toString();
        QDate registeredOn = QDate::fromString(row.value(1).toString(), Qt::ISODate);
        const QString stationCode = row.value(2).toString();
        const QString stationId = row.value(3).toString();
        row.finish();
        if (!r.insert) {
            // A refused edit of the number: the server kept the case's old number, and gave the row a
            // new version so that the pull brings it back (decision 3). The pull applies rows in
            // version order, the other case (holding the refused number) first, which this row would
            // stop on the UNIQUE index: so the server's number is taken now, as the pull will take
            // it (not a change of this PC's: no outbox entry, the row's version stays), unless the
            // number was edited again meanwhile.
            if (r.serverNo.isEmpty() || current != r.refusedNo)
                continue;
            QSqlQuery back(tx.db());
            back.prepare(QStringLiteral("UPDATE cases SET case_no = ? WHERE id = ? AND case_no = ?"));
            back.addBindValue(r.serverNo);
            back.addBindValue(r.caseId);
            back.addBindValue(r.refusedNo);
            if (!back.exec())
                return storeError(back);
            if (Status s = tx.commit(); !s)
                return s.error();
            continue;
        }
        if (!registeredOn.isValid())
            registeredOn = Clock::today();
        // The year of the number is the case's; the letter this PC's now (after a fork, its own).
        auto number = CaseNumberAllocator::next(tx, stationCode, registeredOn);
        if (!number)
            return number.error();
        if (Status s = tx.reinsert(QStringLiteral("cases"), r.caseId, {{QStringLiteral("case_no"), number.value()}}); !s)
            return s.error();
        // The refused insert, and the edits of the case refused because the server never had it,
        // are in the new insert now (it carries the whole row): no longer refusals.
        QSqlQuery settle(tx.db());
        settle.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'done', last_error = ? WHERE tbl = 'cases' "
                                      "AND row_id = ? AND state = 'rejected' "
                                      "AND (last_error LIKE 'duplicate_case_no%' OR last_error LIKE 'unknown_row%')"));
        settle.addBindValue(QStringLiteral("renumbered: %1 -> %2").arg(current, number.value()));
        settle.addBindValue(r.caseId);
        if (!settle.exec())
            return storeError(settle);
        const QDateTime now = Clock::nowUtc();
        // The case's timeline says so on every PC, and finds the case by the old number there too. A
        // synced case event (after the new insert in the outbox, so the server has the case first).
        // Servers take any kind (RowValidator test-inserts into the client schema, which does not
        // constrain it), and a PC that does not know the kind shows its code and the note "OLD → NEW".
        CaseEvent event;
        event.stationId = stationId;
        event.caseId = r.caseId;
        event.kind = CaseEventKind::Renumbered;
        event.occurredAt = now;
        event.note = CaseEventKind::renumberedNote(current, number.value());
        if (Status s = CaseEventRepository(m_store).append(tx, event); !s)
            return s.error();
        if (Status s = correctMergeLinks(tx, stationId, current, number.value()); !s)
            return s.error();
        QSqlQuery note(tx.db());
        note.prepare(QStringLiteral("INSERT INTO case_renumbered (case_id, old_no, new_no, renumbered_at) VALUES (?, ?, ?, ?)"));
        note.addBindValue(r.caseId);
        note.addBindValue(current);
        note.addBindValue(number.value());
        note.addBindValue(now.toString(Qt::ISODateWithMs));
        if (!note.exec())
            return storeError(note);
        if (Status s = tx.commit(); !s)
            return s.error();
        renumbered << RenumberedCase{r.caseId, current, number.value(), now};
    }
    return renumbered;
}

Status CaseRenumbering::correctMergeLinks(WriteTransaction &tx, const QString &stationId, const QString &oldNo,
                                          const QString &newNo)
{
    // A merge event names its target by the number the target had (CaseWorkflow::mergeInto), and every
    // other PC of the station holds another case (the one the server kept) with the old number. Here,
    // now, the old number can only have meant this case: the cases' UNIQUE index kept the other one off
    // this PC, and the renumbering runs before the pull that brings it. So each merge event naming it
    // gets a correction naming the new number, synced as any event (after the case's new insert), the
    // same step at the same time by the same person; the reader and the timeline show the correction in
    // the old event's place (decision 25 (4)). Merged is a final status: the status index finds them.
    const CaseEventRepository events(m_store);
    const QList<CaseEvent> naming = events.select(
        QStringLiteral("WHERE kind = 'merged' AND note = ? AND deleted = 0 AND case_id IN (SELECT id FROM cases "
                       "WHERE station_id = ? AND status = 'merged' AND deleted = 0) AND NOT EXISTS (SELECT 1 FROM "
                       "case_event s WHERE s.case_id = case_event.case_id AND s.supersedes = case_event.id "
                       "AND s.deleted = 0) ORDER BY occurred_at, hlc"),
        {oldNo, stationId});
    for (const CaseEvent &old : naming) {
        CaseEvent correction = old;
        correction.id.clear();
        correction.meta = {};
        correction.note = newNo;
        correction.supersedes = old.id;
        if (Status s = events.append(tx, correction); !s)
            return s;
    }
    return {};
}

QList<RenumberedCase> CaseRenumbering::notices(int days) const
{
    QList<RenumberedCase> list;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_id, old_no, new_no, renumbered_at FROM case_renumbered "
                             "WHERE dismissed = 0 AND renumbered_at >= ? ORDER BY id DESC"));
    q.addBindValue(Clock::nowUtc().addDays(-days).toString(Qt::ISODateWithMs));
    if (!q.exec())
        return list;
    while (q.next())
        list << RenumberedCase{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
    return list;
}

Status CaseRenumbering::dismissNotices()
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("UPDATE case_renumbered SET dismissed = 1 WHERE dismissed = 0")))
        return storeError(q);
    return {};
}

QString CaseRenumbering::oldNumberCaseIdsSql()
{
    // The notes that start with "OLD → ", a range of the partial index case_event_renumbered (only the
    // renumbered events); case_renumbered (this PC's own, also from before the event was written) by
    // its old_no index.
    return QStringLiteral("SELECT case_id FROM case_event WHERE kind = 'renumbered' AND deleted = 0 "
                          "AND note >= ? AND note < ? UNION SELECT case_id FROM case_renumbered WHERE old_no = ?");
}

QVariantList CaseRenumbering::oldNumberBinds(const QString &oldNo)
{
    const QString prefix = oldNo + CaseEventKind::RenumberedSeparator;
    // The first text after every text with the prefix: its last character, a space, plus one.
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return {prefix, end, oldNo};
}

QString CaseRenumbering::caseIdByOldNumber(const QString &oldNo) const
{
    QSqlQuery q(m_store.db());
    q.prepare(oldNumberCaseIdsSql() + QStringLiteral(" LIMIT 1"));
    for (const QVariant &v : oldNumberBinds(oldNo))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString CaseRenumbering::describe(const RenumberedCase &c)
{
    return tr("Case %1 is now %2: another PC had given out %1. Give the citizen the new number.").arg(c.oldNo, c.newNo);
}

} // namespace zt
