// The distinct count of citizens behind a group: exact while there are few, a close estimate in bounded memory
// beyond.

#include "suggestions/DistinctCounter.h"

#include <QTest>

using namespace zt;

class TestDistinctCounter : public QObject
{
    Q_OBJECT

private slots:
    void exactWhileFew()
    {
        DistinctCounter counter;
        QCOMPARE(counter.count(), 0);
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < DistinctCounter::ExactLimit; ++i)
                counter.add(QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(counter.isExact());
        QCOMPARE(counter.count(), DistinctCounter::ExactLimit);
        counter.add(QStringLiteral("张三"));
        QVERIFY(!counter.isExact());
        QVERIFY(counter.count() > DistinctCounter::ExactLimit);
    }

    void closeEstimateBeyond_data()
    {
        QTest::addColumn<int>("distinct");
        QTest::newRow("300") << 300;
        QTest::newRow("2,000") << 2000;
        QTest::newRow("100,000") << 100000;
    }

    void closeEstimateBeyond()
    {
        QFETCH(int, distinct);
        DistinctCounter counter;
        // Every citizen twice, as people come back.
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < distinct; ++i)
                counter.add(QStringLiteral("13%1").arg(i, 9, 10, QLatin1Char('0')));
        const double error = std::abs(counter.count() - distinct) / double(distinct);
        QVERIFY2(error < 0.08, qPrintable(QStringLiteral("%1 for %2").arg(counter.count()).arg(distinct)));
    }
};

QTEST_MAIN(TestDistinctCounter)
#include "tst_distinctcounter.moc"
