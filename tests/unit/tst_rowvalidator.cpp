// The server's row validator with its IN-list checks written as = comparisons (decision 50): it still
// refuses every value outside a list, with SQLite's message for the original check, and takes every
// value inside; the rewrite leaves alone what it cannot write the same way.

#include "sync/RowValidator.h"

#include <QJsonObject>
#include <QtTest>

using zt::server::RowValidator;

class TestRowValidator : public QObject
{
    Q_OBJECT

private:
    static QJsonObject caseRow()
    {
        return QJsonObject{{QStringLiteral("station_id"), QStringLiteral("s1")},
                           {QStringLiteral("hlc"), QStringLiteral("0000000000001-0000-a")},
                           {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0001")},
                           {QStringLiteral("title"), QStringLiteral("积水")},
                           {QStringLiteral("channel"), QStringLiteral("visit")},
                           {QStringLiteral("registered_on"), QStringLiteral("2026-11-29")}};
    }

private slots:
    void aValueOutsideTheListIsRefusedWithTheCheckItBroke()
    {
        RowValidator validator;
        QVERIFY(validator.init());
        for (const char *column : {"priority", "satisfaction"}) {
            QJsonObject row = caseRow();
            row.insert(QLatin1String(column), QStringLiteral("very"));
            const zt::Status refused = validator.check(QStringLiteral("cases"), QStringLiteral("c1"), row);
            QVERIFY2(!refused, column);
            QCOMPARE(refused.error().code, QStringLiteral("invalid_row"));
            const QString list =
                QLatin1String(column) == QLatin1String("priority")
                    ? QStringLiteral("priority IN ('low', 'normal', 'high', 'urgent')")
                    : QStringLiteral("satisfaction IN ('', 'satisfied', 'basically_satisfied', 'unsatisfied')");
            QCOMPARE(refused.error().message, QStringLiteral("CHECK constraint failed: %1").arg(list));
            // Case and spaces count, as they did in the IN list.
            row.insert(QLatin1String(column), QLatin1String(column) == QLatin1String("priority")
                                                  ? QStringLiteral("High")
                                                  : QStringLiteral(" "));
            QVERIFY(!validator.check(QStringLiteral("cases"), QStringLiteral("c1"), row));
        }
        validator.endBatch();
    }

    void everyValueInTheListIsTaken()
    {
        RowValidator validator;
        QVERIFY(validator.init());
        for (const QString &priority :
             {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")})
            for (const QString &satisfaction : {QString(), QStringLiteral("satisfied"),
                                                QStringLiteral("basically_satisfied"), QStringLiteral("unsatisfied")}) {
                QJsonObject row = caseRow();
                row.insert(QStringLiteral("priority"), priority);
                row.insert(QStringLiteral("satisfaction"), satisfaction);
                const zt::Status taken = validator.check(QStringLiteral("cases"), QStringLiteral("c1"), row);
                QVERIFY2(taken, qPrintable(priority + QLatin1Char('/') + satisfaction + QLatin1Char(' ') +
                                           (taken ? QString() : taken.error().message)));
            }
        validator.endBatch();
    }

    void theRewriteLeavesAloneWhatItCannotWriteTheSameWay()
    {
        // Three or more literals, unnamed: a chain of comparisons named by the old text.
        QCOMPARE(
            RowValidator::withoutInLists(
                QStringLiteral("CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b', 'c')), n INTEGER)")),
            QStringLiteral(
                "CREATE TABLE t (k TEXT CONSTRAINT \"k IN ('a', 'b', 'c')\" CHECK (k = +'a' OR k = +'b' OR k = +'c'), "
                "n INTEGER)"));
        // A list over two lines keeps its line break in the name, as in SQLite's message before.
        QCOMPARE(
            RowValidator::withoutInLists(QStringLiteral("CREATE TABLE t (k TEXT CHECK (k IN ('a',\n  'b', 'c')))")),
            QStringLiteral("CREATE TABLE t (k TEXT CONSTRAINT \"k IN ('a',\n  'b', 'c')\" CHECK (k = +'a' OR k = +'b' "
                           "OR k = +'c'))"));
        // SQLite compares two or fewer one by one already; a named check keeps its name; a literal with a
        // comma or a quote inside, NOT IN and a check with more than the list are left as they are.
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE t (k INTEGER CHECK (k IN (0, 1)))"),
              QStringLiteral("CREATE TABLE t (k TEXT CONSTRAINT kind CHECK (k IN ('a', 'b', 'c')))"),
              QStringLiteral("CREATE TABLE t (k TEXT CONSTRAINT \"a kind\" CHECK (k IN ('a', 'b', 'c')))"),
              QStringLiteral("CREATE TABLE t (k TEXT CHECK (k IN ('a,b', 'c', 'd')))"),
              QStringLiteral("CREATE TABLE t (k TEXT CHECK (k IN ('it''s', 'c', 'd')))"),
              QStringLiteral("CREATE TABLE t (k TEXT CHECK (k NOT IN ('a', 'b', 'c')))"),
              QStringLiteral("CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b', 'c') AND k <> ''))")})
            QCOMPARE(RowValidator::withoutInLists(sql), sql);
    }
};

QTEST_GUILESS_MAIN(TestRowValidator)
#include "tst_rowvalidator.moc"
