// Case numbers: station code, year, device letter and a serial without gaps; a new year starts at 1,
// a rolled-back save gives its number back, and two PCs of one station never hand out the same number.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseNumberAllocator.h"
#include "storage/CaseRepository.h"
#include "workflow/CaseRegistration.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace zt;

namespace {
const QString kStationCode = QStringLiteral("330203006");
}

class TestCaseNumbers : public QObject
{
    Q_OBJECT

private:
    // Registers one case in its own transaction and returns its number (empty on failure).
    static QString registerOne(Store &store, const QDate &on, const QString &title = QStringLiteral("路灯不亮"))
    {
        WriteTransaction tx(store);
        CaseRecord record;
        record.title = title;
        record.registeredOn = on;
        if (!CaseRegistration::registerCase(tx, kStationCode, record) || !tx.commit())
            return {};
        return record.caseNo;
    }

private slots:
    void cleanup()
    {
        Clock::setFixedNow({});
    }

    void numbersCountUpWithinAYear()
    {
        test::TestStore ts;
        QCOMPARE(registerOne(ts.store(), QDate(2026, 1, 5)), QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(registerOne(ts.store(), QDate(2026, 3, 2)), QStringLiteral("330203006-2026-A0002"));
        QCOMPARE(registerOne(ts.store(), QDate(2026, 12, 31)), QStringLiteral("330203006-2026-A0003"));
        // Still counting after the program is closed and opened again.
        ts.reopen();
        QCOMPARE(registerOne(ts.store(), QDate(2026, 12, 31)), QStringLiteral("330203006-2026-A0004"));
    }

    void serialRestartsInANewYear()
    {
        test::TestStore ts;
        QCOMPARE(registerOne(ts.store(), QDate(2026, 12, 30)), QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(registerOne(ts.store(), QDate(2026, 12, 31)), QStringLiteral("330203006-2026-A0002"));
        QCOMPARE(registerOne(ts.store(), QDate(2027, 1, 4)), QStringLiteral("330203006-2027-A0001"));
        QCOMPARE(registerOne(ts.store(), QDate(2027, 1, 4)), QStringLiteral("330203006-2027-A0002"));
        // A late entry for last year carries on last year's serial.
        QCOMPARE(registerOne(ts.store(), QDate(2026, 12, 31)), QStringLiteral("330203006-2026-A0003"));
    }

    void registrationDateDefaultsToToday()
    {
        test::TestStore ts;
        Clock::setFixedNow(QDateTime(QDate(2026, 6, 15), QTime(3, 0), Qt::UTC));
        WriteTransaction tx(ts.store());
        CaseRecord record;
        record.title = QStringLiteral("噪音扰民");
        QVERIFY(CaseRegistration::registerCase(tx, kStationCode, record).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(record.registeredOn, QDate(2026, 6, 15));
        QCOMPARE(record.caseNo, QStringLiteral("330203006-2026-A0001"));
    }

    void rolledBackRegistrationGivesItsNumberBack()
    {
        test::TestStore ts;
        QCOMPARE(registerOne(ts.store(), QDate(2026, 3, 2)), QStringLiteral("330203006-2026-A0001"));
        {
            WriteTransaction tx(ts.store());
            CaseRecord record;
            record.title = QStringLiteral("放弃的登记");
            record.registeredOn = QDate(2026, 3, 2);
            QVERIFY(CaseRegistration::registerCase(tx, kStationCode, record).ok());
            QCOMPARE(record.caseNo, QStringLiteral("330203006-2026-A0002"));
            // The user closes the form without saving.
        }
        QCOMPARE(ts.count(QStringLiteral("cases")), 1);
        QCOMPARE(registerOne(ts.store(), QDate(2026, 3, 2)), QStringLiteral("330203006-2026-A0002"));
    }

    void caseWithoutTitleIsRefusedWithoutUsingANumber()
    {
        test::TestStore ts;
        {
            WriteTransaction tx(ts.store());
            CaseRecord record;
            record.title = QStringLiteral("   ");
            record.registeredOn = QDate(2026, 3, 2);
            Status s = CaseRegistration::registerCase(tx, kStationCode, record);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("case.no_title"));
            QVERIFY(record.caseNo.isEmpty());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(registerOne(ts.store(), QDate(2026, 3, 2)), QStringLiteral("330203006-2026-A0001"));
    }

    void twoPcsOfOneStationNeverCollide()
    {
        // Two PCs of the same station, set up with letters A and B, register cases offline.
        test::TestStore pcA;
        test::TestStore pcB;
        QVERIFY(pcB->setUpDevice(pcB.stationId(), QLatin1Char('b')).ok());
        QCOMPARE(pcB->deviceLetter(), QLatin1Char('B'));
        QSet<QString> numbers;
        for (int i = 0; i < 50; ++i) {
            const QString a = registerOne(pcA.store(), QDate(2026, 3, 2));
            const QString b = registerOne(pcB.store(), QDate(2026, 3, 2));
            QVERIFY(a.startsWith(QStringLiteral("330203006-2026-A")));
            QVERIFY(b.startsWith(QStringLiteral("330203006-2026-B")));
            numbers << a << b;
        }
        QCOMPARE(numbers.size(), 100);
        QVERIFY(numbers.contains(QStringLiteral("330203006-2026-A0050")));
        QVERIFY(numbers.contains(QStringLiteral("330203006-2026-B0050")));

        // Brought together (as sync will), every case keeps its own number.
        QSqlQuery q(pcA->db());
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS other"));
        q.addBindValue(pcB.path());
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT case_no FROM main.cases UNION "
                                      "SELECT case_no FROM other.cases)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DETACH DATABASE other")));
    }

    void letterIsStoredWithTheDevice()
    {
        test::TestStore ts;
        QVERIFY(ts->setUpDevice(ts.stationId(), QLatin1Char('C')).ok());
        ts.reopen();
        QCOMPARE(ts->deviceLetter(), QLatin1Char('C'));
        QCOMPARE(registerOne(ts.store(), QDate(2026, 3, 2)), QStringLiteral("330203006-2026-C0001"));
        QVERIFY(!ts->setUpDevice(ts.stationId(), QLatin1Char('7')).ok());
        QVERIFY(!ts->setUpDevice(ts.stationId(), QChar(0x7532)).ok()); // 甲
        QCOMPARE(ts->deviceLetter(), QLatin1Char('C'));
    }

    void caseNumberIsUniqueInTheTable()
    {
        test::TestStore ts;
        const QString first = registerOne(ts.store(), QDate(2026, 3, 2));
        QVERIFY(!first.isEmpty());
        WriteTransaction tx(ts.store());
        CaseRecord copy;
        copy.caseNo = first;
        copy.title = QStringLiteral("重号");
        copy.registeredOn = QDate(2026, 3, 2);
        QVERIFY(!CaseRepository(ts.store()).insert(tx, copy).ok());
        QVERIFY(!tx.commit().ok());
        QCOMPARE(ts.count(QStringLiteral("cases")), 1);
    }

    void registeredCaseHasARegisteredEvent()
    {
        test::TestStore ts;
        ts->setCurrentUserId(QStringLiteral("user-1"));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        CaseRecord record;
        {
            WriteTransaction tx(ts.store());
            record.title = QStringLiteral("  小区停车难  ");
            record.registeredOn = QDate(2026, 3, 2);
            record.status = CaseStatus::Closed; // registration decides the status, not the form
            QVERIFY(CaseRegistration::registerCase(tx, kStationCode, record).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto stored = CaseRepository(ts.store()).findByNumber(QStringLiteral("330203006-2026-A0001"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->id, record.id);
        QCOMPARE(stored->title, QStringLiteral("小区停车难"));
        QCOMPARE(stored->status, CaseStatus::Registered);
        QCOMPARE(stored->stationId, ts.stationId());
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(record.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, CaseEventKind::Registered);
        QCOMPARE(events.first().actorId, QStringLiteral("user-1"));
        QCOMPARE(events.first().stationId, ts.stationId());
        // The case and its event go to sync together.
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + 2);
    }

    void formatPadsTheSerial()
    {
        QCOMPARE(CaseNumberAllocator::format(kStationCode, 2026, QLatin1Char('A'), 7), QStringLiteral("330203006-2026-A0007"));
        QCOMPARE(CaseNumberAllocator::format(kStationCode, 2026, QLatin1Char('B'), 142), QStringLiteral("330203006-2026-B0142"));
    }
};

QTEST_GUILESS_MAIN(TestCaseNumbers)
#include "tst_casenumbers.moc"
