#pragma once
// Districts, stations, accounts, devices and tokens on the server. Tokens are random and stored only
// as SHA-256 hashes, so a copy of the database does not let anyone sync.

#include "common/Result.h"
#include "sync/Scope.h"

#include <QList>
#include <QString>

namespace zt::server {

class ServerDatabase;

struct DeviceInfo
{
    QString id;
    QString username;
    QString name;
    QString enrolledAt;
    QString revokedAt;
    QString lastSyncAt;
    qint64 lastDeviceSeq = 0;
};

struct Enrolment
{
    QString deviceId;
    QString refreshToken;
};

class AccountRepository
{
public:
    explicit AccountRepository(ServerDatabase &db) : m_db(db) {}

    Result<QString> addDistrict(const QString &code, const QString &name);
    // id: the station row id the clients already use (ztctl info); empty: a new one.
    Result<QString> addStation(const QString &id, const QString &code, const QString &name, const QString &districtCode);
    // kind station: scopeCode is a station code; kind district: a district code.
    Result<QString> addAccount(const QString &username, const QString &password, const QString &kind,
                               const QString &scopeCode);
    Result<QString> stationIdForCode(const QString &code) const;

    // The account id when the name and password are right (argon2id: run it outside a transaction).
    Result<QString> checkPassword(const QString &username, const QString &password) const;
    // Enrols (or re-enrols) the device under the account. The device's first mutation will carry
    // firstDeviceSeq, so the gap check starts there.
    Result<Enrolment> enrol(const QString &accountId, const QString &deviceId, const QString &deviceName,
                            qint64 firstDeviceSeq);
    Result<QString> accountIdForUser(const QString &username) const;
    Status revokeDevice(const QString &deviceId);
    QList<DeviceInfo> devices() const;

    Result<QString> issueAccessToken(const QString &deviceId, const QString &refreshToken, int ttlSeconds);
    Result<Scope> authenticate(const QString &accessToken) const;

    qint64 lastDeviceSeq(const QString &deviceId) const;
    void touch(const QString &deviceId);

    static QString tokenHash(const QString &token);

private:
    QSet<QString> stationsOf(const QString &kind, const QString &stationId, const QString &districtId) const;

    ServerDatabase &m_db;
};

} // namespace zt::server
