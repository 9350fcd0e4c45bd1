#include "storage/Store.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "refdata/ReferenceDataLoader.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt {

Store::Store(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options)
{
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    std::unique_ptr<Store> store(new Store(std::move(database.value())));
    store->m_synced.load(store->db());
    // Reference data (divisions, holidays) ships with the program; when unchanged this is one tiny query.
    if (options.migrate && store->m_database->schemaVersion() >= 2) {
        if (Status s = ReferenceDataLoader::ensureLoaded(store->db()); !s)
            return s.error();
    }
    // A bulk load that crashed left rows unindexed for search; index them now (cheap when there are none).
    if (store->m_database->schemaVersion() == Migrator::latestVersion()) {
        if (Status s = CaseSearchIndex::catchUp(store->db()); !s)
            return s.error();
    }
    if (store->m_database->schemaVersion() >= 1) {
        Status device = store->loadDevice();
        if (!device)
            return device.error();
    }
    return store;
}

Status Store::loadDevice()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT device_id, station_id, device_letter, last_hlc FROM device WHERE singleton = 1"));
    if (!q.next()) {
        // First open of a new store: this installation gets its device identity now.
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO device (singleton, device_id, created_at) VALUES (1, ?, ?)"));
        insert.addBindValue(Uuid7::generate());
        insert.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return Error{QStringLiteral("store.write_failed"), insert.lastError().text()};
        return loadDevice();
    }
    m_deviceId = q.value(0).toString();
    m_stationId = q.value(1).toString();
    const QString letter = q.value(2).toString();
    m_deviceLetter = letter.isEmpty() ? QLatin1Char('A') : letter.at(0);
    m_clock.setDeviceId(m_deviceId);
    m_clock.merge(q.value(3).toString());
    return {};
}

Status Store::changeDeviceId(const QString &deviceId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE device SET device_id = ? WHERE singleton = 1"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Error{QStringLiteral("store.write_failed"), q.lastError().text()};
    m_deviceId = deviceId;
    m_clock.setDeviceId(deviceId);
    return {};
}

Status Store::setUpDevice(const QString &stationId, QChar letter)
{
    const QChar upper = letter.toUpper();
    if (upper < QLatin1Char('A') || upper > QLatin1Char('Z'))
        return Error{QStringLiteral("device.bad_letter"),
                     tr("The device letter must be one letter from A to Z.")};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE device SET station_id = ?, device_letter = ? WHERE singleton = 1"));
    q.addBindValue(stationId);
    q.addBindValue(QString(upper));
    if (!q.exec())
        return Error{QStringLiteral("store.write_failed"), q.lastError().text()};
    m_stationId = stationId;
    m_deviceLetter = upper;
    return {};
}

QSqlQuery &Store::cachedQuery(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

void Store::notifyChanged(const QHash<QString, QStringList> &idsByTable)
{
    for (auto it = idsByTable.constBegin(); it != idsByTable.constEnd(); ++it)
        emit changed(it.key(), it.value());
}

} // namespace zt
