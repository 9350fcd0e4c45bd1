#pragma once
// The open local store as the rest of the program sees it: the database, this device's identity,
// the signed-in user, the clock, and one signal that tells models what changed.

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/SyncedTables.h"
#include "sync/HybridClock.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <memory>
#include <unordered_map>

namespace zt {

class Store : public QObject
{
    Q_OBJECT
public:
    ~Store() override;

    static Result<std::unique_ptr<Store>> open(const QString &path, const OpenOptions &options = {});

    QSqlDatabase db() const { return m_database->connection(); }
    Database &database() { return *m_database; }
    QString path() const { return m_database->path(); }

    QString deviceId() const { return m_deviceId; }
    QString stationId() const { return m_stationId; }
    QChar deviceLetter() const { return m_deviceLetter; }
    bool isSetUp() const { return !m_stationId.isEmpty(); }
    // Binds this PC to a station with a letter (A-Z) for its case numbers; done once at set-up.
    Status setUpDevice(const QString &stationId, QChar letter);
    // A new device identity for this store (after a fork: the file was copied to another PC or restored
    // from a backup, and the copy synced first). The outbox and its device_seq counter stay.
    Status changeDeviceId(const QString &deviceId);

    QString currentUserId() const { return m_currentUserId; }
    void setCurrentUserId(const QString &userId) { m_currentUserId = userId; }

    HybridClock &clock() { return m_clock; }
    const SyncedTables &syncedTables() const { return m_synced; }

    // A prepared statement for this connection, kept for reuse: preparing dominates the cost of small
    // writes (about 30 % of a bulk load was SQLite parsing the same INSERT again). Bind with
    // bindValue(index, ...) and finish() a SELECT when done with it.
    // The reference stays valid while the store is open (statement shapes are few and fixed in code).
    QSqlQuery &cachedQuery(const QString &sql);

    // Called by WriteTransaction after a commit; models listen to changed().
    void notifyChanged(const QHash<QString, QStringList> &idsByTable);

signals:
    void changed(const QString &table, const QStringList &ids);

private:
    explicit Store(std::unique_ptr<Database> database);
    Status loadDevice();

    std::unique_ptr<Database> m_database;
    // Declared after m_database so the statements are finalised before the connection closes.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    SyncedTables m_synced;
    HybridClock m_clock;
    QString m_deviceId;
    QString m_stationId;
    QChar m_deviceLetter = QLatin1Char('A');
    QString m_currentUserId;
};

} // namespace zt
