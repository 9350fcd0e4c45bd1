#include "storage/StationRows.h"

#include "storage/ServerDatabase.h"
#include "sync/JsonText.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace zt::server {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db.failed"), q.lastError().text()};
}

// LIKE's own wildcards in a searched text stand for themselves.
QString likeLiteral(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

} // namespace

Result<QList<StationRows::Entry>> StationRows::live(const QString &table, const QString &stationId)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, data FROM row_store WHERE tbl = ? AND station_id = ? AND deleted = 0 ORDER BY sv"));
    q.addBindValue(table);
    q.addBindValue(stationId);
    if (!q.exec())
        return sqlError(q);
    QList<Entry> rows;
    while (q.next())
        rows.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    return rows;
}

Result<QList<StationRows::Entry>> StationRows::withValue(const QString &table, const QString &stationId,
                                                         const QString &column, const QStringList &values)
{
    QList<Entry> rows;
    if (values.isEmpty())
        return rows;
    // The stored text is compact JSON (sync::JsonText or QJsonDocument::Compact): "column":"value".
    QStringList likes;
    for (int i = 0; i < values.size(); ++i)
        likes << QStringLiteral("data LIKE ? ESCAPE '\\'");
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, data FROM row_store WHERE tbl = ? AND station_id = ? AND (%1) ORDER BY sv")
                  .arg(likes.join(QStringLiteral(" OR "))));
    q.addBindValue(table);
    q.addBindValue(stationId);
    const QSet<QString> wanted(values.begin(), values.end());
    for (const QString &value : values) {
        QByteArray pair;
        sync::JsonText::appendString(pair, column);
        pair += ':';
        sync::JsonText::appendString(pair, value);
        q.addBindValue(QStringLiteral("%") + likeLiteral(QString::fromUtf8(pair)) + QStringLiteral("%"));
    }
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (wanted.contains(data.value(column).toString()))
            rows.append({q.value(0).toString(), std::move(data)});
    }
    return rows;
}

Result<QList<StationRows::Crossing>> StationRows::crossing(const QString &table, const QString &column,
                                                         const QString &namedTable)
{
    const bool pg = m_db.isPostgres();
    const QString value = pg ? QStringLiteral("((r.data::jsonb) ->> ?)") : QStringLiteral("json_extract(r.data, ?)");
    const QString owner = pg ? QStringLiteral("((r.data::jsonb) ->> 'owner_table')") : QStringLiteral("json_extract(r.data, '$.owner_table')");
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.row_id, r.station_id, t.tbl, t.row_id, t.station_id FROM row_store r "
                             "JOIN row_store t ON t.tbl = %1 AND t.row_id = %2 "
                             "WHERE r.tbl = ? AND r.station_id <> '' AND t.station_id <> '' AND t.station_id <> r.station_id "
                             "ORDER BY r.sv")
                  .arg(namedTable.isEmpty() ? owner : QStringLiteral("?"), value));
    if (!namedTable.isEmpty())
        q.addBindValue(namedTable);
    q.addBindValue(pg ? column : QStringLiteral("$.") + column);
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q);
    QList<Crossing> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return rows;
}

} // namespace zt::server
