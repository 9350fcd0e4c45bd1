// `ztctl schedule` end to end: rules added from the command line, the year listed and written as an
// .ics calendar file, headless, on a real store file.

#include "ZtctlProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestZtctlSchedule : public QObject
{
    Q_OBJECT

private slots:
    void yearToIcs()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(ztctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"),
                        QStringLiteral("330203006")})
                     .exitCode,
                 0);
        // 1st and 3rd Thursday afternoons: meets 元旦, 春节 and 国庆 in 2026.
        QCOMPARE(ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--title"), QStringLiteral("区人大代表接待日"),
                        QStringLiteral("--add-rule"),
                        QStringLiteral("monthly weeks=1,3 day=thu half=pm from=2026-01-01 until=2026-12-31")})
                     .exitCode,
                 0);

        const Run list = ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                QStringLiteral("2026")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 24);
        QVERIFY(lines.first().startsWith(QLatin1String("2026-01-04\t")));
        QVERIFY(lines.first().contains(QStringLiteral("区人大代表接待日")));
        QVERIFY(lines.first().contains(QLatin1String("2026-01-01")));
        QVERIFY(list.out.contains(QLatin1String("\n2026-02-24\t")));
        QVERIFY(list.out.contains(QLatin1String("\n2026-10-08\t")));
        QVERIFY(!list.out.contains(QLatin1String("2026-10-01\t")));

        const QString ics = dir.filePath(QStringLiteral("2026.ics"));
        QCOMPARE(ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--ics"), ics})
                     .exitCode,
                 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 24);
        QVERIFY(bytes.contains("DTSTART;TZID=Asia/Shanghai:20260104T140000\r\n"));
        QVERIFY(bytes.contains("DTEND;TZID=Asia/Shanghai:20260104T170000\r\n"));
        QVERIFY(bytes.contains("DTSTART;TZID=Asia/Shanghai:20261008T140000\r\n"));
        QVERIFY(!bytes.contains("DTSTART;TZID=Asia/Shanghai:20261001"));
        QVERIFY(bytes.contains(QStringLiteral("SUMMARY:区人大代表接待日\r\n").toUtf8()));
        // Every line ends in CRLF and is at most 75 octets (RFC 5545 folding).
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
    }

    void badInputIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(ztctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--station"),
                        QStringLiteral("330203006")})
                     .exitCode,
                 0);
        QCOMPARE(ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                        QStringLiteral("next")})
                     .exitCode,
                 2);
        const Run bad = ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--add-rule"),
                               QStringLiteral("monthly weeks=9 day=thu from=2026-01-01")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!bad.err.isEmpty());
        QCOMPARE(ztctl({QStringLiteral("schedule"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                        QStringLiteral("--year"), QStringLiteral("2026")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestZtctlSchedule)
#include "tst_ztctlschedule.moc"
