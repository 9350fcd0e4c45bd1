// Schema migrations: every script in sql/client applies to an empty store, an older store is backed
// up and upgraded with its data, and a failed migration leaves the store at the previous version.
//
// tests/data/store-v1.sqlite is a store written by this program at schema version 1. To make it again
// (on purpose, when the version-1 write path changes): ZT_REGENERATE_FIXTURES=1 ./tst_migrations

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "setup/StationSetup.h"
#include "storage/BackupService.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeputyRepository.h"
#include "storage/Migrator.h"
#include "storage/StationRepository.h"
#include "storage/VisitRepository.h"
#include "workflow/CaseRegistration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

const char *const kStationCode = "330203006";

QString fixturePath()
{
    return QStringLiteral(ZT_SOURCE_DIR "/tests/data/store-v1.sqlite");
}

// A plain connection to a store file, closed and removed when it goes out of scope.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-") + Uuid7::generate())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    bool hasColumn(const QString &table, const QString &column) const
    {
        QSqlQuery q(db());
        // Names come from our own migration scripts.
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return false;
        while (q.next())
            if (q.value(1).toString() == column)
                return true;
        return false;
    }
    bool hasTable(const QString &table) const
    {
        QSqlQuery q(db());
        // Tables and indexes share one namespace; a migration may add only indexes.
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'index') AND name = ?"));
        q.addBindValue(table);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

private:
    QString m_name;
    bool m_open = false;
};

// The columns a migration script adds to existing tables, as (table, column).
QList<QPair<QString, QString>> columnsAddedBy(const Migration &m)
{
    QFile f(m.resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression re(QStringLiteral("ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(?:COLUMN\\s+)?(\\w+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<QPair<QString, QString>> out;
    auto it = re.globalMatch(QString::fromUtf8(f.readAll()));
    while (it.hasNext()) {
        const auto match = it.next();
        out.append({match.captured(1), match.captured(2)});
    }
    return out;
}

// The tables a migration script creates, in the order it creates them.
QStringList tablesCreatedBy(const Migration &m)
{
    QFile f(m.resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression re(
        QStringLiteral("CREATE\\s+(?:TABLE|(?:UNIQUE\\s+)?INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    auto it = re.globalMatch(QString::fromUtf8(f.readAll()));
    while (it.hasNext())
        tables << it.next().captured(1);
    return tables;
}

struct V1Content
{
    QString stationId;
    QString deputyId;
    QString visitId;
    QString caseId;
    QString caseNo;
};

// Writes a station (with its default categories), a deputy, a visit with a visitor and the deputy,
// and a case raised at that visit, through the program's own write path.
V1Content writeV1Content(Store &store)
{
    V1Content out;
    Station station;
    station.code = QString::fromLatin1(kStationCode);
    station.name = QStringLiteral("白云街道人大代表联络站");
    station.address = QStringLiteral("宁波市海曙区白云街道");
    auto setUp = StationSetup::setUp(store, station, QLatin1Char('A'));
    if (!setUp)
        qFatal("set-up failed: %s", qPrintable(setUp.error().message));
    out.stationId = setUp.value().id;

    WriteTransaction tx(store);
    Deputy deputy;
    deputy.name = QStringLiteral("王丽");
    deputy.gender = QStringLiteral("female");
    deputy.level = DeputyLevel::County;
    deputy.expertise = {QStringLiteral("教育"), QStringLiteral("法律")};
    deputy.termStart = QDate(2022, 1, 1);
    deputy.termEnd = QDate(2026, 12, 31);
    if (!DeputyRepository(store).insert(tx, deputy))
        qFatal("deputy insert failed");
    out.deputyId = deputy.id;

    Visit visit;
    visit.date = QDate(2026, 3, 2);
    visit.halfDay = HalfDay::Afternoon;
    visit.summary = QStringLiteral("反映小区停车难");
    Visitor visitor;
    visitor.name = QStringLiteral("李明");
    visitor.phone = QStringLiteral("13800000000");
    visitor.headcount = 2;
    visit.visitors = {visitor};
    visit.deputyIds = {deputy.id};
    if (!VisitRepository(store).insertWithPeople(tx, visit))
        qFatal("visit insert failed");
    out.visitId = visit.id;

    CaseRecord record;
    record.title = QStringLiteral("小区停车难");
    record.visitId = visit.id;
    record.deputyId = deputy.id;
    record.registeredOn = QDate(2026, 3, 2);
    if (Status s = CaseRegistration::registerCase(tx, station.code, record); !s)
        qFatal("case registration failed: %s", qPrintable(s.error().message));
    out.caseId = record.id;
    out.caseNo = record.caseNo;
    if (!tx.commit())
        qFatal("commit failed");
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("ZT_REGENERATE_FIXTURES") != 1)
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store-v1.sqlite"));
        Clock::setFixedNow(QDateTime(QDate(2026, 3, 2), QTime(6, 30), Qt::UTC));
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            auto opened = Store::open(path, v1);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(opened.value()->database().schemaVersion(), 1);
            writeV1Content(*opened.value());
            QSqlQuery q(opened.value()->db());
            // One self-contained file: no -wal beside it.
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        Clock::setFixedNow({});
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QDir().mkpath(QFileInfo(fixturePath()).absolutePath());
        QFile::remove(fixturePath());
        QVERIFY(QFile::copy(path, fixturePath()));
        qInfo("regenerated %s", qPrintable(fixturePath()));
    }

    void everyScriptInSqlClientIsAMigration()
    {
        // A script added to sql/client but not embedded, or misnamed, would never run.
        const QStringList files = QDir(QStringLiteral(ZT_SOURCE_DIR "/sql/client"))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QList<Migration> migrations = Migrator::available();
        QCOMPARE(migrations.size(), files.size());
        for (int i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, i + 1); // numbered 1, 2, 3... without gaps
            QCOMPARE(QFileInfo(migrations.at(i).resourcePath).fileName(), files.at(i));
        }
        QCOMPARE(Migrator::latestVersion(), files.size());
    }

    void emptyStoreGetsEveryMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
            // Nothing to lose in a new store, so nothing is backed up.
            QVERIFY(opened.value()->preMigrationBackup().isEmpty());
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        for (const Migration &m : Migrator::available()) {
            const QStringList tables = tablesCreatedBy(m);
            const QList<QPair<QString, QString>> columns = columnsAddedBy(m);
            QVERIFY2(!tables.isEmpty() || !columns.isEmpty(), qPrintable(m.resourcePath));
            for (const QString &table : tables)
                QVERIFY2(raw.hasTable(table), qPrintable(QStringLiteral("%1 from %2").arg(table, m.name)));
            for (const auto &[table, column] : columns)
                QVERIFY2(raw.hasColumn(table, column), qPrintable(QStringLiteral("%1.%2 from %3").arg(table, column, m.name)));
        }
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }

    void migrationsApplyOneVersionAtATime()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(raw.isOpen());
        QCOMPARE(Migrator::currentVersion(raw.db()), 0);
        for (const Migration &m : Migrator::available()) {
            Status s = Migrator::migrate(raw.db(), m.version);
            QVERIFY2(s.ok(), qPrintable(s.error().message));
            QCOMPARE(Migrator::currentVersion(raw.db()), m.version);
            for (const QString &table : tablesCreatedBy(m))
                QVERIFY(raw.hasTable(table));
        }
        // Migrating a store already at the latest version does nothing and succeeds.
        QVERIFY(Migrator::migrate(raw.db()).ok());
        QCOMPARE(Migrator::currentVersion(raw.db()), Migrator::latestVersion());
    }

    void olderStoreIsBackedUpThenMigratedWithItsData()
    {
        if (Migrator::latestVersion() < 2)
            QFAIL("this test needs at least two migrations");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        V1Content content;
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            auto opened = Store::open(path, v1);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(opened.value()->database().schemaVersion(), 1);
            content = writeV1Content(*opened.value());
        }
        {
            RawConnection raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }

        auto opened = Store::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Store &store = *opened.value();
        QCOMPARE(store.database().schemaVersion(), Migrator::latestVersion());

        const QString pattern = QStringLiteral("*before-v%1*").arg(Migrator::latestVersion());
        const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList({pattern}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        const QString backupPath = dir.filePath(QStringLiteral("backups/") + backups.first());
        QCOMPARE(store.database().preMigrationBackup(), backupPath);
        {
            RawConnection backup(backupPath);
            QCOMPARE(backup.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(backup.value(QStringLiteral("SELECT count(*) FROM cases")).toInt(), 1);
        }

        QCOMPARE(store.stationId(), content.stationId);
        QCOMPARE(store.deviceLetter(), QLatin1Char('A'));
        const auto deputy = DeputyRepository(store).find(content.deputyId);
        QVERIFY(deputy.has_value());
        QCOMPARE(deputy->expertise, (QStringList{QStringLiteral("教育"), QStringLiteral("法律")}));
        auto visit = VisitRepository(store).find(content.visitId);
        QVERIFY(visit.has_value());
        VisitRepository(store).loadPeople(*visit);
        QCOMPARE(visit->visitorCount, 2);
        QCOMPARE(visit->deputyIds, QStringList{content.deputyId});
        const auto record = CaseRepository(store).findByNumber(content.caseNo);
        QVERIFY(record.has_value());
        QCOMPARE(record->id, content.caseId);
        QCOMPARE(CaseEventRepository(store).listForCase(content.caseId).size(), 1);
    }

    void committedVersion1FixtureUpgrades()
    {
        QVERIFY2(QFile::exists(fixturePath()), qPrintable(fixturePath()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(QFile::copy(fixturePath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            RawConnection raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }

        auto opened = Store::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Store &store = *opened.value();
        QCOMPARE(store.database().schemaVersion(), Migrator::latestVersion());
        if (Migrator::latestVersion() > 1) {
            QVERIFY(!store.database().preMigrationBackup().isEmpty());
            QVERIFY(QFile::exists(store.database().preMigrationBackup()));
        }

        const auto station = StationRepository(store).findByCode(QString::fromLatin1(kStationCode));
        QVERIFY(station.has_value());
        QCOMPARE(store.stationId(), station->id);
        const QList<Deputy> deputies = DeputyRepository(store).listForStation(station->id);
        QCOMPARE(deputies.size(), 1);
        QCOMPARE(deputies.first().name, QStringLiteral("王丽"));
        QCOMPARE(deputies.first().termEnd, QDate(2026, 12, 31));
        QList<Visit> visits = VisitRepository(store).listOnDate(station->id, QDate(2026, 3, 2));
        QCOMPARE(visits.size(), 1);
        VisitRepository(store).loadPeople(visits.first());
        QCOMPARE(visits.first().visitors.size(), 1);
        QCOMPARE(visits.first().visitors.first().name, QStringLiteral("李明"));
        QCOMPARE(visits.first().deputyIds, QStringList{deputies.first().id});
        const auto record = CaseRepository(store).findByNumber(QStringLiteral("330203006-2026-A0001"));
        QVERIFY(record.has_value());
        QCOMPARE(record->visitId, visits.first().id);
        QCOMPARE(record->status, CaseStatus::Registered);
        const QList<CaseEvent> events = CaseEventRepository(store).listForCase(record->id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, CaseEventKind::Registered);

        // The upgraded store carries on: the next case continues the serial, and the write path works.
        WriteTransaction tx(store);
        CaseRecord next;
        next.title = QStringLiteral("路灯不亮");
        next.registeredOn = QDate(2026, 5, 6);
        QVERIFY(CaseRegistration::registerCase(tx, station->code, next).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(next.caseNo, QStringLiteral("330203006-2026-A0002"));
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        if (Migrator::latestVersion() < 2)
            QFAIL("this test needs at least two migrations");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        RawConnection raw(path);
        QVERIFY(Migrator::migrate(raw.db(), 1).ok());
        const Migration second = Migrator::available().at(1);
        const QStringList tables = tablesCreatedBy(second);
        QVERIFY(!tables.isEmpty());
        // Someone made a table of the next migration by hand; its CREATE TABLE will fail.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE %1 (x)").arg(tables.last())));

        Status s = Migrator::migrate(raw.db());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("migration.failed"));
        QCOMPARE(Migrator::currentVersion(raw.db()), 1);
        // Nothing of the failed migration stayed behind.
        for (const QString &table : tables.mid(0, tables.size() - 1))
            QVERIFY2(!raw.hasTable(table), qPrintable(table));
        // And the connection is usable: no transaction was left open.
        QVERIFY(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    }

    void failureInALaterMigrationKeepsTheEarlierOnes()
    {
        // Each migration commits on its own: from an empty store, all before the broken one stay. The
        // broken one is the last that creates a table (a table in the way breaks it).
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("store.sqlite")));
        Migration last = Migrator::available().last();
        for (const Migration &m : Migrator::available())
            if (!tablesCreatedBy(m).isEmpty())
                last = m;
        const QStringList tables = tablesCreatedBy(last);
        QVERIFY(!tables.isEmpty());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE %1 (x)").arg(tables.last())));
        Status s = Migrator::migrate(raw.db());
        QVERIFY(!s.ok());
        QCOMPARE(Migrator::currentVersion(raw.db()), last.version - 1);
    }

    void failedMigrationOnOpenIsReportedAndTheStoreKept()
    {
        if (Migrator::latestVersion() < 2)
            QFAIL("this test needs at least two migrations");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            auto opened = Store::open(path, v1);
            QVERIFY(opened.ok());
            writeV1Content(*opened.value());
            QSqlQuery q(opened.value()->db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE %1 (x)").arg(tablesCreatedBy(Migrator::available().at(1)).last())));
        }
        {
            auto opened = Store::open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("migration.failed"));
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM cases")).toInt(), 1);
        // The backup before the attempt is there too.
        QCOMPARE(BackupService::listBackups(path).size(), 1);
    }

    void migrateFalseLeavesAnOlderStoreAlone()
    {
        if (Migrator::latestVersion() < 2)
            QFAIL("this test needs at least two migrations");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            QVERIFY(Database::open(path, v1).ok());
        }
        OpenOptions noMigration;
        noMigration.migrate = false;
        auto opened = Database::open(path, noMigration);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion(), 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
