// When the sync worker tries again: its own back-off (5 s doubling to 15 min, jittered) and the
// server's Retry-After (seconds or an HTTP date, from 503 maintenance or 429), which wins when longer
// and is capped at an hour; a pin of the server's key in its written form.

#include "sync/KeyPin.h"
#include "sync/SyncBackoff.h"

#include <QTest>

using namespace zt::sync;

class tst_SyncBackoff : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterInSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(SyncBackoff::parseRetryAfter("120", now), qint64(120'000));
        QCOMPARE(SyncBackoff::parseRetryAfter(" 5 ", now), qint64(5'000));
        QCOMPARE(SyncBackoff::parseRetryAfter("0", now), qint64(0));
        QCOMPARE(SyncBackoff::parseRetryAfter("-3", now), qint64(0));
        QCOMPARE(SyncBackoff::parseRetryAfter("soon", now), qint64(0));
        // A server that asks for a week is asked again within the hour.
        QCOMPARE(SyncBackoff::parseRetryAfter("604800", now), SyncBackoff::kMaxRetryAfterMsecs);
    }

    void retryAfterAsHttpDate()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(8, 0, 0), Qt::UTC);
        QCOMPARE(SyncBackoff::parseRetryAfter("Sat, 28 Nov 2026 08:02:30 GMT", now), qint64(150'000));
        QCOMPARE(SyncBackoff::parseRetryAfter("Sat, 28 Nov 2026 07:00:00 GMT", now), qint64(0)); // past
    }

    void retryAfterWinsWhenLonger()
    {
        SyncBackoff backoff;
        QCOMPARE(backoff.nextDelayMsecs(600'000), qint64(600'000)); // first failure: ~5 s of its own
        const qint64 own = backoff.nextDelayMsecs(1'000);           // second: ~10 s, longer than 1 s
        QVERIFY(own >= 8'000 && own <= 12'000);
        QCOMPARE(backoff.nextDelayMsecs(10LL * 3600 * 1000), SyncBackoff::kMaxRetryAfterMsecs);
        QCOMPARE(backoff.failures(), 3);
    }

    void keyPinText()
    {
        const QByteArray hash(32, '\x11');
        const QString text = KeyPin::format(hash);
        QVERIFY(text.startsWith(QLatin1String("sha256/")));
        QCOMPARE(KeyPin::parse(text).value(), hash);
        QCOMPARE(KeyPin::parse(QStringLiteral("  ")).value(), QByteArray()); // no pin
        QVERIFY(!KeyPin::parse(QStringLiteral("sha1/") + QString::fromLatin1(hash.toBase64())));
        QVERIFY(!KeyPin::parse(QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(31, 'x').toBase64())));
        QVERIFY(!KeyPin::parse(QStringLiteral("sha256/@@@@")));
    }
};

QTEST_GUILESS_MAIN(tst_SyncBackoff)
#include "tst_syncbackoff.moc"
