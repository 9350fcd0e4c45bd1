#pragma once
// What every sync test sets up once and then for each server it starts: a temporary folder, a test CA
// and, when ZT_SYNC_BACKEND=postgresql (zt_add_sync_test() registers each test twice), a private
// PostgreSQL cluster; per server, a folder of its own and, on PostgreSQL, a database of its own.
// Five test files carried the same ten lines of initTestCase and the same server set-up.

#include "PgCluster.h"
#include "ServerProcess.h"
#include "TestCa.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace zt::test {

class SyncTestBackend
{
public:
    // For initTestCase: the folder, the CA and (PostgreSQL) the cluster.
    bool start(QString *error);
    // For cleanupTestCase; the cluster also stops itself when the test dies (PgCluster's watchdog).
    void stop() { m_pg.stop(); }

    bool postgres() const { return m_postgres; }
    const TestCa &ca() const { return m_ca; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A file whose first line is the password (what `ztctl sync/join --password-file` reads); empty on failure.
    QString writePasswordFile(const QString &password) const;

    // A server set-up of its own: folder `name` (created) with the CA's certificate and, on PostgreSQL, a new
    // database named after it. Give every server of a test case its own name.
    ServerSetup serverSetup(const QString &name, QString *error = nullptr);
    // Runs the admin commands (one per element, as `zhitongche-server admin` takes them) in one `admin script`
    // run: each account costs an argon2id hash, and one process is cheaper than one per command.
    static bool runAdminScript(const ServerProcess &server, const ServerSetup &setup, const QStringList &commands,
                               QString *error);
    // A running server (set-up `name`, see serverSetup) with one district (330203 海曙区), its station
    // 330203006 白云街道 under `stationId`, and two accounts with `password`: station6 (the station's)
    // and district. What a test of one station's PCs needs; nullptr with *error on failure.
    // The admin commands of a district 330203 with an account `district` and, for each station code, a
    // station (站0, 站1, ... under the matching id) with the account station0, station1, ...
    static QStringList districtScript(const QStringList &stationIds, const QStringList &stationCodes, const QString &password);
    std::unique_ptr<ServerProcess> startStationServer(const QString &name, const QString &stationId, const QString &password,
                                                      QString *error);

private:
    QTemporaryDir m_dir;
    TestCa m_ca;
    PgCluster m_pg;
    bool m_postgres = false;
};

} // namespace zt::test
