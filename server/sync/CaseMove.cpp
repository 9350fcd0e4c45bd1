#include "sync/CaseMove.h"

#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "storage/ServerDatabase.h"
#include "storage/StationRows.h"

#include <QDateTime>
#include <QSet>

namespace zt::server {

namespace {

const QString kStationId = QStringLiteral("station_id");

} // namespace

CaseMove::CaseMove(ServerDatabase &db, RowStore &rows, RowAccess access)
    : m_db(db), m_rows(rows), m_access(std::move(access))
{
}

QStringList CaseMove::referenceColumns(const QString &table)
{
    if (table == QLatin1String("cases"))
        return {QStringLiteral("category_id"), QStringLiteral("department_id"), QStringLiteral("deputy_id"),
                QStringLiteral("point_id"), QStringLiteral("visit_id")};
    if (table == QLatin1String("case_event"))
        return {QStringLiteral("department_id"), QStringLiteral("deputy_id")};
    return {}; // attachment and notable_case name only the case or its events, which move too
}

Status CaseMove::run(const QString &caseId, const QString &oldStationId, StoredRow &movedCase, const QString &deviceId)
{
    const QString stationId = movedCase.stationId;
    auto fixed = fixReferences(QStringLiteral("cases"), movedCase.data, stationId);
    if (!fixed)
        return fixed.error();
    for (const QString &column : fixed.value()) {
        movedCase.fieldSv.insert(column, movedCase.sv);
        movedCase.fieldBy.insert(column, deviceId);
    }

    // What moves with the case: its events, the attachments of the case and of its events, its
    // notable-case picks. Rows of the old station only (a row already elsewhere is not the case's).
    StationRows lookup(m_db);
    auto events = lookup.withValue(QStringLiteral("case_event"), oldStationId, QStringLiteral("case_id"), {caseId});
    if (!events)
        return events.error();
    QStringList owners{caseId};
    for (const StationRows::Entry &e : events.value())
        owners << e.rowId;
    auto attachments = lookup.withValue(QStringLiteral("attachment"), oldStationId, QStringLiteral("owner_id"), owners);
    if (!attachments)
        return attachments.error();
    auto notable = lookup.withValue(QStringLiteral("notable_case"), oldStationId, QStringLiteral("case_id"), {caseId});
    if (!notable)
        return notable.error();
    const QList<std::pair<QString, const QList<StationRows::Entry> *>> along{
        {QStringLiteral("case_event"), &events.value()},
        {QStringLiteral("attachment"), &attachments.value()},
        {QStringLiteral("notable_case"), &notable.value()}};
    for (const auto &[table, entries] : along) {
        for (const StationRows::Entry &e : *entries) {
            if (table == QLatin1String("attachment")) {
                const QString ownerTable = e.data.value(QStringLiteral("owner_table")).toString();
                if (ownerTable != QLatin1String("cases") && ownerTable != QLatin1String("case_event"))
                    continue;
            }
            if (Status s = moveRow(table, e.rowId, oldStationId, stationId, deviceId); !s)
                return s;
        }
    }
    // The reception visits that reported the case again stay with the old station; their links to the
    // case end (decision 34).
    auto links = lookup.withValue(QStringLiteral("visit_case"), oldStationId, QStringLiteral("case_id"), {caseId});
    if (!links)
        return links.error();
    for (const StationRows::Entry &e : links.value())
        if (Status s = endLink(e.rowId, caseId, oldStationId, movedCase, deviceId); !s)
            return s;
    return {};
}

Status CaseMove::tellReportedElsewhere(const QString &caseId, const StoredRow &link, const StoredRow &movedCase,
                                       const QString &deviceId)
{
    // The visit and the old station as the server has them (the visit stays there; its date and the
    // station's name are what the receiving station needs to know).
    const QString visitId = link.data.value(QStringLiteral("visit_id")).toString();
    auto visit = m_access.read(QStringLiteral("visit"), visitId);
    if (!visit)
        return visit.error();
    auto station = m_access.read(QStringLiteral("station"), link.stationId);
    if (!station)
        return station.error();
    const QString date = visit.value() ? visit.value()->data.value(QStringLiteral("visit_date")).toString() : QString();
    QString stationName = station.value() ? station.value()->data.value(QStringLiteral("name")).toString() : QString();
    if (stationName.isEmpty())
        stationName = station.value() ? station.value()->data.value(QStringLiteral("code")).toString() : link.stationId;
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    // A case event of the moved case at its new station, as a PC writes one: every column, each
    // field at this version by the moving device. Dated at the move, stamped with the move's HLC.
    StoredRow event;
    event.stationId = movedCase.stationId;
    event.sv = seq.value();
    const QString id = Uuid7::generate();
    event.data = QJsonObject{{QStringLiteral("id"), id},
                             {kStationId, movedCase.stationId},
                             {QStringLiteral("hlc"), movedCase.data.value(QStringLiteral("hlc"))},
                             {QStringLiteral("updated_by"), QJsonValue()},
                             {QStringLiteral("case_id"), caseId},
                             {QStringLiteral("kind"), CaseEventKind::ReportedElsewhere},
                             {QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("actor_id"), QJsonValue()},
                             {QStringLiteral("deputy_id"), QJsonValue()},
                             {QStringLiteral("department_id"), QJsonValue()},
                             {QStringLiteral("deadline"), QJsonValue()},
                             {QStringLiteral("satisfaction"), QString()},
                             {QStringLiteral("note"), CaseEventKind::reportedElsewhereNote(stationName, date,
                                                                                          link.data.value(QStringLiteral("note")).toString())},
                             {QStringLiteral("supersedes"), QJsonValue()}};
    for (auto it = event.data.constBegin(); it != event.data.constEnd(); ++it) {
        event.fieldSv.insert(it.key(), event.sv);
        event.fieldBy.insert(it.key(), deviceId);
    }
    m_access.write(QStringLiteral("case_event"), id, event);
    return {};
}

Status CaseMove::endLink(const QString &linkId, const QString &caseId, const QString &oldStationId, const StoredRow &movedCase,
                         const QString &deviceId)
{
    // The old station's PCs hide it, as they hide the case it names (a revoke); a PC that joins the
    // station later never meets it, so it never names a case that PC cannot have.
    auto left = leave(QStringLiteral("visit_case"), linkId, oldStationId);
    if (!left)
        return left.error();
    if (!left.value())
        return {};
    // The receiving station learns that a visit of the old station reported the case again (a link
    // unlinked before the move told nothing to keep).
    if (!left.value()->deleted)
        if (Status s = tellReportedElsewhere(caseId, *left.value(), movedCase, deviceId); !s)
            return s;
    // Kept on the server, tombstoned, in no station's scope: what it said stays on record, and an
    // edit of it sent later by a PC of the old station is refused out_of_scope, shown, not lost.
    // Its station_id column still says where it was.
    StoredRow &link = *left.value();
    link.deleted = true;
    link.stationId = QStringLiteral(""); // empty, not null: the column is NOT NULL
    link.fieldSv.insert(QStringLiteral("deleted"), link.sv);
    link.fieldBy.insert(QStringLiteral("deleted"), deviceId);
    m_access.write(QStringLiteral("visit_case"), linkId, link);
    return {};
}

Result<std::optional<StoredRow>> CaseMove::leave(const QString &table, const QString &rowId, const QString &oldStationId)
{
    // Read through the push's cache: the batch may have written this row already.
    auto found = m_access.read(table, rowId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->stationId != oldStationId)
        return std::optional<StoredRow>();
    StoredRow row = *found.value();
    // As for the case itself: the old station's PCs get a revoke, drawn before the row's new version.
    auto revokeSeq = m_db.nextSeq();
    if (!revokeSeq)
        return revokeSeq.error();
    if (Status s = m_rows.addRevoke(revokeSeq.value(), table, rowId, oldStationId); !s)
        return s.error();
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    row.sv = seq.value();
    return std::optional<StoredRow>(std::move(row));
}

Status CaseMove::moveRow(const QString &table, const QString &rowId, const QString &oldStationId, const QString &stationId,
                         const QString &deviceId)
{
    auto left = leave(table, rowId, oldStationId);
    if (!left)
        return left.error();
    if (!left.value())
        return {};
    StoredRow &row = *left.value();
    row.stationId = stationId;
    row.data.insert(kStationId, stationId);
    QStringList changed{kStationId};
    auto fixed = fixReferences(table, row.data, stationId);
    if (!fixed)
        return fixed.error();
    changed << fixed.value();
    for (const QString &column : std::as_const(changed)) {
        row.fieldSv.insert(column, row.sv);
        row.fieldBy.insert(column, deviceId);
    }
    m_access.write(table, rowId, row);
    return {};
}

Result<QStringList> CaseMove::fixReferences(const QString &table, QJsonObject &data, const QString &stationId)
{
    static const QHash<QString, QString> referencedTable{
        {QStringLiteral("category_id"), QStringLiteral("category")}, {QStringLiteral("department_id"), QStringLiteral("department")},
        {QStringLiteral("deputy_id"), QStringLiteral("deputy")},     {QStringLiteral("point_id"), QStringLiteral("point")},
        {QStringLiteral("visit_id"), QStringLiteral("visit")}};
    QStringList changed;
    for (const QString &column : referenceColumns(table)) {
        const QString current = data.value(column).toString();
        if (current.isEmpty())
            continue;
        auto target = counterpart(referencedTable.value(column), current, stationId);
        if (!target)
            return target.error();
        if (target.value() == current)
            continue;
        data.insert(column, target->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(target.value()));
        changed << column;
    }
    return changed;
}

Result<QString> CaseMove::counterpart(const QString &table, const QString &oldRowId, const QString &stationId)
{
    const QString key = table + QLatin1Char('/') + oldRowId;
    if (auto it = m_counterparts.constFind(key); it != m_counterparts.constEnd())
        return *it;
    auto remember = [&](const QString &id) -> Result<QString> {
        m_counterparts.insert(key, id);
        return id;
    };
    // A village point and a reception visit are places and records of the old station: nothing stands for them.
    if (table == QLatin1String("point") || table == QLatin1String("visit"))
        return remember({});
    auto old = m_access.read(table, oldRowId);
    if (!old)
        return old.error();
    if (!old.value())
        return remember({});
    if (old.value()->stationId == stationId)
        return remember(oldRowId); // already the receiving station's row
    auto candidates = StationRows(m_db).live(table, stationId);
    if (!candidates)
        return candidates.error();
    const QJsonObject &was = old.value()->data;
    auto text = [](const QJsonObject &o, const char *column) { return o.value(QLatin1String(column)).toString().trimmed(); };
    // Exactly one candidate that fits, or none: a guess between two would route a case wrongly.
    auto single = [&](const std::function<bool(const QJsonObject &)> &fits) -> std::optional<QString> {
        QString found;
        int n = 0;
        for (const StationRows::Entry &c : candidates.value())
            if (fits(c.data)) {
                found = c.rowId;
                ++n;
            }
        return n == 1 ? std::optional<QString>(found) : std::nullopt;
    };
    std::optional<QString> match;
    if (table == QLatin1String("category")) {
        // The category code is the district's classification; the name may be worded per station.
        match = single([&](const QJsonObject &c) { return !text(was, "code").isEmpty() && text(c, "code") == text(was, "code"); });
        if (!match)
            match = single([&](const QJsonObject &c) { return text(c, "name") == text(was, "name"); });
    } else if (table == QLatin1String("department")) {
        match = single([&](const QJsonObject &c) { return text(c, "name") == text(was, "name"); });
    } else if (table == QLatin1String("deputy")) {
        // A deputy of a higher level is registered at every station they serve, under the same name;
        // a phone number on both sides must agree (two people of one name).
        match = single([&](const QJsonObject &c) {
            const QString a = text(c, "phone");
            const QString b = text(was, "phone");
            return text(c, "name") == text(was, "name") && (a.isEmpty() || b.isEmpty() || a == b);
        });
    }
    return remember(match.value_or(QString()));
}

} // namespace zt::server
