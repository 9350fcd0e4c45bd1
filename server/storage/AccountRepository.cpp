#include "storage/AccountRepository.h"

#include "common/Uuid7.h"
#include "security/PasswordHasher.h"
#include "storage/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace zt::server {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db.failed"), q.lastError().text()};
}

} // namespace

QString AccountRepository::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> AccountRepository::addDistrict(const QString &code, const QString &name)
{
    const QString id = Uuid7::generate();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO district (id, code, name) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(code);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    return id;
}

Result<QString> AccountRepository::addStation(const QString &id, const QString &code, const QString &name,
                                              const QString &districtCode)
{
    QSqlQuery d(m_db.db());
    d.prepare(QStringLiteral("SELECT id FROM district WHERE code = ?"));
    d.addBindValue(districtCode);
    if (!d.exec() || !d.next())
        return Error{QStringLiteral("admin.no_district"), QStringLiteral("No district with code %1.").arg(districtCode)};
    const QString stationId = id.isEmpty() ? Uuid7::generate() : id;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO station (id, code, name, district_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(stationId);
    q.addBindValue(code);
    q.addBindValue(name);
    q.addBindValue(d.value(0).toString());
    if (!q.exec())
        return sqlError(q);
    return stationId;
}

Result<QString> AccountRepository::stationIdForCode(const QString &code) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id FROM station WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("admin.no_station"), QStringLiteral("No station with code %1.").arg(code)};
    return q.value(0).toString();
}

Result<QString> AccountRepository::addAccount(const QString &username, const QString &password, const QString &kind,
                                              const QString &scopeCode)
{
    QString stationId;
    QString districtId;
    if (kind == QLatin1String("station")) {
        auto s = stationIdForCode(scopeCode);
        if (!s)
            return s.error();
        stationId = s.value();
    } else if (kind == QLatin1String("district")) {
        QSqlQuery d(m_db.db());
        d.prepare(QStringLiteral("SELECT id FROM district WHERE code = ?"));
        d.addBindValue(scopeCode);
        if (!d.exec() || !d.next())
            return Error{QStringLiteral("admin.no_district"), QStringLiteral("No district with code %1.").arg(scopeCode)};
        districtId = d.value(0).toString();
    } else {
        return Error{QStringLiteral("admin.bad_kind"), QStringLiteral("An account is a station or a district account.")};
    }
    if (password.size() < 8)
        return Error{QStringLiteral("admin.weak_password"), QStringLiteral("The password needs at least 8 characters.")};
    const QString hash = PasswordHasher::hash(password, PasswordHasher::Strength::Interactive);
    if (hash.isEmpty())
        return Error{QStringLiteral("admin.hash_failed"), QStringLiteral("Hashing the password failed (out of memory).")};
    const QString id = Uuid7::generate();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO account (id, username, password_hash, kind, station_id, district_id, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(username);
    q.addBindValue(hash);
    q.addBindValue(kind);
    q.addBindValue(stationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stationId));
    q.addBindValue(districtId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(districtId));
    q.addBindValue(now());
    if (!q.exec())
        return sqlError(q);
    return id;
}

Result<QString> AccountRepository::accountIdForUser(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("admin.no_account"), QStringLiteral("No account %1.").arg(username)};
    return q.value(0).toString();
}

Result<QString> AccountRepository::checkPassword(const QString &username, const QString &password) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, password_hash, active FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(q);
    // The same answer, and a hash computed either way, whether the name or the password is wrong.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("not a password"));
    const bool found = q.next();
    const bool good = PasswordHasher::verify(password, found ? q.value(1).toString() : dummy);
    if (!found || !good || q.value(2).toInt() == 0)
        return Error{QStringLiteral("auth.bad_credentials"), QStringLiteral("wrong user name or password")};
    return q.value(0).toString();
}

Result<Enrolment> AccountRepository::enrol(const QString &accountId, const QString &deviceId, const QString &deviceName,
                                           qint64 firstDeviceSeq)
{
    const QString id = deviceId.isEmpty() ? Uuid7::generate() : deviceId;
    const QString name = deviceName.isNull() ? QStringLiteral("") : deviceName;
    const QString token = randomToken();
    QSqlQuery existing(m_db.db());
    existing.prepare(QStringLiteral("SELECT account_id, revoked_at FROM device WHERE id = ?"));
    existing.addBindValue(id);
    if (!existing.exec())
        return sqlError(existing);
    QSqlQuery q(m_db.db());
    if (existing.next()) {
        if (existing.value(0).toString() != accountId || !existing.value(1).isNull())
            return Error{QStringLiteral("auth.device_taken"),
                         QStringLiteral("this device id is revoked or enrolled with another account; enrol with a new device id")};
        // Signing in again on the same device keeps its mutation counter; only the token changes.
        q.prepare(QStringLiteral("UPDATE device SET refresh_token_hash = ?, name = ? WHERE id = ?"));
        q.addBindValue(tokenHash(token));
        q.addBindValue(name);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO device (id, account_id, name, refresh_token_hash, last_device_seq, enrolled_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(accountId);
        q.addBindValue(name);
        q.addBindValue(tokenHash(token));
        q.addBindValue(std::max<qint64>(0, firstDeviceSeq - 1));
        q.addBindValue(now());
    }
    if (!q.exec())
        return sqlError(q);
    return Enrolment{id, token};
}

Status AccountRepository::revokeDevice(const QString &deviceId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("admin.no_device"), QStringLiteral("No enrolled device %1.").arg(deviceId)};
    QSqlQuery t(m_db.db());
    t.prepare(QStringLiteral("DELETE FROM access_token WHERE device_id = ?"));
    t.addBindValue(deviceId);
    t.exec();
    return {};
}

QList<DeviceInfo> AccountRepository::devices() const
{
    QList<DeviceInfo> list;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT d.id, a.username, d.name, d.enrolled_at, d.revoked_at, d.last_sync_at, d.last_device_seq "
                          "FROM device d JOIN account a ON a.id = d.account_id ORDER BY a.username, d.enrolled_at"));
    while (q.next())
        list.append(DeviceInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    return list;
}

Result<QString> AccountRepository::issueAccessToken(const QString &deviceId, const QString &refreshToken, int ttlSeconds)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT d.refresh_token_hash, d.revoked_at, a.active FROM device d "
                             "JOIN account a ON a.id = d.account_id WHERE d.id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).toString() != tokenHash(refreshToken) || !q.value(1).isNull() || q.value(2).toInt() == 0)
        return Error{QStringLiteral("auth.bad_refresh_token"), QStringLiteral("the device is not enrolled or was revoked")};
    // End the read before writing: on SQLite an open read would have to become a write, which fails
    // at once (no busy wait) when another server thread committed in between.
    q.finish();
    const QString token = randomToken();
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    QSqlQuery purge(m_db.db());
    purge.prepare(QStringLiteral("DELETE FROM access_token WHERE expires_at < ?"));
    purge.addBindValue(nowSecs);
    purge.exec();
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO access_token (token_hash, device_id, expires_at) VALUES (?, ?, ?)"));
    insert.addBindValue(tokenHash(token));
    insert.addBindValue(deviceId);
    insert.addBindValue(nowSecs + ttlSeconds);
    if (!insert.exec())
        return sqlError(insert);
    return token;
}

QSet<QString> AccountRepository::stationsOf(const QString &kind, const QString &stationId, const QString &districtId) const
{
    QSet<QString> ids;
    if (kind == QLatin1String("station")) {
        ids.insert(stationId);
        return ids;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id FROM station WHERE district_id = ?"));
    q.addBindValue(districtId);
    q.exec();
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Result<Scope> AccountRepository::authenticate(const QString &accessToken) const
{
    // Every sync request runs this: kept prepared (on PostgreSQL a one-off prepared statement costs
    // three round trips: PREPARE, EXECUTE, DEALLOCATE).
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT t.device_id, t.expires_at, d.revoked_at, a.id, a.username, a.kind, "
                                              "a.station_id, a.district_id, a.active FROM access_token t "
                                              "JOIN device d ON d.id = t.device_id JOIN account a ON a.id = d.account_id "
                                              "WHERE t.token_hash = ?"));
    q.bindValue(0, tokenHash(accessToken));
    if (!q.exec())
        return sqlError(q);
    const bool valid = q.next() && q.value(1).toLongLong() >= QDateTime::currentSecsSinceEpoch() && q.value(2).isNull()
                       && q.value(8).toInt() != 0;
    Scope scope;
    QString stationId, districtId;
    if (valid) {
        scope.deviceId = q.value(0).toString();
        scope.accountId = q.value(3).toString();
        scope.username = q.value(4).toString();
        scope.kind = q.value(5).toString();
        stationId = q.value(6).toString();
        districtId = q.value(7).toString();
    }
    q.finish();
    if (!valid)
        return Error{QStringLiteral("auth.bad_token"), QStringLiteral("the access token is unknown, expired or revoked")};
    scope.stationIds = stationsOf(scope.kind, stationId, districtId);
    return scope;
}

qint64 AccountRepository::lastDeviceSeq(const QString &deviceId) const
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT last_device_seq FROM device WHERE id = ?"));
    q.bindValue(0, deviceId);
    const qint64 last = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return last;
}

void AccountRepository::touch(const QString &deviceId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE device SET last_sync_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    q.exec();
}

} // namespace zt::server
