// The hybrid logical clock and UUIDv7 ids: stamps always move forward, even with a stopped or
// lagging wall clock, and ids are valid, unique and ordered by time.

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "sync/HybridClock.h"

#include <QSet>
#include <QTest>

using namespace zt;

namespace {
const QString kDevice = QStringLiteral("0190f5c2-7d1e-7a00-8000-000000000001");
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
} // namespace

class TestClockAndIds : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Clock::setFixedNow({});
    }

    void stampsStrictlyIncreaseWithAFrozenClock()
    {
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        QString previous = clock.next();
        QVERIFY(previous.endsWith(kDevice));
        for (int i = 0; i < 1000; ++i) {
            const QString stamp = clock.next();
            QVERIFY2(stamp > previous, qPrintable(stamp + QStringLiteral(" <= ") + previous));
            QCOMPARE(clock.last(), stamp);
            previous = stamp;
        }
    }

    void stampsKeepIncreasingPastTheCounterLimit()
    {
        // More than 65536 stamps in one frozen millisecond (a bulk import on a stopped clock).
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        QString previous = clock.next();
        qint64 previousMs = 0;
        quint16 previousCounter = 0;
        QVERIFY(HybridClock::parse(previous, &previousMs, &previousCounter));
        for (int i = 0; i < 70000; ++i) {
            const QString stamp = clock.next();
            qint64 ms = 0;
            quint16 counter = 0;
            QVERIFY(HybridClock::parse(stamp, &ms, &counter));
            if (!(stamp > previous) || ms < previousMs || (ms == previousMs && counter <= previousCounter))
                QFAIL(qPrintable(QStringLiteral("stamp %1 does not follow %2").arg(stamp, previous)));
            previous = stamp;
            previousMs = ms;
            previousCounter = counter;
        }
    }

    void stampsFollowTheWallClockWhenItMoves()
    {
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        clock.next();
        clock.next();
        Clock::setFixedNow(kNow.addMSecs(5));
        qint64 ms = 0;
        quint16 counter = 0;
        QVERIFY(HybridClock::parse(clock.next(), &ms, &counter));
        QCOMPARE(ms, kNow.addMSecs(5).toMSecsSinceEpoch());
        QCOMPARE(counter, quint16(0));
    }

    void stampsDoNotGoBackWhenTheWallClockDoes()
    {
        // Someone sets the PC's clock back an hour.
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        const QString before = clock.next();
        Clock::setFixedNow(kNow.addSecs(-3600));
        const QString after = clock.next();
        QVERIFY(after > before);
    }

    void mergeMovesAheadOfALaterRemoteStamp()
    {
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        const QString local = clock.next();
        // Another PC whose clock runs ten minutes ahead.
        const QString remote = HybridClock::format(kNow.addSecs(600).toMSecsSinceEpoch(), 7,
                                                   QStringLiteral("0190f5c2-7d1e-7a00-8000-000000000002"));
        QVERIFY(remote > local);
        clock.merge(remote);
        const QString next = clock.next();
        QVERIFY2(next > remote, qPrintable(next + QStringLiteral(" <= ") + remote));
        qint64 ms = 0;
        quint16 counter = 0;
        QVERIFY(HybridClock::parse(next, &ms, &counter));
        QCOMPARE(ms, kNow.addSecs(600).toMSecsSinceEpoch());
        QCOMPARE(counter, quint16(8));
        QVERIFY(next.endsWith(kDevice)); // still this device's stamp
    }

    void mergeOfAnOlderOrInvalidStampChangesNothing()
    {
        Clock::setFixedNow(kNow);
        HybridClock clock(kDevice);
        clock.next();
        const QString last = clock.last();
        clock.merge(HybridClock::format(kNow.addSecs(-60).toMSecsSinceEpoch(), 500, QStringLiteral("other")));
        QCOMPARE(clock.last(), last);
        clock.merge(QStringLiteral("not a stamp"));
        clock.merge(QString());
        clock.merge(QStringLiteral("zzzzzzzzzzzzzzzz-0001-x"));
        QCOMPARE(clock.last(), last);
    }

    void formatAndParseRoundTrip_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<int>("counter");
        QTest::newRow("epoch") << qint64(0) << 0;
        QTest::newRow("now") << kNow.toMSecsSinceEpoch() << 1;
        QTest::newRow("max counter") << kNow.toMSecsSinceEpoch() << 0xFFFF;
        QTest::newRow("48-bit limit") << qint64(0xFFFFFFFFFFFFLL) << 42;
    }

    void formatAndParseRoundTrip()
    {
        QFETCH(qint64, msecs);
        QFETCH(int, counter);
        const QString stamp = HybridClock::format(msecs, quint16(counter), kDevice);
        QCOMPARE(stamp.size(), 22 + kDevice.size());
        qint64 ms = -1;
        quint16 c = 0;
        QVERIFY(HybridClock::parse(stamp, &ms, &c));
        QCOMPARE(ms, msecs);
        QCOMPARE(int(c), counter);
        QVERIFY(stamp.endsWith(kDevice));
    }

    void textOrderIsClockOrder()
    {
        const qint64 t = kNow.toMSecsSinceEpoch();
        const QStringList ordered{HybridClock::format(t, 0xFFFF, QStringLiteral("b")), HybridClock::format(t + 1, 0, QStringLiteral("a")),
                                  HybridClock::format(t + 1, 1, QStringLiteral("a")), HybridClock::format(t + 1000, 0, QStringLiteral("a"))};
        QStringList sorted = ordered;
        sorted.sort();
        QCOMPARE(sorted, ordered);
    }

    void parseRejectsMalformedStamps()
    {
        qint64 ms = 0;
        quint16 c = 0;
        QVERIFY(!HybridClock::parse(QString(), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0000018c3a5f2b10"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0000018c3a5f2b10_0001_dev"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0000018c3a5f2bxx-0001-dev"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0000018c3a5f2b10-00g1-dev"), &ms, &c));
        // Found by fuzz_syncclient: number parsing stopped at an embedded NUL and took "0" for the time.
        QVERIFY(!HybridClock::parse(QStringLiteral("0").append(QString(7, QChar(0))).append(QChar(0x19)).append(QStringLiteral("a5f2b10-0001-dev")), &ms, &c));
        // Only the text format() writes: no sign, space, "0x" or upper case.
        QVERIFY(!HybridClock::parse(QStringLiteral("+000018c3a5f2b10-0001-dev"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral(" 000018c3a5f2b10-0001-dev"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0x00018c3a5f2b10-0001-dev"), &ms, &c));
        QVERIFY(!HybridClock::parse(QStringLiteral("0000018C3A5F2B10-0001-dev"), &ms, &c));
    }

    // A server_time beyond 48 bits would let next() run past the largest time and overflow: ignored.
    void aStampBeyondFortyEightBitsIsIgnored()
    {
        qint64 ms = 0;
        quint16 c = 0;
        QVERIFY(!HybridClock::parse(QStringLiteral("7fffffffffffffff-ffff-server"), &ms, &c));
        QVERIFY(HybridClock::parse(QStringLiteral("0000ffffffffffff-ffff-server"), &ms, &c));
        HybridClock clock(QStringLiteral("dev"));
        const QString before = clock.next();
        clock.merge(QStringLiteral("7fffffffffffffff-ffff-server"));
        QVERIFY(before < clock.next());
        QVERIFY(clock.last().startsWith(QStringLiteral("0000")));
    }

    void uuid7IsValidVersion7()
    {
        for (int i = 0; i < 100; ++i) {
            const QString id = Uuid7::generate();
            QVERIFY2(Uuid7::isValid(id), qPrintable(id));
            QCOMPARE(id.size(), 36);
            QCOMPARE(id.at(14), QLatin1Char('7'));                           // version
            QVERIFY(QStringLiteral("89ab").contains(id.at(19)));             // RFC 9562 variant
            QCOMPARE(id, id.toLower());
        }
        QVERIFY(!Uuid7::isValid(QStringLiteral("0190f5c2-7d1e-4a00-8000-000000000001"))); // version 4
        QVERIFY(!Uuid7::isValid(QStringLiteral("0190f5c2-7d1e-7a00-c000-000000000001"))); // wrong variant
        QVERIFY(!Uuid7::isValid(QStringLiteral("0190F5C2-7D1E-7A00-8000-000000000001"))); // upper case
        QVERIFY(!Uuid7::isValid(QString()));
    }

    void uuid7CarriesItsMillisecond()
    {
        Clock::setFixedNow(kNow);
        const QString id = Uuid7::generate();
        const QString hex = id.left(8) + id.mid(9, 4);
        bool ok = false;
        QCOMPARE(qint64(hex.toULongLong(&ok, 16)), kNow.toMSecsSinceEpoch());
        QVERIFY(ok);
    }

    void uuid7IsOrderedByTime()
    {
        const qint64 t = kNow.toMSecsSinceEpoch();
        for (int i = 0; i < 200; ++i) {
            const QString earlier = Uuid7::generate(t + i);
            const QString later = Uuid7::generate(t + i + 1);
            QVERIFY2(earlier < later, qPrintable(earlier + QStringLiteral(" >= ") + later));
        }
        QVERIFY(Uuid7::generate(0xFFFFFFFFFFFFLL) > Uuid7::generate(t));
    }

    void uuid7IsUniqueWithinOneMillisecond()
    {
        Clock::setFixedNow(kNow);
        QSet<QString> ids;
        for (int i = 0; i < 10000; ++i)
            ids.insert(Uuid7::generate());
        QCOMPARE(ids.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestClockAndIds)
#include "tst_clockandids.moc"
