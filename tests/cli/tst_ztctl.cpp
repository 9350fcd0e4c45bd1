// ztctl end to end: the real binary on real store files, as an administrator or a script runs it.

#include "ZtctlProcess.h"

#include "storage/Migrator.h"
#include "storage/Store.h"

#include <QFile>
#include <QProcess>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestZtctl : public QObject
{
    Q_OBJECT

private:
    static QString initStore(const QTemporaryDir &dir)
    {
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const Run run = ztctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"),
                               QStringLiteral("330203006")});
        if (run.exitCode != 0)
            qWarning().noquote() << run.out << run.err;
        return run.exitCode == 0 ? db : QString();
    }

private slots:
    void helpListsEveryCommand()
    {
        const Run run = ztctl({QStringLiteral("--help")});
        ZT_EXPECT_EXIT(run, 0);
        for (const char *command : {"init", "demo", "info", "backup", "restore", "check", "import", "export"}) {
            QVERIFY2(run.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
            const Run own = ztctl({QString::fromLatin1(command), QStringLiteral("--help")});
            ZT_EXPECT_EXIT(own, 0);
            QVERIFY2(own.out.contains(QLatin1String("--db")), command);
        }
        QVERIFY(ztctl({QStringLiteral("init"), QStringLiteral("--help")}).out.contains(QLatin1String("--station")));
    }

    void versionIsPrinted()
    {
        const Run run = ztctl({QStringLiteral("--version")});
        ZT_EXPECT_EXIT(run, 0);
        QVERIFY(run.out.startsWith(QLatin1String("ztctl ")));
    }

    void badUsageExitsWithTwo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const Run unknown = ztctl({QStringLiteral("frobnicate"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(unknown, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
        QVERIFY(unknown.err.contains(QLatin1String("--help")));

        const Run noDb = ztctl({QStringLiteral("info")});
        ZT_EXPECT_EXIT(noDb, 2);
        QVERIFY(noDb.err.contains(QLatin1String("--db")));

        ZT_EXPECT_EXIT(ztctl({}), 2);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--bogus")}), 2);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("init"), QStringLiteral("--db"), db}), 2);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--scale"),
                              QStringLiteral("many")}),
                       2);
        // Bad usage is caught before any file is made.
        QVERIFY(!QFile::exists(db));
    }

    void initThenInfoShowsTheStation()
    {
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        const Run info = ztctl({QStringLiteral("info"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(info, 0);
        QVERIFY2(info.out.contains(QStringLiteral("白云街道人大代表联络站")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("浙江省宁波市海曙区白云街道")), qPrintable(info.out));
        // A new store is at the latest schema, whatever number that is by now.
        static const QRegularExpression schemaLine(QStringLiteral("^Schema: (\\d+) of \\1 \\(up to date\\)$"),
                                                   QRegularExpression::MultilineOption);
        QVERIFY2(schemaLine.match(info.out).hasMatch(), qPrintable(info.out));
        QVERIFY(info.out.contains(QLatin1String("letter A")));
    }

    void infoReportsAnOlderSchemaWithoutUpdatingIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A store as the first release left it.
            zt::OpenOptions options;
            options.targetVersion = 1;
            auto old = zt::Store::open(db, options);
            QVERIFY2(old.ok(), qPrintable(old.error().message));
        }
        const Run info = ztctl({QStringLiteral("info"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(info, 0);
        QVERIFY2(info.out.contains(QStringLiteral("Schema: 1 of %1 (needs update").arg(zt::Migrator::latestVersion())),
                 qPrintable(info.out));
        auto reopened = zt::Store::open(db, {.createIfMissing = false, .migrate = false});
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->database().schemaVersion(), 1);
    }

    void initWithAnUnknownCodeFailsAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const Run shortCode = ztctl(
            {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"), QStringLiteral("123")});
        ZT_EXPECT_EXIT(shortCode, 1);
        QVERIFY2(shortCode.err.contains(QLatin1String("123")), qPrintable(shortCode.err));
        QVERIFY(!QFile::exists(db));

        // The right shape, but no such street in Zhejiang.
        const Run unknown = ztctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"),
                                   QStringLiteral("330203999")});
        ZT_EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("330203999")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(db));
    }

    void initTwiceIsRefused()
    {
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        const Run again = ztctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"),
                                 QStringLiteral("330203006")});
        ZT_EXPECT_EXIT(again, 1);
        QVERIFY(again.err.contains(QLatin1String("already")));
        QVERIFY(QFile::exists(db)); // the refused second init keeps the first one's store
    }

    void demoAtScaleHasThatManyCases()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = ztctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--scale"),
                                QStringLiteral("2000"), QStringLiteral("--end-date"), QStringLiteral("2026-06-30")});
        ZT_EXPECT_EXIT(demo, 0);
        // stderr is a pipe here: one final progress line, no redraws.
        QVERIFY2(demo.err.contains(QLatin1String("100%")), qPrintable(demo.err));
        QVERIFY(!demo.err.contains(QLatin1Char('\r')));
        const Run info = ztctl({QStringLiteral("info"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(info, 0);
        static const QRegularExpression casesLine(QStringLiteral("^\\s*cases\\s+2000\\b"),
                                                  QRegularExpression::MultilineOption);
        QVERIFY2(casesLine.match(info.out).hasMatch(), qPrintable(info.out));

        // A demo over a station's store would mix made-up records into real ones.
        const Run again = ztctl({QStringLiteral("demo"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(again, 1);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("check"), QStringLiteral("--db"), db}), 0);
    }

    void checkFindsDamageAndRestoreRepairsIt()
    {
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), backup}),
                       0);
        QVERIFY(QFile::exists(backup));
        // An existing backup is never overwritten.
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), backup}),
                       1);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("check"), QStringLiteral("--db"), db}), 0);

        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.write(QByteArray(64, 'x')) == 64);
        }
        const Run damaged = ztctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(damaged, 1);
        QVERIFY2(damaged.out.contains(QLatin1String("ztctl restore")), qPrintable(damaged.out));

        const Run restore =
            ztctl({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backup});
        ZT_EXPECT_EXIT(restore, 0);
        QVERIFY2(restore.out.contains(QLatin1String(".replaced-")), qPrintable(restore.out));
        const Run check = ztctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(check, 0);
        const Run info = ztctl({QStringLiteral("info"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(info, 0);
        QVERIFY(info.out.contains(QStringLiteral("白云街道人大代表联络站")));
    }

    void commandsOnAMissingStoreCreateNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("no/such.sqlite"));
        for (const QString &command : {QStringLiteral("info"), QStringLiteral("check")}) {
            const Run run = ztctl({command, QStringLiteral("--db"), db});
            ZT_EXPECT_EXIT(run, 1);
            QVERIFY2(run.err.contains(QLatin1String("There is no store at")), qPrintable(run.err));
        }
        const Run backup = ztctl({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"),
                                  dir.filePath(QStringLiteral("b.sqlite"))});
        ZT_EXPECT_EXIT(backup, 1);
        QVERIFY(backup.err.contains(QLatin1String("There is no store at")));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.sqlite"))));
    }

    void importReportsRefusedLinesAndExitsByOutcome()
    {
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        const QString ledgers = QStringLiteral(ZT_SOURCE_DIR "/tests/data/ledger/");
        // Some rows refused: 1, each refused line printed with its reason.
        Run run = ztctl({QStringLiteral("import"), QStringLiteral("--db"), db, ledgers + QStringLiteral("ledger-broken.csv")});
        ZT_EXPECT_EXIT(run, 1);
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\b3\\b.*2026-09-31"))), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\b4\\b.*不存在的类别"))), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QRegularExpression(QStringLiteral("\\b2\\b: "))), qPrintable(run.out));
        // Every row in the store (the first row of this file is the same as above): 0, nothing twice.
        run = ztctl({QStringLiteral("import"), QStringLiteral("--db"), db, ledgers + QStringLiteral("ledger-good.csv"),
                     QStringLiteral("--save-mapping"), QStringLiteral("good")});
        ZT_EXPECT_EXIT(run, 0);
        run = ztctl({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                     QStringLiteral("good"), ledgers + QStringLiteral("ledger-good.csv")});
        ZT_EXPECT_EXIT(run, 0);
        {
            auto store = zt::Store::open(db);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        // Nothing readable: 2.
        run = ztctl({QStringLiteral("import"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("missing.xlsx"))});
        ZT_EXPECT_EXIT(run, 2);
        QVERIFY(!run.err.isEmpty());
        run = ztctl({QStringLiteral("import"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(run, 2);
    }

    void exportWritesCsvAndXlsx()
    {
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("import"), QStringLiteral("--db"), db,
                              QStringLiteral(ZT_SOURCE_DIR "/tests/data/ledger/ledger-good.csv")}),
                       0);
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        Run run = ztctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv});
        ZT_EXPECT_EXIT(run, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel and WPS need to read UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("2026-09-02")));
        QVERIFY2(text.contains(QStringLiteral("138****8000")), "masked for the default role");
        const QString xlsx = dir.filePath(QStringLiteral("cases.xlsx"));
        run = ztctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--xlsx"), xlsx});
        ZT_EXPECT_EXIT(run, 0);
        QVERIFY(QFileInfo(xlsx).size() > 0);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("export"), QStringLiteral("--db"), db}), 2);
    }

    void checkNamesABrokenAuditChain()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QFAIL("the sqlite3 command-line tool is missing (tools/dev.sh installs it)");
        QTemporaryDir dir;
        const QString db = initStore(dir);
        QVERIFY(!db.isEmpty());
        // What someone covering their tracks would do: remove the guard, then edit history.
        QProcess tamper;
        tamper.start(sqlite3, {db, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                  "UPDATE audit_log SET detail = 'x' WHERE seq = 1;")});
        QVERIFY(tamper.waitForFinished(30000));
        QCOMPARE(tamper.exitCode(), 0);

        const Run check = ztctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        ZT_EXPECT_EXIT(check, 1);
        QVERIFY2(check.out.contains(QLatin1String("Audit log: entry 1")), qPrintable(check.out));
        QVERIFY(check.out.contains(QLatin1String("Database file: ok")));
    }
};

QTEST_GUILESS_MAIN(TestZtctl)
#include "tst_ztctl.moc"
