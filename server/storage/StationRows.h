#pragma once
// Reads of one station's rows in the row store by what they hold, for the server's own decisions
// (decision 33: a moved case's references and the rows that move with it). Not on the push path of
// ordinary mutations: only a move asks.

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zt::server {

class ServerDatabase;

class StationRows
{
public:
    explicit StationRows(ServerDatabase &db) : m_db(db) {}

    struct Entry
    {
        QString rowId;
        QJsonObject data;
    };
    // Live (not deleted) rows of a table at a station. For the small tables a reference names
    // (category, department, deputy): a station has tens of them.
    Result<QList<Entry>> live(const QString &table, const QString &stationId);
    // Rows (deleted ones too) of a table at a station whose column holds one of the values; the
    // stored text is searched first, then each candidate's parsed value is compared exactly.
    Result<QList<Entry>> withValue(const QString &table, const QString &stationId, const QString &column,
                                   const QStringList &values);

    // A row whose reference column names a stored row of another station (rows written before
    // decisions 34 and 42 refused that): for the admin's `cross-station` listing, not the push.
    struct Crossing
    {
        QString rowId;
        QString stationId;
        QString namedTable;
        QString namedId;
        QString namedStationId;
    };
    // Rows of the table whose column names a row of namedTable (empty: the table the row's
    // owner_table says) at another station; rows in no station's scope (an ended visit link) aside.
    // One statement: a scan of the table's rows, each reference looked up by the primary key.
    Result<QList<Crossing>> crossing(const QString &table, const QString &column, const QString &namedTable);

private:
    ServerDatabase &m_db;
};

} // namespace zt::server
