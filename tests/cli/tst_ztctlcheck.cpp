// `ztctl check` on tampered copies of one store: each kind of damage (the file, references, the audit
// chain altered, cut in the middle or at its end, holes and reused numbers in the sync outbox) is
// named in plain words with what to do, and an untouched copy passes.

#include "ZtctlProcess.h"

#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "security/UserAdmin.h"
#include "setup/StationSetup.h"
#include "storage/AuditLog.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {

// Runs SQL on a copy as someone with the sqlite3 tool would: the app's triggers are dropped first.
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

class TestZtctlCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_original, path))
            qFatal("cannot copy the store");
        return path;
    }

private slots:
    // One store with users (audit entries), cases and their outbox, closed cleanly.
    void initTestCase()
    {
        m_original = m_dir.filePath(QStringLiteral("original.sqlite"));
        auto opened = Store::open(m_original);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Store &store = *opened.value();
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        QVERIFY(StationSetup::setUp(store, station).ok());
        auto admin = UserAdmin(store).createUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
                                                 QStringLiteral("admin-pass-1"));
        QVERIFY(admin.ok());
        store.setCurrentUserId(admin->id);
        for (const QString &name : {QStringLiteral("head"), QStringLiteral("staff")})
            QVERIFY(UserAdmin(store).createUser(name, name, Role::StationStaff, QStringLiteral("staff-pass-1")).ok());
        store.setCurrentUserId({});
        for (int i = 0; i < 3; ++i) {
            WriteTransaction tx(store);
            CaseRecord c;
            c.title = QStringLiteral("井盖松动 %1").arg(i);
            QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(AuditLog(store).recent(10).size() >= 3);
        opened.value().reset();
    }

    void anUntouchedCopyPasses()
    {
        const Run run = ztctl({QStringLiteral("check"), QStringLiteral("--db"), copy()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("All 4 checks passed.")));
    }

    void eachDamageIsNamed_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("expected");
        const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
        const QString dropDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");
        QTest::newRow("audit entry altered")
            << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET detail = 'username=nobody' WHERE seq = 2")}
            << QStringLiteral("Audit log: entry 2 was changed or removed after it was written");
        QTest::newRow("audit entry removed")
            << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE seq = 2")}
            << QStringLiteral("Audit log: entry 3 was changed or removed after it was written");
        QTest::newRow("newest audit entry removed")
            << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")}
            << QStringLiteral("the newest entries, from entry");
        QTest::newRow("audit entry time moved")
            << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE seq = 1")}
            << QStringLiteral("Audit log: entry 1 was changed");
        QTest::newRow("reference to a missing record")
            << QStringList{QStringLiteral("UPDATE cases SET department_id = 'no-such-department' WHERE rowid = 1")}
            << QStringLiteral("References between records: 1 record points to records that do not exist");
        QTest::newRow("hole in the outbox")
            << QStringList{QStringLiteral("DELETE FROM sync_outbox WHERE device_seq = (SELECT min(device_seq) + 1 FROM sync_outbox)")}
            << QStringLiteral("are missing, so the server would wait for them forever");
        QTest::newRow("outbox number reused")
            << QStringList{QStringLiteral("UPDATE device SET next_device_seq = 1")}
            << QStringLiteral("which is already taken");
        QTest::newRow("outbox change without its record")
            << QStringList{QStringLiteral("UPDATE sync_outbox SET row_id = 'no-such-case' "
                                          "WHERE device_seq = (SELECT max(device_seq) FROM sync_outbox WHERE tbl = 'cases')")}
            << QStringLiteral("describe records of cases that are not in the store");
    }

    void eachDamageIsNamed()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, expected);
        const QString path = copy();
        QVERIFY(tamper(path, statements));
        const Run run = ztctl({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        // Every finding says what to do, with the command to run.
        QVERIFY2(run.out.contains(QLatin1String("ztctl restore --db")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("checks found problems")), qPrintable(run.err));
    }

    void aDamagedPageIsNamed()
    {
        const QString path = copy();
        {
            // Garbage over the middle of the file, past the header: pages of tables and indexes.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8 * 4096);
            QVERIFY(file.seek((size / 4096 / 2) * 4096));
            QVERIFY(file.write(QByteArray(3 * 4096, '\x5a')) == 3 * 4096);
        }
        const Run run = ztctl({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QLatin1String("Database file: ok")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("ztctl restore --db")), qPrintable(run.out));
    }
};

QTEST_MAIN(TestZtctlCheck)
#include "tst_ztctlcheck.moc"
