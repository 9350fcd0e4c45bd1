#include "sync/RowValidator.h"

#include "storage/Migrator.h"
#include "storage/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUuid>
#include <sqlite3.h>

namespace zt::server {

RowValidator::RowValidator() : m_connectionName(QStringLiteral("zt-validator-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

RowValidator::~RowValidator()
{
    // Statements first: Qt closes the connection with sqlite3_close, which a live statement blocks.
    for (Table &t : m_tableInfo)
        for (sqlite3_stmt *s : std::as_const(t.inserts))
            sqlite3_finalize(s);
    for (sqlite3_stmt *s : std::as_const(m_clears))
        sqlite3_finalize(s);
    sqlite3_finalize(m_begin);
    sqlite3_finalize(m_rollback);
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status RowValidator::init()
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    d.setDatabaseName(QStringLiteral(":memory:"));
    if (!d.open())
        return Error{QStringLiteral("validator.open_failed"), d.lastError().text()};
    if (Status s = Migrator::migrate(d); !s)
        return s;
    QSqlQuery q(d);
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    // The test inserts check the schema's constraints only; the search index triggers (a bigram
    // FTS5 insert per row, most of a push's cost before) have nothing to check.
    if (!q.exec(QStringLiteral("SELECT zt_search_set_live(0)")))
        return Error{QStringLiteral("validator.open_failed"), q.lastError().text()};
    // Nor do the lookup indexes: the database is empty around each test insert, so no index can
    // refuse a row (UNIQUE constraints keep their automatic indexes, which cannot be dropped).
    QStringList indexes;
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    while (q.next())
        indexes << q.value(0).toString();
    for (const QString &index : std::as_const(indexes))
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index)))
            return Error{QStringLiteral("validator.open_failed"), q.lastError().text()};
    // Triggers that cannot refuse an insert go too: the test rows are taken out again with a
    // DELETE (delete triggers would refuse it or write elsewhere), and a trigger that writes
    // another table would leave rows there. What stays: insert/update triggers that RAISE.
    QStringList triggers;
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    static const QRegularExpression deleteTrigger(QStringLiteral("\\b(BEFORE|AFTER|INSTEAD\\s+OF)\\s+DELETE\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    while (q.next()) {
        const QString sql = q.value(1).toString();
        if (!sql.contains(QLatin1String("RAISE"), Qt::CaseInsensitive) || deleteTrigger.match(sql).hasMatch())
            triggers << q.value(0).toString();
    }
    for (const QString &trigger : std::as_const(triggers))
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)))
            return Error{QStringLiteral("validator.open_failed"), q.lastError().text()};
    if (Status s = rewriteInListChecks(d); !s)
        return s;
    m_tables.load(d);
    for (const QString &table : SyncedTables::names()) {
        Table &t = m_tableInfo[table];
        QSqlQuery info(d);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next()) {
            const QString type = info.value(2).toString().toUpper();
            t.columns.insert(info.value(1).toString(), int(t.names.size()));
            t.names << info.value(1).toString();
            t.types << (type == QLatin1String("INTEGER") ? Type::Integer : type == QLatin1String("TEXT") ? Type::Text : Type::Other);
            const QString name = info.value(1).toString();
            if (name != QLatin1String("id") && !SyncedTables::metadataColumns().contains(name))
                t.writable.insert(name.toUtf8(), int(t.names.size()) - 1);
        }
    }
    m_db = SqliteHandle::of(d);
    if (!m_db || sqlite3_prepare_v2(m_db, "BEGIN", -1, &m_begin, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, "ROLLBACK", -1, &m_rollback, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("validator.open_failed"), QStringLiteral("cannot prepare the test transaction")};
    for (const QString &table : SyncedTables::names()) {
        // Without a WHERE and without delete triggers SQLite empties the table and its indexes at once.
        const QByteArray sql = QStringLiteral("DELETE FROM %1").arg(table).toUtf8();
        sqlite3_stmt *clear = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &clear, nullptr) != SQLITE_OK) {
            sqlite3_finalize(clear);
            return Error{QStringLiteral("validator.open_failed"), QString::fromUtf8(sqlite3_errmsg(m_db))};
        }
        m_clears.insert(table, clear);
    }
    return {};
}

QString RowValidator::withoutInLists(const QString &tableSql)
{
    // CHECK (column IN ('a', 'b', ...)) with literals only, unnamed: SQLite codes an IN list of more
    // than two constants as an ephemeral B-tree that every run of the insert opens, fills and closes
    // again (about half of a test insert's time on a cases row, which has two). SQLite documents
    // "x IN (y, z)" as "x = +y OR x = +z", which it evaluates without one. The constraint is named with
    // the expression's old text, which is what SQLite names an unnamed CHECK by in its message, so a
    // refusal reads as before: "CHECK constraint failed: priority IN ('low', 'normal', ...)".
    // 1: a CONSTRAINT name before it; 2: the expression; 3: the column; 4: the list's items.
    static const QRegularExpression check(QStringLiteral("(CONSTRAINT\\s+(?:\"[^\"]*\"|\\S+)\\s+)?CHECK\\s*\\(\\s*"
                                                         "(([A-Za-z_][A-Za-z0-9_]*)\\s+IN\\s*\\(([^()]*)\\))\\s*\\)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literal(QStringLiteral("^('[^']*'|-?[0-9]+)$"));
    QString out;
    qsizetype done = 0;
    for (auto it = check.globalMatch(tableSql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            continue; // named already: its message names it
        // The list's items; a quote never holds a comma here (checked: every item must be a whole literal).
        QStringList items;
        bool plain = true;
        for (const QString &item : m.captured(4).split(QLatin1Char(','))) {
            items << item.trimmed();
            plain = plain && literal.match(items.last()).hasMatch();
        }
        if (!plain || items.size() < 3)
            continue; // two or fewer: SQLite compares them one by one already
        const QString column = m.captured(3);
        QStringList comparisons;
        for (const QString &item : std::as_const(items))
            comparisons << QStringLiteral("%1 = +%2").arg(column, item);
        QString name = m.captured(2);
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += QStringView(tableSql).mid(done, m.capturedStart(0) - done);
        out += QStringLiteral("CONSTRAINT \"%1\" CHECK (%2)").arg(name, comparisons.join(QStringLiteral(" OR ")));
        done = m.capturedEnd(0);
    }
    if (done == 0)
        return tableSql;
    out += QStringView(tableSql).mid(done);
    return out;
}

Status RowValidator::rewriteInListChecks(QSqlDatabase &d)
{
    // The documented way to change a table's CHECK constraints in place (sqlite.org/lang_altertable.html,
    // "other kinds of table schema changes"): the stored format does not depend on them. Only this
    // private copy changes; the client's schema is the migrations'.
    QSqlQuery q(d);
    QList<std::pair<QString, QString>> changed;
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"));
    while (q.next()) {
        const QString sql = q.value(1).toString();
        const QString rewritten = withoutInLists(sql);
        if (rewritten != sql)
            changed.append({q.value(0).toString(), rewritten});
    }
    q.finish();
    if (changed.isEmpty())
        return {};
    q.exec(QStringLiteral("PRAGMA schema_version"));
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    bool ok = q.exec(QStringLiteral("PRAGMA writable_schema=ON"));
    for (const auto &[name, sql] : std::as_const(changed)) {
        q.prepare(QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"));
        q.addBindValue(sql);
        q.addBindValue(name);
        ok = ok && q.exec();
    }
    ok = ok && q.exec(QStringLiteral("PRAGMA schema_version=%1").arg(version + 1));
    q.exec(QStringLiteral("PRAGMA writable_schema=OFF"));
    // Reads the schema again: a statement that cannot be parsed now fails here, not on a push.
    ok = ok && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
         q.value(0).toString() == QLatin1String("ok");
    if (!ok)
        return Error{QStringLiteral("validator.open_failed"),
                     QStringLiteral("cannot rewrite the IN-list checks: %1").arg(q.lastError().text())};
    return {};
}

sqlite3_stmt *RowValidator::insertFor(const QString &table, Table &t, const QByteArray &columnSet)
{
    if (sqlite3_stmt *s = t.inserts.value(columnSet))
        return s;
    // Table and column names come from the client schema, never from the request.
    QStringList names;
    for (qsizetype i = 0; i < columnSet.size(); i += 2)
        names << t.names.at((uchar(columnSet.at(i)) << 8) | uchar(columnSet.at(i + 1)));
    // OR ROLLBACK: a refused row ends the test transaction (which holds nothing: every test row is
    // deleted again at once), so SQLite needs no statement journal to undo a statement alone; the
    // refusal and its message are the same (decision 36).
    const QByteArray sql = QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QLatin1Char(',')),
                                    QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                               .toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    t.inserts.insert(columnSet, s);
    return s;
}

Status RowValidator::check(const QString &table, const QString &rowId, const QJsonObject &row, std::optional<int> deleted)
{
    auto found = m_tableInfo.find(table);
    if (found == m_tableInfo.end() || !m_db)
        return Error{QStringLiteral("invalid_row"), QStringLiteral("no table %1").arg(table)};
    Table &t = *found;
    // The columns named, in order: id, deleted (when given), then the row's columns.
    QByteArray columnSet;
    columnSet.reserve(2 * (row.size() + 2));
    QVarLengthArray<QJsonValue, 32> values;
    auto add = [&](int index, const QJsonValue &v) {
        columnSet.append(char(index >> 8)).append(char(index & 0xff));
        values.append(v);
    };
    const int idIndex = t.columns.value(QStringLiteral("id"), -1);
    const int deletedIndex = t.columns.value(QStringLiteral("deleted"), -1);
    if (idIndex >= 0)
        add(idIndex, QJsonValue(rowId));
    if (deleted && deletedIndex >= 0)
        add(deletedIndex, QJsonValue(*deleted));
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const int index = t.columns.value(it.key(), -1);
        if (index < 0 || index == idIndex || (deleted && index == deletedIndex))
            continue;
        // SQLite would store 'many' in an INTEGER column; JSON types must match the declared ones.
        const QJsonValue v = it.value();
        if (!v.isNull()) {
            const Type type = t.types.at(index);
            const bool integral = v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
            if ((type == Type::Integer && !integral && !v.isBool()) || (type == Type::Text && !v.isString()))
                return Error{QStringLiteral("invalid_value"),
                             QStringLiteral("%1.%2 must be %3")
                                 .arg(table, it.key(), type == Type::Integer ? QStringLiteral("integer") : QStringLiteral("text"))};
        }
        add(index, v);
    }
    sqlite3_stmt *insert = insertFor(table, t, columnSet);
    if (!insert)
        return Error{QStringLiteral("invalid_row"), QString::fromUtf8(sqlite3_errmsg(m_db))};
    for (int i = 0; i < values.size(); ++i) {
        const QJsonValue &v = values.at(i);
        switch (v.type()) {
        case QJsonValue::String: {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(insert, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            break;
        }
        case QJsonValue::Bool:
            sqlite3_bind_int(insert, i + 1, v.toBool() ? 1 : 0);
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (d >= -9.0e15 && d <= 9.0e15 && d == double(qint64(d)))
                sqlite3_bind_int64(insert, i + 1, qint64(d));
            else
                sqlite3_bind_double(insert, i + 1, d);
            break;
        }
        default:
            sqlite3_bind_null(insert, i + 1);
        }
    }
    return run(table, insert);
}

Status RowValidator::checkInsert(const QString &table, const QString &rowId, const sync::ScannedFields &fields,
                                 const QString &hlc, const QString &userId)
{
    using Kind = sync::ScannedFields::Kind;
    auto found = m_tableInfo.find(table);
    if (found == m_tableInfo.end() || !m_db)
        return Error{QStringLiteral("invalid_row"), QStringLiteral("no table %1").arg(table)};
    Table &t = *found;
    // The columns named: id, the fields (sorted, as check() meets them in a QJsonObject), hlc and
    // updated_by; the same type rule as check(), in the same order, so the same first refusal.
    QByteArray columnSet;
    columnSet.reserve(2 * (fields.size() + 3));
    QVarLengthArray<int, 32> indexes;
    auto add = [&](int index) {
        columnSet.append(char(index >> 8)).append(char(index & 0xff));
    };
    const int idIndex = t.columns.value(QStringLiteral("id"), -1);
    const int hlcIndex = t.columns.value(QStringLiteral("hlc"), -1);
    const int byIndex = t.columns.value(QStringLiteral("updated_by"), -1);
    if (idIndex >= 0)
        add(idIndex);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArrayView key = fields.key(i);
        const int index = t.writable.value(QByteArray::fromRawData(key.data(), key.size()), -1);
        if (index < 0)
            return Error{QStringLiteral("invalid_row"), QStringLiteral("no column %1.%2").arg(table, QString::fromLatin1(key))};
        const Kind kind = fields.kind(i);
        if (kind != Kind::Null) {
            const Type type = t.types.at(index);
            if ((type == Type::Integer && kind == Kind::String) || (type == Type::Text && kind != Kind::String))
                return Error{QStringLiteral("invalid_value"),
                             QStringLiteral("%1.%2 must be %3")
                                 .arg(table, QString::fromLatin1(key),
                                      type == Type::Integer ? QStringLiteral("integer") : QStringLiteral("text"))};
        }
        add(index);
        indexes.append(int(i));
    }
    if (hlcIndex >= 0)
        add(hlcIndex);
    if (byIndex >= 0)
        add(byIndex);
    sqlite3_stmt *insert = insertFor(table, t, columnSet);
    if (!insert)
        return Error{QStringLiteral("invalid_row"), QString::fromUtf8(sqlite3_errmsg(m_db))};
    int at = 1;
    const QByteArray id = rowId.toUtf8();
    if (idIndex >= 0)
        sqlite3_bind_text(insert, at++, id.constData(), int(id.size()), SQLITE_STATIC);
    for (int i : std::as_const(indexes)) {
        switch (fields.kind(i)) {
        case Kind::String: {
            const QByteArrayView utf8 = fields.utf8(i);
            // A static bind: the fields outlive the step below.
            sqlite3_bind_text(insert, at++, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
            break;
        }
        case Kind::Integer:
            sqlite3_bind_int64(insert, at++, fields.integer(i));
            break;
        case Kind::True:
            sqlite3_bind_int(insert, at++, 1);
            break;
        case Kind::False:
            sqlite3_bind_int(insert, at++, 0);
            break;
        case Kind::Null:
            sqlite3_bind_null(insert, at++);
            break;
        }
    }
    const QByteArray hlcUtf8 = hlc.toUtf8();
    const QByteArray by = userId.toUtf8();
    if (hlcIndex >= 0)
        sqlite3_bind_text(insert, at++, hlcUtf8.constData(), int(hlcUtf8.size()), SQLITE_STATIC);
    if (byIndex >= 0) {
        if (userId.isEmpty())
            sqlite3_bind_null(insert, at++);
        else
            sqlite3_bind_text(insert, at++, by.constData(), int(by.size()), SQLITE_STATIC);
    }
    return run(table, insert);
}

Status RowValidator::run(const QString &table, sqlite3_stmt *insert)
{
    // One transaction for a batch's checks (endBatch rolls it back): a BEGIN and ROLLBACK around
    // every test insert cost more than the insert. Each test row is deleted again at once, so every
    // check still meets empty tables; a refused insert changed nothing (INSERT OR ROLLBACK ends the
    // transaction, which held nothing; the next check opens another).
    if (sqlite3_get_autocommit(m_db)) {
        sqlite3_step(m_begin);
        sqlite3_reset(m_begin);
    }
    const int rc = sqlite3_step(insert);
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(insert);
    sqlite3_clear_bindings(insert);
    if (rc == SQLITE_DONE) {
        sqlite3_stmt *clear = m_clears.value(table);
        sqlite3_step(clear);
        sqlite3_reset(clear);
    }
    if (rc != SQLITE_DONE)
        return Error{QStringLiteral("invalid_row"), error};
    return {};
}

void RowValidator::endBatch()
{
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        sqlite3_step(m_rollback);
        sqlite3_reset(m_rollback);
    }
}

} // namespace zt::server
