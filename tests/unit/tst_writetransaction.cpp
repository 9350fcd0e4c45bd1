// The one write path: a row and its outbox mutation commit or roll back together.

#include "TestStore.h"

#include "common/Uuid7.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace zt;

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private:
    static QVariantMap department(const QString &stationId, const QString &name)
    {
        return {{QStringLiteral("station_id"), stationId}, {QStringLiteral("name"), name}};
    }

private slots:
    void insertWritesRowAndOutboxTogether()
    {
        test::TestStore ts;
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        ts->setCurrentUserId(QStringLiteral("user-1"));
        const QString id = Uuid7::generate();
        QSignalSpy spy(&ts.store(), &Store::changed);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), id, department(ts.stationId(), QStringLiteral("城建科"))).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(ts.count(QStringLiteral("department")), 1);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + 1);
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT op, fields, base_sv, user_id, tbl, row_id FROM sync_outbox WHERE row_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("insert"));
        const QJsonObject fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("城建科"));
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toString(), QStringLiteral("user-1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("department"));
        QSqlQuery row(ts->db());
        row.prepare(QStringLiteral("SELECT updated_by, sv, hlc FROM department WHERE id = ?"));
        row.addBindValue(id);
        QVERIFY(row.exec() && row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("user-1"));
        QCOMPARE(row.value(1).toInt(), 0);
        QVERIFY(row.value(2).toString().endsWith(ts->deviceId()));
    }

    void rollbackLeavesNeitherRowNorOutbox()
    {
        test::TestStore ts;
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), Uuid7::generate(), department(ts.stationId(), QStringLiteral("物业办"))).ok());
            // Goes out of scope without commit: the power went out, or the save failed later.
        }
        QCOMPARE(ts.count(QStringLiteral("department")), 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
    }

    void aFailedStatementRollsBackTheWholeTransaction()
    {
        test::TestStore ts;
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        WriteTransaction tx(ts.store());
        QVERIFY(tx.insert(QStringLiteral("department"), Uuid7::generate(), department(ts.stationId(), QStringLiteral("城建科"))).ok());
        // visit_count violates a CHECK constraint: the whole transaction must go.
        Status bad = tx.insert(QStringLiteral("visit"), Uuid7::generate(),
                               {{QStringLiteral("station_id"), ts.stationId()},
                                {QStringLiteral("visit_date"), QStringLiteral("2026-11-12")},
                                {QStringLiteral("half_day"), QStringLiteral("pm")},
                                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                {QStringLiteral("visitor_count"), 0}});
        QVERIFY(!bad.ok());
        Status committed = tx.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(ts.count(QStringLiteral("department")), 0);
        QCOMPARE(ts.count(QStringLiteral("visit")), 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
    }

    void updateRecordsOnlyChangedFieldsWithTheirBase()
    {
        test::TestStore ts;
        const QString id = Uuid7::generate();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), id, department(ts.stationId(), QStringLiteral("城建科"))).ok());
            QVERIFY(tx.commit().ok());
        }
        // Pretend the server has seen this row at version 7.
        QSqlQuery setSv(ts->db());
        QVERIFY(setSv.exec(QStringLiteral("UPDATE department SET sv = 7")));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.update(QStringLiteral("department"), id,
                              {{QStringLiteral("name"), QStringLiteral("城建科")}, {QStringLiteral("phone"), QStringLiteral("87654321")}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + 1);
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT op, fields, base_sv, base_fields FROM sync_outbox ORDER BY device_seq DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        const QJsonObject fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(fields.keys(), QStringList{QStringLiteral("phone")});
        QCOMPARE(q.value(2).toInt(), 7);
        const QJsonObject base = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(base.value(QStringLiteral("phone")).toString(), QString());

        // An update that changes nothing writes no mutation.
        WriteTransaction tx(ts.store());
        QVERIFY(tx.update(QStringLiteral("department"), id, {{QStringLiteral("phone"), QStringLiteral("87654321")}}).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + 1);
    }

    void deviceSeqIsContiguousAcrossTransactionsAndReopen()
    {
        test::TestStore ts;
        for (int i = 0; i < 3; ++i) {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), Uuid7::generate(), department(ts.stationId(), QStringLiteral("科%1").arg(i))).ok());
            QVERIFY(tx.commit().ok());
        }
        {
            // A rolled-back transaction must not leave a hole in device_seq.
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), Uuid7::generate(), department(ts.stationId(), QStringLiteral("丢弃"))).ok());
        }
        ts.reopen();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), Uuid7::generate(), department(ts.stationId(), QStringLiteral("再来"))).ok());
            QVERIFY(tx.commit().ok());
        }
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT device_seq FROM sync_outbox ORDER BY device_seq")));
        qint64 expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toLongLong(), expected++);
        QCOMPARE(expected - 1, qint64(ts.count(QStringLiteral("sync_outbox"))));
    }

    void unknownColumnsAreRefusedBeforeAnySql()
    {
        test::TestStore ts;
        WriteTransaction tx(ts.store());
        QVariantMap fields = department(ts.stationId(), QStringLiteral("x"));
        fields.insert(QStringLiteral("name) VALUES ('x');--"), 1);
        Status s = tx.insert(QStringLiteral("department"), Uuid7::generate(), fields);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("write.unknown_column"));
        Status t = tx.insert(QStringLiteral("sqlite_schema"), Uuid7::generate(), fields);
        QVERIFY(!t.ok());
    }

    void tombstoneIsAnOutboxDelete()
    {
        test::TestStore ts;
        const QString id = Uuid7::generate();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.insert(QStringLiteral("department"), id, department(ts.stationId(), QStringLiteral("城建科"))).ok());
            QVERIFY(tx.commit().ok());
        }
        WriteTransaction tx(ts.store());
        QVERIFY(tx.markDeleted(QStringLiteral("department"), id).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(ts.count(QStringLiteral("department"), QStringLiteral("deleted = 1")), 1);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("op = 'delete'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
