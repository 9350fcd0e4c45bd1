// A full disk and a read-only store: the user gets a clear message, nothing of the change is written
// (no row, no outbox entry), the store stays whole, and writing works again once the cause is gone.
//
// How the conditions are made without root: the disk fills up through SQLite's max_page_count (the
// store may not grow past its current size: SQLite then answers SQLITE_FULL, as on a full disk); the
// store turns read-only through PRAGMA query_only (SQLite answers SQLITE_READONLY, as for a file that may
// not be written; chmod does not stop root, under which CI may run).

#include "setup/StationSetup.h"
#include "storage/Store.h"
#include "storage/StoreInspector.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestStoreLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_store->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A visit with a long summary and its case, as the reception form saves them.
    Status saveVisitAndCase(int summaryChars)
    {
        WriteTransaction tx(*m_store);
        Status s = tx.insert(QStringLiteral("visit"), QStringLiteral("v-%1").arg(scalar(QStringLiteral("SELECT count(*) FROM visit"))),
                             {{QStringLiteral("station_id"), m_store->stationId()},
                              {QStringLiteral("visit_date"), QDate(2026, 5, 6)},
                              {QStringLiteral("half_day"), QStringLiteral("pm")},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")},
                              {QStringLiteral("summary"), QString(summaryChars, QChar(0x6C34))}});
        CaseRecord c;
        c.title = QStringLiteral("积水");
        if (s)
            s = CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c);
        if (s)
            s = tx.commit();
        return s;
    }

    void expectWholeAndUnchanged(qint64 visits, qint64 outbox)
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")), visits);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")), visits);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox);
        const StoreInspector inspector(m_store->db());
        QCOMPARE(inspector.integrityProblems(), QStringList());
        QCOMPARE(inspector.foreignKeyProblems(), QStringList());
        QCOMPARE(inspector.outboxProblems(), QStringList());
    }

private slots:
    void init()
    {
        auto opened = Store::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QTest::currentTestFunction())));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        QVERIFY(StationSetup::setUp(*m_store, station).ok());
        QVERIFY(saveVisitAndCase(10).ok());
    }
    void cleanup() { m_store.reset(); }

    void aFullDiskSavesNothingAndSaysSo()
    {
        const qint64 visits = scalar(QStringLiteral("SELECT count(*) FROM visit"));
        const qint64 outbox = scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
        // WAL: the pages of a transaction reach the main file at checkpoint; checkpoint now, then cap it.
        QVERIFY(scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == 0);
        const qint64 pages = scalar(QStringLiteral("PRAGMA page_count"));
        QVERIFY(scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);

        // 200,000 characters need about 150 more pages than the store may have.
        const Status s = saveVisitAndCase(200000);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("write.disk_full"));
        QVERIFY2(s.error().message.startsWith(QStringLiteral("The disk is full, so this change was not saved")),
                 qPrintable(s.error().message));
        expectWholeAndUnchanged(visits, outbox);

        // Space again: the same save goes through, numbered right after the last one.
        scalar(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY(saveVisitAndCase(200000).ok());
        expectWholeAndUnchanged(visits + 1, scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")) > outbox);
    }

    void aReadOnlyStoreSavesNothingAndSaysSo()
    {
        const qint64 visits = scalar(QStringLiteral("SELECT count(*) FROM visit"));
        const qint64 outbox = scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QSqlQuery(m_store->db()).exec(QStringLiteral("PRAGMA query_only = ON"));
        const Status s = saveVisitAndCase(10);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("write.read_only"));
        QVERIFY2(s.error().message.startsWith(QStringLiteral("The store is read-only, so this change was not saved")),
                 qPrintable(s.error().message));
        expectWholeAndUnchanged(visits, outbox);
        QSqlQuery(m_store->db()).exec(QStringLiteral("PRAGMA query_only = OFF"));
        QVERIFY(saveVisitAndCase(10).ok());
        expectWholeAndUnchanged(visits + 1, scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")));
    }
};

QTEST_MAIN(TestStoreLimits)
#include "tst_storelimits.moc"
