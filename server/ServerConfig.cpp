#include "ServerConfig.h"

#include "sync/SyncLimits.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <algorithm>

namespace zt::server {

namespace {

// Decision 40: a push group holds the pushes waiting on request threads, so with one thread per core
// (2 here) a group would have 2 batches at most; a waiting thread costs no CPU.
constexpr int kMinDefaultThreads = 8;

} // namespace

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("config.not_found"), QStringLiteral("The configuration file %1 does not exist.").arg(path)};
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error{QStringLiteral("config.unreadable"), QStringLiteral("The configuration file %1 cannot be read.").arg(path)};
    const QDir base = QFileInfo(path).absoluteDir();
    auto file = [&](const QString &key) {
        const QString value = ini.value(key).toString();
        return value.isEmpty() ? value : QDir::cleanPath(base.absoluteFilePath(value));
    };

    ServerConfig c;
    const QString listen = ini.value(QStringLiteral("server/listen"), QStringLiteral("127.0.0.1")).toString();
    if (!c.listenAddress.setAddress(listen))
        return Error{QStringLiteral("config.bad_listen"), QStringLiteral("server/listen is not an IP address: %1").arg(listen)};
    bool ok = false;
    const int port = ini.value(QStringLiteral("server/port"), 8443).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error{QStringLiteral("config.bad_port"), QStringLiteral("server/port must be 0..65535.")};
    c.port = quint16(port);
    const int threads = ini.value(QStringLiteral("server/threads"), 0).toInt(&ok);
    if (!ok || threads < 0 || threads > 256)
        return Error{QStringLiteral("config.bad_threads"), QStringLiteral("server/threads must be 0..256 (0 = one per core, at least 8).")};
    c.threads = threads > 0 ? threads : std::max(kMinDefaultThreads, QThread::idealThreadCount());
    c.certificateFile = file(QStringLiteral("server/certificate"));
    c.keyFile = file(QStringLiteral("server/key"));
    if (c.certificateFile.isEmpty() != c.keyFile.isEmpty())
        return Error{QStringLiteral("config.half_tls"), QStringLiteral("Give both server/certificate and server/key, or neither.")};
    c.maxBodyBytes = ini.value(QStringLiteral("server/max_body_bytes"), c.maxBodyBytes).toLongLong();
    c.accessTokenSeconds = ini.value(QStringLiteral("server/access_token_seconds"), c.accessTokenSeconds).toInt();
    c.bootstrapTokenSeconds = ini.value(QStringLiteral("sync/bootstrap_token_seconds"), c.bootstrapTokenSeconds).toInt();
    c.minClientSchema = ini.value(QStringLiteral("sync/min_client_schema"), c.minClientSchema).toInt();
    c.pageRowsForm = ini.value(QStringLiteral("sync/page_rows_form"), c.pageRowsForm).toBool();
    c.pushMaxMutations = ini.value(QStringLiteral("sync/push_max_mutations"), c.pushMaxMutations).toInt(&ok);
    if (!ok || c.pushMaxMutations < 0 || c.pushMaxMutations > sync::kMaxServerBatchMutations)
        return Error{QStringLiteral("config.bad_limit"),
                     QStringLiteral("sync/push_max_mutations must be 0..%1.").arg(sync::kMaxServerBatchMutations)};
    if (c.pushMaxMutations == 0) {
        c.pushMaxMutations = sync::kMaxBatchMutations;
        c.announcePushLimit = false;
    }
    if (c.maxBodyBytes < 1024 || c.accessTokenSeconds < 1)
        return Error{QStringLiteral("config.bad_limit"), QStringLiteral("max_body_bytes or access_token_seconds is too small.")};

    c.databaseKind = ini.value(QStringLiteral("database/kind"), c.databaseKind).toString();
    if (c.databaseKind != QLatin1String("sqlite") && c.databaseKind != QLatin1String("postgresql"))
        return Error{QStringLiteral("config.bad_database"), QStringLiteral("database/kind must be sqlite or postgresql.")};
    c.sqlitePath = file(QStringLiteral("database/path"));
    const QString synchronous = ini.value(QStringLiteral("database/synchronous"), QStringLiteral("full")).toString().toLower();
    if (synchronous != QLatin1String("full") && synchronous != QLatin1String("normal"))
        return Error{QStringLiteral("config.bad_database"), QStringLiteral("database/synchronous must be full or normal.")};
    c.sqliteFullSync = synchronous == QLatin1String("full");
    if (!c.isPostgres() && c.sqlitePath.isEmpty())
        return Error{QStringLiteral("config.no_database"), QStringLiteral("database/path is missing (the SQLite file).")};
    c.pgHost = ini.value(QStringLiteral("database/host"), c.pgHost).toString();
    c.pgPort = ini.value(QStringLiteral("database/port"), c.pgPort).toInt();
    c.pgDatabase = ini.value(QStringLiteral("database/name"), c.pgDatabase).toString();
    c.pgUser = ini.value(QStringLiteral("database/user"), c.pgUser).toString();
    c.pgPassword = ini.value(QStringLiteral("database/password")).toString();
    c.logFile = file(QStringLiteral("log/file"));
    c.blobDir = file(QStringLiteral("blobs/path"));
    if (c.blobDir.isEmpty())
        c.blobDir = base.absoluteFilePath(QStringLiteral("blobs"));
    c.maintenanceFile = file(QStringLiteral("server/maintenance_file"));
    c.maintenanceRetryAfterSeconds =
        ini.value(QStringLiteral("server/maintenance_retry_after"), c.maintenanceRetryAfterSeconds).toInt();
    if (c.maintenanceRetryAfterSeconds < 1)
        return Error{QStringLiteral("config.bad_limit"), QStringLiteral("maintenance_retry_after must be at least 1 second.")};
    return c;
}

} // namespace zt::server
