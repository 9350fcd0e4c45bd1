// Settling a conflict the server reported: the chosen value is written through the write path, so it
// becomes an outbox mutation when the row holds the other value, and none when it already holds it;
// either way the conflict is resolved once, in the same transaction.

#include "TestStore.h"
#include "storage/SyncConflictRepository.h"
#include "storage/WriteTransaction.h"
#include "sync/ConflictResolver.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;
using namespace zt::test;

class TestConflictResolver : public QObject
{
    Q_OBJECT

private:
    // A station row whose name this PC changed and the server kept another PC's; the row now holds
    // the server's value (what a pull after the push leaves), as the sync client records it.
    static QString seedConflict(TestStore &t)
    {
        {
            WriteTransaction tx(t.store());
            if (!tx.update(QStringLiteral("station"), t.stationId(), {{QStringLiteral("name"), QStringLiteral("南门站")}})
                || !tx.commit())
                qFatal("cannot rename");
        }
        QSqlQuery q(t->db());
        q.exec(QStringLiteral("UPDATE sync_outbox SET state = 'done'"));
        q.prepare(QStringLiteral("INSERT INTO sync_conflict (id, tbl, row_id, field, base_value, server_value, local_value, "
                                 "kind, created_at) VALUES ('c1', 'station', ?, 'name', '[\"白云站\"]', '[\"南门站\"]', "
                                 "'[\"北门站\"]', 'server_kept', '2026-11-28T10:00:00.000Z')"));
        q.addBindValue(t.stationId());
        if (!q.exec())
            qFatal("cannot seed conflict");
        return QStringLiteral("c1");
    }

    static QString stationName(TestStore &t)
    {
        QSqlQuery q(t->db());
        q.prepare(QStringLiteral("SELECT name FROM station WHERE id = ?"));
        q.addBindValue(t.stationId());
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void listsOpenConflictsWithDecodedValues()
    {
        TestStore t;
        seedConflict(t);
        const QList<SyncConflict> open = SyncConflictRepository(t.store()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("name"));
        QCOMPARE(open.first().baseValue.toString(), QStringLiteral("白云站"));
        QCOMPARE(open.first().serverValue.toString(), QStringLiteral("南门站"));
        QCOMPARE(open.first().localValue.toString(), QStringLiteral("北门站"));
    }

    void keepingMineIsASyncedChange()
    {
        TestStore t;
        const QString id = seedConflict(t);
        QVERIFY(ConflictResolver(t.store()).resolve(id, ConflictResolver::Keep::Mine).ok());
        QCOMPARE(stationName(t), QStringLiteral("北门站"));
        QCOMPARE(t.count(QStringLiteral("sync_outbox"), QStringLiteral("state = 'pending' AND tbl = 'station' "
                                                                         "AND fields LIKE '%北门站%'")),
                 1);
        QCOMPARE(t.count(QStringLiteral("sync_conflict"), QStringLiteral("status = 'resolved'")), 1);
        QVERIFY(SyncConflictRepository(t.store()).open().isEmpty());
        // Once only: a second click on a stale row changes nothing.
        const Status again = ConflictResolver(t.store()).resolve(id, ConflictResolver::Keep::Theirs);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("sync.conflict_gone"));
        QCOMPARE(stationName(t), QStringLiteral("北门站"));
    }

    void keepingTheValueTheRowHoldsSendsNothing()
    {
        TestStore t;
        const QString id = seedConflict(t);
        QVERIFY(ConflictResolver(t.store()).resolve(id, ConflictResolver::Keep::Theirs).ok());
        QCOMPARE(stationName(t), QStringLiteral("南门站"));
        QCOMPARE(t.count(QStringLiteral("sync_outbox"), QStringLiteral("state = 'pending'")), 0);
        QCOMPARE(t.count(QStringLiteral("sync_conflict"), QStringLiteral("status = 'resolved'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
