#include "sync/RowValidator.h"

#include "storage/Migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace zt::server {

RowValidator::RowValidator() : m_connectionName(QStringLiteral("zt-validator-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

RowValidator::~RowValidator()
{
    m_inserts.clear();
    m_begin.reset();
    m_rollback.reset();
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
    m_begin = std::make_unique<QSqlQuery>(d);
    m_begin->prepare(QStringLiteral("BEGIN"));
    m_rollback = std::make_unique<QSqlQuery>(d);
    m_rollback->prepare(QStringLiteral("ROLLBACK"));
    m_tables.load(d);
    for (const QString &table : SyncedTables::names()) {
        QSqlQuery info(d);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next())
            m_types[table].insert(info.value(1).toString(), info.value(2).toString().toUpper());
    }
    return {};
}

Status RowValidator::check(const QString &table, const QJsonObject &row)
{
    QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
    QStringList columns;
    QVariantList values;
    const QHash<QString, QString> types = m_types.value(table);
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!m_tables.hasColumn(table, it.key()))
            continue;
        // SQLite would store 'many' in an INTEGER column; JSON types must match the declared ones.
        const QString type = types.value(it.key());
        const QJsonValue v = it.value();
        if (!v.isNull()) {
            const bool integral = v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
            if ((type == QLatin1String("INTEGER") && !integral && !v.isBool())
                || (type == QLatin1String("TEXT") && !v.isString()))
                return Error{QStringLiteral("invalid_value"),
                             QStringLiteral("%1.%2 must be %3").arg(table, it.key(), type.toLower())};
        }
        columns << it.key();
        values << (v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : v.toVariant());
    }
    m_begin->exec();
    // Table and column names come from the client schema, never from the request.
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    auto it = m_inserts.find(sql);
    if (it == m_inserts.end()) {
        auto q = std::make_unique<QSqlQuery>(d);
        q->prepare(sql);
        it = m_inserts.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool ok = q.exec();
    const QString error = q.lastError().databaseText();
    m_rollback->exec();
    if (!ok)
        return Error{QStringLiteral("invalid_row"), error};
    return {};
}

} // namespace zt::server
