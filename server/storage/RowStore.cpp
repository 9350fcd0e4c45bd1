#include "storage/RowStore.h"

#include "common/Uuid7.h"
#include "storage/PgArray.h"
#include "storage/ServerDatabase.h"
#include "storage/SqliteStatement.h"
#include "storage/SyncedTables.h"
#include "storage/TombstoneRepository.h"
#include "sync/JsonMembers.h"
#include "sync/JsonText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace zt::server {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(sync::JsonText::object(o));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The key of a compact field_sv / field_by (decision 49): no column is named "*".
const QString kEveryColumn = QStringLiteral("*");

QVariant jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db.failed"), q.lastError().text()};
}

// Binds for the push path's bulk statements on SQLite's own handle: texts as UTF-8, kept alive in
// `keep` until the statement has run.
class SqliteBinder
{
public:
    SqliteBinder(sqlite3_stmt *statement, qsizetype values) : m_statement(statement) { m_keep.reserve(size_t(values)); }
    void text(const QString &value)
    {
        if (value.isNull()) { // as Qt's driver binds a null QString
            sqlite3_bind_null(m_statement, m_index++);
            return;
        }
        m_keep.push_back(value.toUtf8());
        utf8(m_keep.back());
    }
    void utf8(const QByteArray &value)
    {
        sqlite3_bind_text(m_statement, m_index++, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void ownUtf8(QByteArray value)
    {
        m_keep.push_back(std::move(value));
        utf8(m_keep.back());
    }
    void integer(qint64 value) { sqlite3_bind_int64(m_statement, m_index++, value); }
    // Runs the statement once and makes it ready for the next use.
    Status run(sqlite3 *db)
    {
        const int rc = sqlite3_step(m_statement);
        const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE)
            return Error{QStringLiteral("db.failed"), error};
        return {};
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 1;
    std::vector<QByteArray> m_keep;
};

// The row's value for row_store.case_no (migration 0005, decision 51): a cases row's number, taken
// from the row the server writes (it holds it parsed), NULL for every other table.
QString caseNumberColumn(const QString &table, const StoredRow &row, const RowStore::RowText *given = nullptr)
{
    if (table != QLatin1StringView("cases"))
        return {};
    if (row.data.isEmpty() && given)
        return given->caseNo;
    const QJsonValue number = row.data.value(QLatin1StringView("case_no"));
    return number.isString() ? number.toString() : QString();
}

// PostgreSQL: a lookup of many keys (decision 38). `sql` reads the keys, each once, as one array in
// its first parameter and `second` in its second.
Result<PgResult> pgLookup(ServerDatabase &db, const QByteArray &sql, const QStringList &keys, const QString &second)
{
    PgArray array;
    QSet<QString> seen;
    for (const QString &key : keys)
        if (!seen.contains(key)) {
            seen.insert(key);
            array.text(key);
        }
    return db.execPg(sql, {array.bytes(), second.toUtf8()});
}

// The table as an SQL literal ('cases') when it is one of the synced tables (fixed names, never from a
// request), else empty (bind it). SQLite re-prepares a statement on every run when a bound value could
// change its plan, and `tbl = ?` could decide whether a partial index (`... WHERE tbl = 'cases'`) applies:
// findMany re-parsed its statement for each chunk, inside the write lock (~5 % of a push batch's time).
QString tableLiteral(const QString &table)
{
    return SyncedTables::names().contains(table) ? QLatin1Char('\'') + table + QLatin1Char('\'') : QString();
}

QString placeholders(int n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

// Whether compact JSON object text has the top-level key: a key is preceded by '{' or ',' there,
// and the same bytes inside a string value would have their quote escaped.
bool hasTopLevelKey(const QByteArray &object, QByteArrayView quotedKey)
{
    for (qsizetype at = object.indexOf(quotedKey); at > 0; at = object.indexOf(quotedKey, at + 1))
        if (object.at(at - 1) == '{' || object.at(at - 1) == ',')
            return true;
    return false;
}

struct PageEntry
{
    qint64 seq = 0;
    QByteArray text; // {"seq":..,"tbl":..,"op":..,"row":{...}}, or in the rows form [values] after its group's header
    bool startsGroup = false; // rows form: text begins with a group's header
};

// A row of a SELECT sv, tbl, row_id, station_id, deleted, data as a page entry, the stored data spliced
// in as it is: the row's own columns plus id, station_id, sv and deleted (what appendRows makes).
// Damaged stored text (not an object) goes the slow way, through Qt, so a page is always valid JSON.
void appendRowText(QList<PageEntry> &found, qint64 sv, const QString &table, const QString &rowId, const QString &stationId,
                   bool deleted, QByteArray data)
{
    if (!sync::JsonText::looksLikeObject(data))
        data = sync::JsonText::object(parse(QString::fromUtf8(data)));
    QByteArray out;
    out.reserve(data.size() + 160);
    out += "{\"seq\":";
    out += QByteArray::number(sv);
    sync::JsonText::appendKey(out, QLatin1StringView("tbl"));
    sync::JsonText::appendString(out, table);
    out += deleted ? QByteArrayView(",\"op\":\"delete\",\"row\":{") : QByteArrayView(",\"op\":\"put\",\"row\":{");
    // The columns the row store keeps apart win over the same keys in the stored text (they
    // should never be there: data is every column but sv and deleted, and id is the row's key).
    QByteArrayView inner(data.constData() + 1, data.size() - 2);
    bool first = true;
    auto key = [&](const char *name) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
    };
    if (!hasTopLevelKey(data, "\"id\":")) {
        key("id");
        sync::JsonText::appendString(out, rowId);
    }
    if (!hasTopLevelKey(data, "\"station_id\":")) {
        key("station_id");
        sync::JsonText::appendString(out, stationId);
    }
    key("sv");
    out += QByteArray::number(sv);
    key("deleted");
    out += deleted ? '1' : '0';
    if (!inner.isEmpty()) {
        out += ',';
        out += inner;
    }
    out += "}}";
    found.append(PageEntry{sv, std::move(out)});
}

void appendRowTexts(QSqlQuery &rows, QList<PageEntry> &found)
{
    while (rows.next())
        appendRowText(found, rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                      rows.value(3).toString(), rows.value(4).toInt() != 0, rows.value(5).toString().toUtf8());
}

// The same from a result read straight from libpq (the data text as the bytes that came).
void appendRowTexts(const PgResult &rows, QList<PageEntry> &found)
{
    for (int r = 0; r < rows.rows(); ++r)
        appendRowText(found, rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.integer(r, 4) != 0,
                      rows.bytes(r, 5).toByteArray());
}

// A revoke of a pull page.
void appendRevokeText(QList<PageEntry> &found, qint64 seq, const QString &table, const QString &rowId)
{
    // A row that moved between two stations of one district comes as revoke then put (its seq is
    // drawn after the revoke's), so applying in seq order leaves it present.
    QByteArray out = "{\"seq\":" + QByteArray::number(seq);
    sync::JsonText::appendKey(out, QLatin1StringView("tbl"));
    sync::JsonText::appendString(out, table);
    out += ",\"op\":\"revoke\",\"row\":{\"id\":";
    sync::JsonText::appendString(out, rowId);
    out += "}}";
    found.append(PageEntry{seq, std::move(out)});
}

// One stored row as UTF-8 views (valid until the next row is read).
struct StoredRowText
{
    qint64 sv = 0;
    bool deleted = false;
    QByteArrayView table;
    QByteArrayView rowId;
    QByteArrayView stationId;
    QByteArrayView data;
};

// A JSON string from UTF-8 text: copied as it is when nothing in it needs an escape (ids, table names).
void appendUtf8String(QByteArray &out, QByteArrayView text)
{
    for (const char c : text)
        if (c == '"' || c == '\\' || quint8(c) < 0x20) {
            sync::JsonText::appendString(out, QString::fromUtf8(text));
            return;
        }
    out += '"';
    out += text;
    out += '"';
}

// The same rows in the compact form (decision 32): each row a JSON array of its values, copied from the
// stored text as they are; a row whose table or column list differs from the row before starts a
// group, whose header (table and column names) begins the entry's text. Columns: id and station_id
// (unless the stored text has them), sv, deleted, then the stored members in their order (the row
// store's own sv and deleted win over the same names in the text, as in the object form).
// next(row) reads the next row, false at the end.
template <typename Next>
void appendRowArrays(Next next, QList<PageEntry> &found)
{
    sync::JsonMembers::List members;
    QByteArray signature;
    QByteArray previous;
    QByteArray repaired;
    StoredRowText row;
    while (next(row)) {
        QByteArrayView data = row.data;
        if (!sync::JsonMembers::split(data, members)) {
            repaired = sync::JsonText::object(parse(QString::fromUtf8(data)));
            data = repaired;
            if (!sync::JsonMembers::split(data, members))
                members.clear();
        }
        bool hasId = false;
        bool hasStation = false;
        for (const auto &m : std::as_const(members)) {
            hasId = hasId || m.name == "id";
            hasStation = hasStation || m.name == "station_id";
        }
        // The column list itself, names joined by '"' (which a name, as written inside its quotes,
        // cannot hold unescaped).
        signature = row.table.toByteArray();
        signature += hasId ? "" : "\"id";
        signature += hasStation ? "" : "\"station_id";
        signature += "\"sv\"deleted";
        for (const auto &m : std::as_const(members))
            if (m.name != "sv" && m.name != "deleted") {
                signature += '"';
                signature += m.name;
            }
        PageEntry entry;
        entry.seq = row.sv;
        QByteArray &out = entry.text;
        if (signature != previous) {
            out += "{\"tbl\":";
            appendUtf8String(out, row.table);
            out += ",\"columns\":[";
            if (!hasId)
                out += "\"id\",";
            if (!hasStation)
                out += "\"station_id\",";
            out += "\"sv\",\"deleted\"";
            for (const auto &m : std::as_const(members))
                if (m.name != "sv" && m.name != "deleted") {
                    out += ",\"";
                    out += m.name;
                    out += '"';
                }
            out += "],\"rows\":[";
            entry.startsGroup = true;
            std::swap(previous, signature);
        }
        out.reserve(out.size() + data.size() + 64);
        out += '[';
        if (!hasId) {
            appendUtf8String(out, row.rowId);
            out += ',';
        }
        if (!hasStation) {
            appendUtf8String(out, row.stationId);
            out += ',';
        }
        out += QByteArray::number(row.sv);
        out += row.deleted ? ",1" : ",0";
        for (const auto &m : std::as_const(members)) {
            if (m.name == "sv" || m.name == "deleted")
                continue;
            out += ',';
            // No column holds an array or object; the client would store NULL for one anyway.
            if (m.value.startsWith('{') || m.value.startsWith('['))
                out += "null";
            else
                out += m.value;
        }
        out += ']';
        found.append(std::move(entry));
    }
}

RowStore::PageText pageText(QList<PageEntry> &found, qint64 after, int limit, RowStore::PageForm form = RowStore::PageForm::Objects)
{
    RowStore::PageText page;
    page.nextSince = after;
    page.hasMore = found.size() > limit;
    if (page.hasMore)
        found.resize(limit);
    qsizetype bytes = 2;
    for (const PageEntry &r : std::as_const(found))
        bytes += r.text.size() + 1;
    page.rowsJson.reserve(bytes);
    page.rowsJson += '[';
    page.rowsForm = form == RowStore::PageForm::Rows;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i > 0)
            page.rowsJson += found.at(i).startsGroup ? QByteArrayView("]},") : QByteArrayView(",");
        page.rowsJson += found.at(i).text;
    }
    if (page.rowsForm && !found.isEmpty())
        page.rowsJson += "]}";
    page.rowsJson += ']';
    page.rows = int(found.size());
    if (!found.isEmpty())
        page.nextSince = found.last().seq;
    return page;
}

} // namespace

Result<QStringList> RowStore::caseRowsNumbered(const QString &stationId, const QString &caseNo)
{
    // The index row_store_case_no (migrations 0004, 0005), the same on both back-ends.
    // Tombstoned rows count: a PC keeps a deleted row, and its number, in its UNIQUE index too.
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT row_id FROM row_store WHERE tbl = 'cases' AND station_id = ? AND case_no = ?"));
    q.bindValue(0, stationId);
    q.bindValue(1, caseNo);
    if (!q.exec())
        return sqlError(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

Result<QHash<QString, QString>> RowStore::stationsOf(const QString &table, const QStringList &rowIds)
{
    QHash<QString, QString> found;
    if (m_db.isPostgres()) {
        // By the primary key, one probe per id, as findMany (decision 38).
        auto q = pgLookup(m_db,
                          QByteArrayLiteral("SELECT r.row_id, r.station_id FROM unnest($1::text[]) AS n(id) CROSS JOIN LATERAL "
                                            "(SELECT row_id, station_id FROM row_store WHERE tbl = $2 AND row_id = n.id OFFSET 0) r"),
                          rowIds, table);
        if (!q)
            return q.error();
        for (int r = 0; r < q->rows(); ++r)
            found.insert(q->text(r, 0), q->text(r, 1));
        return found;
    }
    constexpr int kChunk = 200;
    const QString literal = tableLiteral(table);
    const int first = literal.isEmpty() ? 1 : 0;
    for (qsizetype from = 0; from < rowIds.size(); from += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, rowIds.size() - from));
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT row_id, station_id FROM row_store WHERE tbl = %1 AND row_id IN (%2)")
                                       .arg(literal.isEmpty() ? QStringLiteral("?") : literal, placeholders(n)));
        if (literal.isEmpty())
            q.bindValue(0, table);
        for (int i = 0; i < n; ++i)
            q.bindValue(i + first, rowIds.at(from + i));
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            found.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
    }
    return found;
}

Result<QHash<QString, QStringList>> RowStore::caseRowsNumberedMany(const QString &stationId, const QStringList &caseNos)
{
    // The same index as caseRowsNumbered, one statement (one round trip) for up to 1,000 numbers.
    QHash<QString, QStringList> found;
    if (m_db.isPostgres()) {
        // One probe of row_store_case_no per number, whatever the planner believes (decision 38):
        // with an IN list it scanned the station's every cases row instead (when the number was an
        // expression over data, parsing each one's data as jsonb), 0.1-0.9 s per 1,000-case batch on
        // a 30,000-row store and growing with it. OFFSET 0 keeps the subquery a per-number lookup.
        auto q = pgLookup(m_db,
                          QByteArrayLiteral("SELECT r.row_id, n.no FROM unnest($1::text[]) AS n(no) CROSS JOIN LATERAL "
                                            "(SELECT row_id FROM row_store WHERE tbl = 'cases' AND station_id = $2 "
                                            "AND case_no = n.no OFFSET 0) r"),
                          caseNos, stationId);
        if (!q)
            return q.error();
        for (int r = 0; r < q->rows(); ++r)
            found[q->text(r, 1)] << q->text(r, 0);
        return found;
    }
    constexpr int kChunk = 1000;
    for (qsizetype from = 0; from < caseNos.size(); from += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, caseNos.size() - from));
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT row_id, case_no FROM row_store WHERE tbl = 'cases' "
                                                  "AND station_id = ? AND case_no IN (%1)")
                                       .arg(placeholders(n)));
        q.bindValue(0, stationId);
        for (int i = 0; i < n; ++i)
            q.bindValue(i + 1, caseNos.at(from + i));
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            found[q.value(1).toString()] << q.value(0).toString();
        q.finish();
    }
    return found;
}

QJsonObject StoredRow::fieldMap(const QByteArray &text, const QJsonObject &data)
{
    QJsonObject map = QJsonDocument::fromJson(text).object();
    const auto every = map.constFind(kEveryColumn);
    if (every == map.constEnd())
        return map;
    const QJsonValue value = *every;
    map.remove(kEveryColumn);
    // Every pushed column of the row; hlc and updated_by are metadata a push never sends as fields,
    // so a row created with its full texts never had them there either.
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        if (it.key() != QLatin1String("hlc") && it.key() != QLatin1String("updated_by") && !map.contains(it.key()))
            map.insert(it.key(), value);
    return map;
}

StoredRow StoredRow::fromText(QString stationId, qint64 sv, bool deleted, const QByteArray &data, const QByteArray &fieldSv,
                              const QByteArray &fieldBy)
{
    StoredRow row{std::move(stationId), sv, deleted, QJsonDocument::fromJson(data).object(), {}, {}};
    row.fieldSv = fieldMap(fieldSv, row.data);
    row.fieldBy = fieldMap(fieldBy, row.data);
    return row;
}

QByteArray StoredRow::createdFieldSv(qint64 sv)
{
    return QByteArrayLiteral("{\"*\":") + QByteArray::number(sv) + '}';
}

QByteArray StoredRow::createdFieldBy(const QString &deviceId)
{
    QByteArray text = QByteArrayLiteral("{\"*\":");
    sync::JsonText::appendString(text, deviceId);
    text.append('}');
    return text;
}

Result<std::optional<StoredRow>> RowStore::find(const QString &table, const QString &rowId)
{
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT station_id, sv, deleted, data, field_sv, field_by FROM row_store WHERE tbl = ? AND row_id = ?"));
    q.bindValue(0, table);
    q.bindValue(1, rowId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        q.finish();
        return std::optional<StoredRow>();
    }
    std::optional<StoredRow> row(StoredRow::fromText(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() != 0,
                                                     q.value(3).toString().toUtf8(), q.value(4).toString().toUtf8(),
                                                     q.value(5).toString().toUtf8()));
    q.finish();
    return row;
}

Status RowStore::put(const QString &table, const QString &rowId, const StoredRow &row)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO row_store (tbl, row_id, station_id, sv, deleted, data, field_sv, field_by, case_no) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id) DO UPDATE SET "
                             "station_id = excluded.station_id, sv = excluded.sv, deleted = excluded.deleted, "
                             "data = excluded.data, field_sv = excluded.field_sv, field_by = excluded.field_by, "
                             "case_no = excluded.case_no"));
    const QVariantList values{table, rowId, row.stationId, row.sv, row.deleted ? 1 : 0, compact(row.data),
                              compact(row.fieldSv), compact(row.fieldBy), caseNumberColumn(table, row)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status RowStore::addRevoke(qint64 seq, const QString &table, const QString &rowId, const QString &stationId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO row_revoke (seq, tbl, row_id, station_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(stationId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<std::optional<LoggedMutation>> RowStore::loggedMutation(const QString &deviceId, qint64 deviceSeq)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT mutation_id, result FROM mutation_log WHERE device_id = ? AND device_seq = ?"));
    q.bindValue(0, deviceId);
    q.bindValue(1, deviceSeq);
    if (!q.exec())
        return sqlError(q);
    std::optional<LoggedMutation> logged;
    if (q.next())
        logged = LoggedMutation{q.value(0).toString(), parse(q.value(1).toString())};
    q.finish();
    return logged;
}

Status RowStore::logMutation(const QString &deviceId, qint64 deviceSeq, const QString &mutationId, const QJsonObject &result)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO mutation_log (device_id, device_seq, mutation_id, result, applied_at) "
                                              "VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, deviceId);
    q.bindValue(1, deviceSeq);
    q.bindValue(2, mutationId);
    q.bindValue(3, compact(result));
    q.bindValue(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QHash<QString, StoredRow>> RowStore::findMany(const QString &table, const QStringList &rowIds)
{
    QHash<QString, StoredRow> found;
    auto read = [&found](QSqlQuery &q) {
        while (q.next())
            found.insert(q.value(0).toString(),
                         StoredRow::fromText(q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() != 0,
                                             q.value(4).toString().toUtf8(), q.value(5).toString().toUtf8(),
                                             q.value(6).toString().toUtf8()));
        q.finish();
    };
    if (m_db.isPostgres()) {
        // The ids as one array, each looked up by the primary key (an IN list of new ids was planned
        // as a scan of the whole table: decision 38).
        auto q = pgLookup(m_db,
                          QByteArrayLiteral("SELECT r.row_id, r.station_id, r.sv, r.deleted, r.data, r.field_sv, r.field_by "
                                            "FROM unnest($1::text[]) AS n(id) CROSS JOIN LATERAL "
                                            "(SELECT row_id, station_id, sv, deleted, data, field_sv, field_by FROM row_store "
                                            "WHERE tbl = $2 AND row_id = n.id OFFSET 0) r"),
                          rowIds, table);
        if (!q)
            return q.error();
        for (int r = 0; r < q->rows(); ++r)
            found.insert(q->text(r, 0), StoredRow::fromText(q->text(r, 1), q->integer(r, 2), q->integer(r, 3) != 0,
                                                            q->bytes(r, 4).toByteArray(), q->bytes(r, 5).toByteArray(),
                                                            q->bytes(r, 6).toByteArray()));
        return found;
    }
    const int kChunk = 200;
    const QString literal = tableLiteral(table);
    const int first = literal.isEmpty() ? 1 : 0;
    for (qsizetype from = 0; from < rowIds.size(); from += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, rowIds.size() - from));
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT row_id, station_id, sv, deleted, data, field_sv, field_by FROM row_store "
                                                  "WHERE tbl = %1 AND row_id IN (%2)")
                                       .arg(literal.isEmpty() ? QStringLiteral("?") : literal, placeholders(n)));
        if (literal.isEmpty())
            q.bindValue(0, table);
        for (int i = 0; i < n; ++i)
            q.bindValue(i + first, rowIds.at(from + i));
        if (!q.exec())
            return sqlError(q);
        read(q);
    }
    return found;
}

namespace {

// PostgreSQL: the row upsert of putMany and writeBatch, after "INSERT INTO row_store ", reading the nine
// arrays of pgRowArrays as $1..$9.
const QByteArray kPgRowUpsert = QByteArrayLiteral(
    "(tbl, row_id, station_id, sv, deleted, data, field_sv, field_by, case_no) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::integer[], "
    "$6::text[], $7::text[], $8::text[], $9::text[]) ON CONFLICT (tbl, row_id) DO UPDATE SET "
    "station_id = excluded.station_id, sv = excluded.sv, deleted = excluded.deleted, "
    "data = excluded.data, field_sv = excluded.field_sv, field_by = excluded.field_by, "
    "case_no = excluded.case_no");

QList<QByteArray> pgRowArrays(const QList<std::pair<std::pair<QString, QString>, StoredRow>> &rows,
                              const QList<RowStore::RowText> &texts)
{
    using RowText = RowStore::RowText;
    PgArray tables, ids, stations, svs, deleted, data, fieldSv, fieldBy, caseNumbers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &[key, row] = rows.at(i);
        const RowText *given = i < texts.size() ? &texts.at(i) : nullptr;
        caseNumbers.text(caseNumberColumn(key.first, row, given));
        tables.text(key.first);
        ids.text(key.second);
        stations.text(row.stationId);
        svs.integer(row.sv);
        deleted.integer(row.deleted ? 1 : 0);
        for (auto [array, member, object] : {std::tuple{&data, &RowText::data, &row.data},
                                             std::tuple{&fieldSv, &RowText::fieldSv, &row.fieldSv},
                                             std::tuple{&fieldBy, &RowText::fieldBy, &row.fieldBy}}) {
            if (given && !(given->*member).isEmpty())
                array->utf8(given->*member);
            else
                array->utf8(sync::JsonText::object(*object));
        }
    }
    QList<QByteArray> parameters;
    for (const PgArray *array : {&tables, &ids, &stations, &svs, &deleted, &data, &fieldSv, &fieldBy, &caseNumbers})
        parameters << array->bytes();
    return parameters;
}

// PostgreSQL: the log entries as three arrays (device_seq, mutation_id, result).
QList<QByteArray> pgLogArrays(const QList<RowStore::NewLogEntry> &entries)
{
    PgArray seqs, ids, results;
    for (const RowStore::NewLogEntry &e : entries) {
        seqs.integer(e.deviceSeq);
        ids.text(e.mutationId);
        results.utf8(e.resultText);
    }
    return {seqs.bytes(), ids.bytes(), results.bytes()};
}

} // namespace

Status RowStore::putMany(const QList<std::pair<std::pair<QString, QString>, StoredRow>> &rows, const QList<RowText> &texts)
{
    auto text = [&texts](qsizetype i, QByteArray RowText::*member, const QJsonObject &object) {
        if (i < texts.size() && !(texts.at(i).*member).isEmpty())
            return QString::fromUtf8(texts.at(i).*member);
        return compact(object);
    };
    if (m_db.isPostgres()) {
        if (rows.isEmpty())
            return {};
        // One array per column, one statement for the whole batch (decision 38).
        auto done = m_db.execPg(QByteArrayLiteral("INSERT INTO row_store ") + kPgRowUpsert, pgRowArrays(rows, texts));
        if (!done)
            return done.error();
        return {};
    }
    // 100 rows x 9 values stays far below SQLite's limit on bound values.
    const int kChunk = 100;
    for (qsizetype from = 0; from < rows.size(); from += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, rows.size() - from));
        QStringList tuples(n, QStringLiteral("(?,?,?,?,?,?,?,?,?)"));
        const QString sql = QStringLiteral("INSERT INTO row_store (tbl, row_id, station_id, sv, deleted, data, field_sv, field_by, case_no) "
                                           "VALUES %1 ON CONFLICT (tbl, row_id) DO UPDATE SET "
                                           "station_id = excluded.station_id, sv = excluded.sv, deleted = excluded.deleted, "
                                           "data = excluded.data, field_sv = excluded.field_sv, field_by = excluded.field_by, "
                                           "case_no = excluded.case_no")
                                .arg(tuples.join(QLatin1Char(',')));
        if (sqlite3_stmt *statement = m_db.cachedSqlite(sql.toUtf8())) {
            // SQLite: the row text bound as the UTF-8 it already is (Qt's driver would bind each
            // as UTF-16 in a QVariant for SQLite to convert back).
            SqliteBinder bind(statement, 7 * n);
            for (int i = 0; i < n; ++i) {
                const auto &[key, row] = rows.at(from + i);
                const qsizetype at = from + i;
                bind.text(key.first);
                bind.text(key.second);
                bind.text(row.stationId);
                bind.integer(row.sv);
                bind.integer(row.deleted ? 1 : 0);
                const RowText *given = at < texts.size() ? &texts.at(at) : nullptr;
                for (auto [member, object] : {std::pair{&RowText::data, &row.data}, std::pair{&RowText::fieldSv, &row.fieldSv},
                                              std::pair{&RowText::fieldBy, &row.fieldBy}}) {
                    if (given && !(given->*member).isEmpty())
                        bind.utf8(given->*member);
                    else
                        bind.ownUtf8(sync::JsonText::object(*object));
                }
                bind.text(caseNumberColumn(key.first, row, given));
            }
            if (Status s = bind.run(m_db.sqliteHandle()); !s)
                return s;
            continue;
        }
        QSqlQuery &q = m_db.cached(sql);
        int b = 0;
        for (int i = 0; i < n; ++i) {
            const auto &[key, row] = rows.at(from + i);
            q.bindValue(b++, key.first);
            q.bindValue(b++, key.second);
            q.bindValue(b++, row.stationId);
            q.bindValue(b++, row.sv);
            q.bindValue(b++, row.deleted ? 1 : 0);
            q.bindValue(b++, text(from + i, &RowText::data, row.data));
            q.bindValue(b++, text(from + i, &RowText::fieldSv, row.fieldSv));
            q.bindValue(b++, text(from + i, &RowText::fieldBy, row.fieldBy));
            q.bindValue(b++, caseNumberColumn(key.first, row, from + i < texts.size() ? &texts.at(from + i) : nullptr));
        }
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Result<QHash<qint64, LoggedMutation>> RowStore::loggedMutations(const QString &deviceId, qint64 from, qint64 to)
{
    QHash<qint64, LoggedMutation> logged;
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT device_seq, mutation_id, result FROM mutation_log "
                                              "WHERE device_id = ? AND device_seq BETWEEN ? AND ?"));
    q.bindValue(0, deviceId);
    q.bindValue(1, from);
    q.bindValue(2, to);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        logged.insert(q.value(0).toLongLong(), LoggedMutation{q.value(1).toString(), parse(q.value(2).toString())});
    q.finish();
    return logged;
}

Result<RowStore::BatchStart> RowStore::batchStart(const QString &deviceId, qint64 from, qint64 to)
{
    BatchStart start;
    if (!m_db.isPostgres()) {
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT last_device_seq FROM device WHERE id = ?"));
        q.bindValue(0, deviceId);
        if (!q.exec())
            return sqlError(q);
        start.lastDeviceSeq = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        auto logged = loggedMutations(deviceId, from, to);
        if (!logged)
            return logged.error();
        start.logged = std::move(logged.value());
        return start;
    }
    auto q = m_db.execPg(QByteArrayLiteral("SELECT d.last_device_seq, l.device_seq, l.mutation_id, l.result FROM device d "
                                           "LEFT JOIN mutation_log l ON l.device_id = d.id AND l.device_seq BETWEEN $2 AND $3 "
                                           "WHERE d.id = $1"),
                         {deviceId.toUtf8(), QByteArray::number(from), QByteArray::number(to)});
    if (!q)
        return q.error();
    for (int r = 0; r < q->rows(); ++r) {
        start.lastDeviceSeq = q->integer(r, 0);
        if (!q->isNull(r, 1))
            start.logged.insert(q->integer(r, 1), LoggedMutation{q->text(r, 2), parse(q->text(r, 3))});
    }
    return start;
}

Status RowStore::logMutations(const QString &deviceId, const QList<NewLogEntry> &entries)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_db.isPostgres()) {
        if (entries.isEmpty())
            return {};
        // One array per column, one statement (decision 38).
        auto done = m_db.execPg(QByteArrayLiteral("INSERT INTO mutation_log (device_id, device_seq, mutation_id, result, applied_at) "
                                                  "SELECT $1::text, s, m, r, $2::text FROM unnest($3::bigint[], $4::text[], $5::text[]) AS u(s, m, r)"),
                                QList<QByteArray>{deviceId.toUtf8(), now.toUtf8()} + pgLogArrays(entries));
        if (!done)
            return done.error();
        return {};
    }
    const int kChunk = 200;
    for (qsizetype from = 0; from < entries.size(); from += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, entries.size() - from));
        const QString sql = QStringLiteral("INSERT INTO mutation_log (device_id, device_seq, mutation_id, result, applied_at) VALUES %1")
                                .arg(QStringList(n, QStringLiteral("(?,?,?,?,?)")).join(QLatin1Char(',')));
        if (sqlite3_stmt *statement = m_db.cachedSqlite(sql.toUtf8())) {
            const QByteArray device = deviceId.toUtf8();
            const QByteArray at = now.toUtf8();
            SqliteBinder bind(statement, n);
            for (int i = 0; i < n; ++i) {
                const NewLogEntry &e = entries.at(from + i);
                bind.utf8(device);
                bind.integer(e.deviceSeq);
                bind.text(e.mutationId);
                bind.utf8(e.resultText);
                bind.utf8(at);
            }
            if (Status s = bind.run(m_db.sqliteHandle()); !s)
                return s;
            continue;
        }
        QSqlQuery &q = m_db.cached(sql);
        int b = 0;
        for (int i = 0; i < n; ++i) {
            const NewLogEntry &e = entries.at(from + i);
            q.bindValue(b++, deviceId);
            q.bindValue(b++, e.deviceSeq);
            q.bindValue(b++, e.mutationId);
            q.bindValue(b++, QString::fromUtf8(e.resultText));
            q.bindValue(b++, now);
        }
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Status RowStore::writeBatch(const QList<std::pair<std::pair<QString, QString>, StoredRow>> &rows, const QList<RowText> &texts,
                            const BatchEnd &end)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!m_db.isPostgres()) {
        if (Status s = putMany(rows, texts); !s)
            return s;
        if (Status s = logMutations(end.deviceId, end.log); !s)
            return s;
        QSqlQuery &q = m_db.cached(QStringLiteral("UPDATE device SET last_device_seq = ?, last_sync_at = ? WHERE id = ?"));
        q.bindValue(0, end.lastDeviceSeq);
        q.bindValue(1, now);
        q.bindValue(2, end.deviceId);
        if (!q.exec())
            return sqlError(q);
        return {};
    }
    // Data-modifying WITH clauses run once and to completion whether or not the statement reads them.
    auto done = m_db.execPg(QByteArrayLiteral("WITH written AS (INSERT INTO row_store ") + kPgRowUpsert
                                + QByteArrayLiteral("), logged AS (INSERT INTO mutation_log (device_id, device_seq, mutation_id, result, "
                                                    "applied_at) SELECT $10::text, s, m, r, $11::text FROM unnest($12::bigint[], "
                                                    "$13::text[], $14::text[]) AS u(s, m, r)) "
                                                    "UPDATE device SET last_device_seq = $15, last_sync_at = $11 WHERE id = $10"),
                            pgRowArrays(rows, texts) + QList<QByteArray>{end.deviceId.toUtf8(), now.toUtf8()} + pgLogArrays(end.log)
                                + QList<QByteArray>{QByteArray::number(end.lastDeviceSeq)});
    if (!done)
        return done.error();
    return {};
}

Status RowStore::addConflict(const ConflictRecord &r)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO conflict (id, tbl, row_id, station_id, field, base_value, server_value, "
                             "local_value, kept, device_id, seq, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(r.conflict.id), QVariant(r.table), QVariant(r.rowId), QVariant(r.stationId),
                              QVariant(r.conflict.field), jsonText(r.conflict.baseValue), jsonText(r.conflict.serverValue),
                              jsonText(r.conflict.localValue), QVariant(r.conflict.kept), QVariant(r.deviceId),
                              QVariant(r.seq), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<qint64> RowStore::lastSeq()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT last_seq FROM seq_counter WHERE singleton = 1")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<qint64> RowStore::countUpTo(const QSet<QString> &stationIds, qint64 upTo, const QString &table)
{
    if (stationIds.isEmpty())
        return qint64(0);
    const QStringList ids(stationIds.begin(), stationIds.end());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM row_store WHERE sv <= ? AND station_id IN (%1)%2")
                  .arg(placeholders(int(ids.size())), table.isEmpty() ? QString() : QStringLiteral(" AND tbl = ?")));
    q.addBindValue(upTo);
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!table.isEmpty())
        q.addBindValue(table);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<RowStore::PageText> RowStore::pullText(const QSet<QString> &stationIds, qint64 since, int limit)
{
    auto horizon = TombstoneRepository(m_db).horizon();
    if (!horizon)
        return horizon.error();
    if (since < horizon.value())
        return Error{QStringLiteral("sync.below_horizon"),
                     QStringLiteral("since %1 is below the purge horizon %2: bootstrap again").arg(since).arg(horizon.value())};
    QList<PageEntry> found;
    if (stationIds.isEmpty())
        return pageText(found, since, limit);
    const QStringList ids(stationIds.begin(), stationIds.end());
    bool anyRevoke = false;
    if (m_db.isPostgres()) {
        // Straight on libpq (decision 52): one result for the page instead of Qt's row-at-a-time
        // results, and the row texts as the bytes that came, not through UTF-16.
        PgArray stations;
        for (const QString &id : ids)
            stations.text(id);
        const QList<QByteArray> parameters{QByteArray::number(since), stations.bytes(), QByteArray::number(limit + 1)};
        auto rows = m_db.execPg(QByteArrayLiteral("SELECT sv, tbl, row_id, station_id, deleted, data FROM row_store "
                                                  "WHERE sv > $1 AND station_id = ANY($2::text[]) ORDER BY sv LIMIT $3"),
                                parameters);
        if (!rows)
            return rows.error();
        appendRowTexts(rows.value(), found);
        auto revokes = m_db.execPg(QByteArrayLiteral("SELECT seq, tbl, row_id FROM row_revoke "
                                                     "WHERE seq > $1 AND station_id = ANY($2::text[]) ORDER BY seq LIMIT $3"),
                                   parameters);
        if (!revokes)
            return revokes.error();
        for (int r = 0; r < revokes->rows(); ++r)
            appendRevokeText(found, revokes->integer(r, 0), revokes->text(r, 1), revokes->text(r, 2));
        anyRevoke = revokes->rows() > 0;
    } else {
        // SQLite: read on its own handle, the row texts as the UTF-8 they are (QSqlQuery makes UTF-16
        // of every text and back: most of the pull handler's CPU). Each statement is finalized once
        // read (an open read could not become a write later on this connection).
        QVariantList binds{since};
        for (const QString &id : ids)
            binds << id;
        binds << limit + 1;
        SqliteStatement rows(m_db.db(),
                             QStringLiteral("SELECT sv, tbl, row_id, station_id, deleted, data FROM row_store "
                                            "WHERE sv > ? AND station_id IN (%1) ORDER BY sv LIMIT ?")
                                 .arg(placeholders(int(ids.size()))),
                             binds);
        if (!rows.ok())
            return Error{QStringLiteral("db.failed"), rows.error()};
        while (rows.next())
            appendRowText(found, rows.integer(0), QString::fromUtf8(rows.utf8(1)), QString::fromUtf8(rows.utf8(2)),
                          QString::fromUtf8(rows.utf8(3)), rows.integer(4) != 0, rows.utf8(5).toByteArray());
        if (!rows.error().isEmpty())
            return Error{QStringLiteral("db.failed"), rows.error()};
        SqliteStatement revokes(m_db.db(),
                                QStringLiteral("SELECT seq, tbl, row_id FROM row_revoke WHERE seq > ? AND station_id IN (%1) "
                                               "ORDER BY seq LIMIT ?")
                                    .arg(placeholders(int(ids.size()))),
                                binds);
        if (!revokes.ok())
            return Error{QStringLiteral("db.failed"), revokes.error()};
        while (revokes.next()) {
            appendRevokeText(found, revokes.integer(0), QString::fromUtf8(revokes.utf8(1)), QString::fromUtf8(revokes.utf8(2)));
            anyRevoke = true;
        }
        if (!revokes.error().isEmpty())
            return Error{QStringLiteral("db.failed"), revokes.error()};
    }
    if (anyRevoke)
        std::sort(found.begin(), found.end(), [](const PageEntry &a, const PageEntry &b) { return a.seq < b.seq; });
    return pageText(found, since, limit);
}

Result<RowStore::PageText> RowStore::snapshotPageText(const QSet<QString> &stationIds, qint64 after, qint64 upTo, int limit,
                                                      const QString &table, PageForm form)
{
    QList<PageEntry> found;
    if (stationIds.isEmpty())
        return pageText(found, after, limit, form);
    const QStringList ids(stationIds.begin(), stationIds.end());
    if (form == PageForm::Rows && m_db.isPostgres()) {
        // PostgreSQL: one result for the page straight from libpq, the texts as the bytes that came
        // (Qt's driver reads a forward-only result a row at a time, through UTF-16: decision 52).
        PgArray stations;
        for (const QString &id : ids)
            stations.text(id);
        QList<QByteArray> parameters{QByteArray::number(after), QByteArray::number(upTo), stations.bytes()};
        if (!table.isEmpty())
            parameters << table.toUtf8();
        parameters << QByteArray::number(limit + 1);
        auto page = m_db.execPg(table.isEmpty()
                                    ? QByteArrayLiteral("SELECT sv, tbl, row_id, station_id, deleted, data FROM row_store "
                                                        "WHERE sv > $1 AND sv <= $2 AND station_id = ANY($3::text[]) ORDER BY sv LIMIT $4")
                                    : QByteArrayLiteral("SELECT sv, tbl, row_id, station_id, deleted, data FROM row_store "
                                                        "WHERE sv > $1 AND sv <= $2 AND station_id = ANY($3::text[]) AND tbl = $4 "
                                                        "ORDER BY sv LIMIT $5"),
                                parameters);
        if (!page)
            return page.error();
        const PgResult &result = page.value();
        found.reserve(result.rows());
        int r = 0;
        appendRowArrays(
            [&result, &r](StoredRowText &row) {
                if (r >= result.rows())
                    return false;
                row.sv = result.integer(r, 0);
                row.table = result.bytes(r, 1);
                row.rowId = result.bytes(r, 2);
                row.stationId = result.bytes(r, 3);
                row.deleted = result.integer(r, 4) != 0;
                row.data = result.bytes(r, 5);
                ++r;
                return true;
            },
            found);
        return pageText(found, after, limit, form);
    }
    QSqlQuery rows(m_db.db());
    rows.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT sv, tbl, row_id, station_id, deleted, data FROM row_store "
                                       "WHERE sv > ? AND sv <= ? AND station_id IN (%1)%2 ORDER BY sv LIMIT ?")
                            .arg(placeholders(int(ids.size())), table.isEmpty() ? QString() : QStringLiteral(" AND tbl = ?"));
    rows.prepare(sql);
    rows.addBindValue(after);
    rows.addBindValue(upTo);
    for (const QString &id : ids)
        rows.addBindValue(id);
    if (!table.isEmpty())
        rows.addBindValue(table);
    rows.addBindValue(limit + 1);
    if (form == PageForm::Rows && !m_db.isPostgres()) {
        // SQLite: the stored text read as the UTF-8 it is (QSqlQuery makes UTF-16 of every text and back).
        QVariantList binds{after, upTo};
        for (const QString &id : ids)
            binds << id;
        if (!table.isEmpty())
            binds << table;
        binds << limit + 1;
        SqliteStatement direct(m_db.db(), sql, binds);
        if (!direct.ok())
            return Error{QStringLiteral("db.failed"), direct.error()};
        found.reserve(limit + 1);
        appendRowArrays(
            [&direct](StoredRowText &row) {
                if (!direct.next())
                    return false;
                row.sv = direct.integer(0);
                row.table = direct.utf8(1);
                row.rowId = direct.utf8(2);
                row.stationId = direct.utf8(3);
                row.deleted = direct.integer(4) != 0;
                row.data = direct.utf8(5);
                return true;
            },
            found);
        if (!direct.error().isEmpty())
            return Error{QStringLiteral("db.failed"), direct.error()};
        return pageText(found, after, limit, form);
    }
    if (!rows.exec())
        return sqlError(rows);
    found.reserve(limit + 1);
    if (form == PageForm::Rows) {
        QByteArray table, rowId, stationId, data;
        appendRowArrays(
            [&](StoredRowText &row) {
                if (!rows.next())
                    return false;
                row.sv = rows.value(0).toLongLong();
                table = rows.value(1).toString().toUtf8();
                rowId = rows.value(2).toString().toUtf8();
                stationId = rows.value(3).toString().toUtf8();
                row.deleted = rows.value(4).toInt() != 0;
                data = rows.value(5).toString().toUtf8();
                row.table = table;
                row.rowId = rowId;
                row.stationId = stationId;
                row.data = data;
                return true;
            },
            found);
    } else {
        appendRowTexts(rows, found);
    }
    return pageText(found, after, limit, form);
}

Result<QJsonObject> RowStore::checksum(const QSet<QString> &stationIds)
{
    QJsonObject tables;
    if (stationIds.isEmpty())
        return tables;
    const QStringList ids(stationIds.begin(), stationIds.end());
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tbl, row_id, sv FROM row_store WHERE station_id IN (%1)").arg(placeholders(int(ids.size()))));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    QHash<QString, QPair<qint64, quint64>> sums;
    while (q.next()) {
        const QByteArray h = QCryptographicHash::hash((q.value(1).toString() + QLatin1Char(':') + q.value(2).toString()).toUtf8(),
                                                      QCryptographicHash::Sha256);
        quint64 x = 0;
        memcpy(&x, h.constData(), sizeof x);
        auto &s = sums[q.value(0).toString()];
        s.first += 1;
        s.second ^= x; // XOR: independent of row order
    }
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        tables.insert(it.key(), QJsonObject{{QStringLiteral("count"), it.value().first},
                                            {QStringLiteral("checksum"), QString::number(it.value().second, 16)}});
    return tables;
}

Result<bool> RowStore::refreshStaleStatistics()
{
    if (!m_db.isPostgres())
        return false;
    // autovacuum analyses after 10 % of a table changed, but only on its next round (a minute apart
    // by default) and behind other work: a bootstrap right after a big push met the old statistics.
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT s.n_mod_since_analyze, c.reltuples FROM pg_stat_user_tables s "
                               "JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'row_store'")))
        return sqlError(q);
    if (!q.next())
        return false;
    const double changed = q.value(0).toDouble();
    const double rows = std::max(0.0, q.value(1).toDouble()); // -1: never analysed
    q.finish();
    if (changed < std::max(1000.0, rows / 10.0))
        return false;
    if (!q.exec(QStringLiteral("ANALYZE row_store")))
        return sqlError(q);
    return true;
}

} // namespace zt::server
