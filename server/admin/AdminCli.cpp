#include "admin/AdminCli.h"

#include "ServerConfig.h"
#include "admin/BlobCollector.h"
#include "common/Uuid7.h"
#include "security/PasswordHasher.h"
#include "storage/AccountRepository.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "storage/StationRows.h"
#include "storage/SyncedTables.h"
#include "storage/TombstoneRepository.h"
#include "sync/ReferenceScopeGuard.h"
#include "sync/HybridClock.h"
#include "sync/RowValidator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <cstdio>

namespace zt::server {

namespace {

const char *kUsage =
    "Usage: zhitongche-server admin --config FILE COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  district add --code CODE --name NAME\n"
    "  station add --code CODE --name NAME --district CODE [--id STATION_ROW_ID]\n"
    "  account add --username NAME --kind station|district --scope CODE (--password P | --password-file FILE)\n"
    "  user add --station CODE --username NAME --name DISPLAY --role ROLE (--password P | --password-file FILE)\n"
    "  device enrol --account NAME [--name LABEL] [--device-id ID]   prints the device id and refresh token\n"
    "  device revoke --device ID\n"
    "  device list\n"
    "  purge-tombstones --older-than DAYS   removes deletes and revokes older than DAYS (protocol: 365); PCs that\n"
    "                  had not pulled them bootstrap again (410). Run it daily: the first run with DAYS > 0 only notes the time\n"
    "  gc-blobs [--grace-hours N] [--dry-run]   deletes attachments' bytes no live attachment names, and uploads\n"
    "                  abandoned, older than N hours (default 168); prints what it frees\n"
    "  cross-station   lists rows that name a row of another station (written before decisions 34 and 42);\n"
    "                  changes nothing\n"
    "  script FILE     one of the commands above a line (\"double quotes\" around spaces, '#' starts a comment), stopping at the first failure\n";

int usage(const QString &why)
{
    QTextStream err(stderr);
    err << "zhitongche-server admin: " << why << "\n\n" << kUsage;
    return 2;
}

int failed(const Error &e)
{
    QTextStream(stderr) << "zhitongche-server admin: " << e.message << " (" << e.code << ")\n";
    return 1;
}

QString password(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("password-file"))) {
        QFile f(p.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    return p.value(QStringLiteral("password"));
}

// A staff user is an app_user row like any other: it reaches every device of its station by pull,
// so staff can sign in offline against the argon2id hash.
int addUser(ServerDatabase &db, const QCommandLineParser &p)
{
    AccountRepository accounts(db);
    auto station = accounts.stationIdForCode(p.value(QStringLiteral("station")));
    if (!station)
        return failed(station.error());
    const QString pw = password(p);
    if (pw.size() < 8)
        return failed({QStringLiteral("admin.weak_password"), QStringLiteral("The password needs at least 8 characters.")});
    RowValidator validator;
    if (Status s = validator.init(); !s)
        return failed(s.error());
    StoredRow row;
    row.stationId = station.value();
    row.data = QJsonObject{{QStringLiteral("station_id"), station.value()},
                           {QStringLiteral("username"), p.value(QStringLiteral("username"))},
                           {QStringLiteral("display_name"), p.value(QStringLiteral("name"))},
                           {QStringLiteral("role"), p.value(QStringLiteral("role"))},
                           {QStringLiteral("password_hash"), PasswordHasher::hash(pw)},
                           {QStringLiteral("active"), 1},
                           {QStringLiteral("hlc"), HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0,
                                                                       QStringLiteral("server"))}};
    const QString id = Uuid7::generate();
    if (Status s = validator.check(QStringLiteral("app_user"), id, row.data); !s)
        return failed(s.error());
    if (Status s = db.beginWrite(); !s)
        return failed(s.error());
    auto seq = db.nextSeq();
    if (!seq) {
        db.rollback();
        return failed(seq.error());
    }
    row.sv = seq.value();
    for (auto it = row.data.constBegin(); it != row.data.constEnd(); ++it) {
        row.fieldSv.insert(it.key(), row.sv);
        row.fieldBy.insert(it.key(), QStringLiteral("server"));
    }
    RowStore rows(db);
    if (Status s = rows.put(QStringLiteral("app_user"), id, row); !s) {
        db.rollback();
        return failed(s.error());
    }
    if (Status s = db.commit(); !s)
        return failed(s.error());
    QTextStream(stdout) << id << '\n';
    return 0;
}

int purgeTombstones(ServerDatabase &db, const QCommandLineParser &p)
{
    bool ok = false;
    const int days = p.value(QStringLiteral("older-than")).toInt(&ok);
    if (!ok || days < 0)
        return usage(QStringLiteral("--older-than DAYS (a whole number >= 0) is missing"));
    auto purged = TombstoneRepository(db).purge(days);
    if (!purged)
        return failed(purged.error());
    QTextStream out(stdout);
    out << "purged " << purged->rows << " deleted rows and " << purged->revokes << " revokes up to seq " << purged->upTo
        << "\nhorizon " << purged->horizon << " (was " << purged->horizonBefore
        << "): a PC whose pull cursor is below it bootstraps again\n";
    if (purged->upTo == 0 && days > 0)
        out << "nothing is " << days << " days old yet by this command's own notes: run it daily (cron, systemd timer)\n";
    return 0;
}

int collectBlobs(const ServerConfig &config, ServerDatabase &db, const QCommandLineParser &p)
{
    bool ok = true;
    const int hours = p.isSet(QStringLiteral("grace-hours")) ? p.value(QStringLiteral("grace-hours")).toInt(&ok) : 168;
    if (!ok || hours < 0)
        return usage(QStringLiteral("--grace-hours takes a whole number >= 0"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto collected = BlobCollector(db, config.blobDir).run(hours, dryRun);
    if (!collected)
        return failed(collected.error());
    QTextStream out(stdout);
    for (const QString &line : std::as_const(collected->lines))
        out << line << '\n';
    out << (dryRun ? "would free " : "freed ") << collected->bytes << " bytes: " << collected->blobs
        << " blobs no attachment names, " << collected->strayFiles << " stray files, " << collected->partials
        << " abandoned uploads\n";
    return 0;
}

int listCrossStation(ServerDatabase &db)
{
    // Each reference column the push checks (decision 34), one statement each.
    StationRows lookup(db);
    QTextStream out(stdout);
    out << "table\trow_id\tstation_id\tcolumn\tnames_table\tnames_row_id\tnames_station_id\n";
    int found = 0;
    for (const QString &table : SyncedTables::names()) {
        for (const ReferenceScopeGuard::Reference &r : ReferenceScopeGuard::referencesOf(table)) {
            auto rows = lookup.crossing(table, r.column, r.table);
            if (!rows)
                return failed(rows.error());
            for (const StationRows::Crossing &c : rows.value())
                out << table << '\t' << c.rowId << '\t' << c.stationId << '\t' << r.column << '\t' << c.namedTable << '\t'
                    << c.namedId << '\t' << c.namedStationId << '\n';
            found += int(rows->size());
        }
    }
    out << found << " rows name a row of another station";
    if (found > 0)
        out << ": their station's PCs keep them aside (decision 33); change them on a PC of the district";
    out << '\n';
    return 0;
}

} // namespace

int AdminCli::run(const QStringList &arguments)
{
    const int configAt = int(arguments.indexOf(QStringLiteral("--config")));
    if (configAt < 0 || configAt + 1 >= arguments.size())
        return usage(QStringLiteral("--config FILE is missing"));
    QStringList rest = arguments;
    const QString configFile = rest.takeAt(configAt + 1);
    rest.removeAt(configAt);
    auto config = ServerConfig::load(configFile);
    if (!config)
        return failed(config.error());
    auto db = ServerDatabase::open(config.value());
    if (!db)
        return failed(db.error());
    if (rest.value(0) != QLatin1String("script"))
        return runOne(config.value(), *db.value(), rest);
    if (rest.size() != 2)
        return usage(QStringLiteral("script takes one file"));
    QFile script(rest.at(1));
    if (!script.open(QIODevice::ReadOnly | QIODevice::Text))
        return failed({QStringLiteral("admin.no_script"), QStringLiteral("Cannot read %1.").arg(rest.at(1))});
    int lineNo = 0;
    while (!script.atEnd()) {
        const QString line = QString::fromUtf8(script.readLine()).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (const int rc = runOne(config.value(), *db.value(), QProcess::splitCommand(line)); rc != 0) {
            QTextStream(stderr) << "zhitongche-server admin: stopped at line " << lineNo << " of " << rest.at(1) << '\n';
            return rc;
        }
    }
    return 0;
}

int AdminCli::runOne(const ServerConfig &config, ServerDatabase &database, const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"code", "name", "district", "id", "username", "kind", "scope", "password",
                             "password-file", "station", "role", "account", "device-id", "device", "older-than",
                             "grace-hours"})
        p.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("dry-run")));
    if (!p.parse(QStringList{QStringLiteral("admin")} + arguments))
        return usage(p.errorText());
    const QStringList words = p.positionalArguments();
    if (words == QStringList{QStringLiteral("purge-tombstones")})
        return purgeTombstones(database, p);
    if (words == QStringList{QStringLiteral("gc-blobs")})
        return collectBlobs(config, database, p);
    if (words == QStringList{QStringLiteral("cross-station")})
        return listCrossStation(database);
    if (words.size() != 2)
        return usage(QStringLiteral("say what and what to do, e.g. 'device list'"));
    ServerDatabase *db = &database;
    AccountRepository accounts(*db);
    const QString command = words.join(QLatin1Char(' '));
    auto need = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *n : names)
            if (p.value(QString::fromLatin1(n)).isEmpty())
                return QStringLiteral("--%1 is missing").arg(QLatin1String(n));
        return {};
    };
    QTextStream out(stdout);
    if (command == QLatin1String("district add")) {
        if (QString why = need({"code", "name"}); !why.isEmpty())
            return usage(why);
        auto id = accounts.addDistrict(p.value(QStringLiteral("code")), p.value(QStringLiteral("name")));
        if (!id)
            return failed(id.error());
        out << id.value() << '\n';
        return 0;
    }
    if (command == QLatin1String("station add")) {
        if (QString why = need({"code", "name", "district"}); !why.isEmpty())
            return usage(why);
        auto id = accounts.addStation(p.value(QStringLiteral("id")), p.value(QStringLiteral("code")),
                                      p.value(QStringLiteral("name")), p.value(QStringLiteral("district")));
        if (!id)
            return failed(id.error());
        out << id.value() << '\n';
        return 0;
    }
    if (command == QLatin1String("account add")) {
        if (QString why = need({"username", "kind", "scope"}); !why.isEmpty())
            return usage(why);
        auto id = accounts.addAccount(p.value(QStringLiteral("username")), password(p), p.value(QStringLiteral("kind")),
                                      p.value(QStringLiteral("scope")));
        if (!id)
            return failed(id.error());
        out << id.value() << '\n';
        return 0;
    }
    if (command == QLatin1String("user add")) {
        if (QString why = need({"station", "username", "name", "role"}); !why.isEmpty())
            return usage(why);
        return addUser(*db, p);
    }
    if (command == QLatin1String("device enrol")) {
        if (QString why = need({"account"}); !why.isEmpty())
            return usage(why);
        auto account = accounts.accountIdForUser(p.value(QStringLiteral("account")));
        if (!account)
            return failed(account.error());
        auto enrolled = accounts.enrol(account.value(), p.value(QStringLiteral("device-id")), p.value(QStringLiteral("name")), 1);
        if (!enrolled)
            return failed(enrolled.error());
        out << "device_id=" << enrolled->deviceId << "\nrefresh_token=" << enrolled->refreshToken << '\n';
        return 0;
    }
    if (command == QLatin1String("device revoke")) {
        if (QString why = need({"device"}); !why.isEmpty())
            return usage(why);
        if (Status s = accounts.revokeDevice(p.value(QStringLiteral("device"))); !s)
            return failed(s.error());
        out << "revoked " << p.value(QStringLiteral("device")) << '\n';
        return 0;
    }
    if (command == QLatin1String("device list")) {
        out << "device_id\taccount\tname\tenrolled_at\tlast_sync_at\tlast_device_seq\trevoked_at\n";
        for (const DeviceInfo &d : accounts.devices())
            out << d.id << '\t' << d.username << '\t' << d.name << '\t' << d.enrolledAt << '\t'
                << (d.lastSyncAt.isEmpty() ? QStringLiteral("never") : d.lastSyncAt) << '\t' << d.lastDeviceSeq << '\t'
                << (d.revokedAt.isEmpty() ? QStringLiteral("-") : d.revokedAt) << '\n';
        return 0;
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace zt::server
